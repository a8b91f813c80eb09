using HeelChallenge.Abstractions.Users;
using HeelChallenge.Gateway.Json;
using HeelChallenge.Gateway.Problems;

namespace HeelChallenge.Gateway.Me;

/// <summary>The query string of GET /api/me/sets, checked field by field.</summary>
public static class SetHistoryQuery
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 100;
    public const int MaxCursorLength = 512;

    public static SetQuery? Parse(string? from, string? to, string? cursor, int? limit, bool? includeVoided, FieldErrors errors)
    {
        var fromAt = ParseInstant("from", from, errors);
        var toAt = ParseInstant("to", to, errors);
        if (fromAt is not null && toAt is not null && toAt <= fromAt)
            errors.Add("to", "to must be later than from (from is inclusive, to exclusive).");
        if (limit is < 1 or > MaxLimit)
            errors.Add("limit", $"limit must be 1..{MaxLimit} (default {DefaultLimit}).");
        if (cursor is { Length: 0 or > MaxCursorLength })
            errors.Add("cursor", "cursor is not valid: pass back the nextCursor of the previous page.");
        return errors.Any ? null : new SetQuery(fromAt, toAt, cursor, limit ?? DefaultLimit, includeVoided ?? false);
    }

    private static DateTimeOffset? ParseInstant(string field, string? text, FieldErrors errors)
    {
        if (text is null) return null;
        if (IsoInstant.TryParse(text, out var value)) return value;
        errors.Add(field, $"{field} {IsoInstant.Quote(text)} is not {IsoInstant.Expected}.");
        return null;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace HeelChallenge.Gateway.Json;

/// <summary>
/// Instants as the contract wants them: ISO 8601 date and time WITH an offset. A local time without an offset is
/// ambiguous (whose midnight?), so it is refused instead of being read in the server's time zone.
/// </summary>
public static partial class IsoInstant
{
    public const string Expected = "an ISO 8601 date and time with an offset, e.g. 2025-06-01T07:30:00+02:00 or 2025-06-01T05:30:00Z";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?([Zz]|[+-]\d{2}:?\d{2})$")]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        return text is not null
            && text.Length <= 40
            && Pattern().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>Quotes user input in an error message without echoing an unbounded string back.</summary>
    public static string Quote(string? text) =>
        text is null ? "null" : text.Length <= 40 ? $"'{text}'" : $"'{text[..40]}…'";
}

namespace HeelChallenge.Domain.Common;

/// <summary>IANA time zone names, resolved through the platform's tz database.</summary>
public static class TimeZones
{
    public static bool TryFind(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return false;
        }

        // Windows names (e.g. "Pacific Standard Time") also resolve on ICU platforms; we only accept IANA names.
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) || !found.HasIanaId)
        {
            return false;
        }

        zone = found;
        return true;
    }

    public static bool IsValid(string? id) => TryFind(id, out _);
}

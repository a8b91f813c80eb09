using HeelChallenge.Abstractions.Coaching;

namespace HeelChallenge.Gateway.Coaching;

/// <summary>
/// ?sort= of the roster: needsAttention (default), name, adherence7, lastActive, case-insensitive; a leading '-'
/// reverses the order (e.g. -lastActive: most recently active first).
/// </summary>
public static class RosterSorts
{
    public const string Allowed = "needsAttention, name, adherence7 or lastActive, optionally with a leading '-' to reverse";

    public static bool TryParse(string? text, out RosterSort sort, out bool descending)
    {
        sort = RosterSort.NeedsAttention;
        descending = text?.StartsWith('-') == true;
        if (descending) text = text![1..];
        if (string.IsNullOrEmpty(text)) return !descending;
        return text.ToUpperInvariant() switch
        {
            "NEEDSATTENTION" => Set(RosterSort.NeedsAttention, out sort),
            "NAME" => Set(RosterSort.Name, out sort),
            "ADHERENCE7" => Set(RosterSort.Adherence7, out sort),
            "LASTACTIVE" => Set(RosterSort.LastActive, out sort),
            _ => false,
        };
    }

    private static bool Set(RosterSort value, out RosterSort sort)
    {
        sort = value;
        return true;
    }
}

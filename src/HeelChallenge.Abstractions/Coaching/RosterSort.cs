namespace HeelChallenge.Abstractions.Coaching;

/// <summary>Orders of a coach's client list; each has a natural direction (see <see cref="RosterQuery"/>).</summary>
public enum RosterSort
{
    /// <summary>Most in need of attention first (NeedsAttention descending).</summary>
    NeedsAttention = 0,

    /// <summary>Display name, A to Z (case-insensitive).</summary>
    Name = 1,

    /// <summary>Lowest 7-day adherence first.</summary>
    Adherence7 = 2,

    /// <summary>Longest since last active first; never active before anyone.</summary>
    LastActive = 3,
}

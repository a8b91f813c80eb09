namespace HeelChallenge.Domain.Scoring;

/// <summary>A program item resolved against the catalog: its position, prescription and whether it is sided or timed.</summary>
internal sealed record RuleItem(int Index, string ExerciseId, int Sets, int Prescribed, bool Timed, bool Sided)
{
    /// <summary>Side codes of a slot: 0 for an exercise without sides, 1 left, 2 right.</summary>
    public const int NoSide = 0;
    public const int Left = 1;
    public const int Right = 2;

    public static string? SideName(int side) => side switch
    {
        Left => "left",
        Right => "right",
        _ => null,
    };

    /// <summary>The side code of a logged side, or -1 when the set's side does not fit this exercise.</summary>
    public int SideOf(string? side) => !Sided ? NoSide : side switch
    {
        "left" => Left,
        "right" => Right,
        _ => -1,
    };

    /// <summary>The amount the set performed in this item's unit; a set in the other unit performed nothing.</summary>
    public int PerformedBy(Users.LoggedSet set) => (Timed ? set.Seconds : set.Reps) ?? 0;
}

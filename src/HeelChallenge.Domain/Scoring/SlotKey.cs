namespace HeelChallenge.Domain.Scoring;

/// <summary>Clause 3's slot: a calendar day in the challenge's time zone, a program item, and a side (0 when unsided).</summary>
internal readonly record struct SlotKey(DateOnly Day, int Item, int Side);

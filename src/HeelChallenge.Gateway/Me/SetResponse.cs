using System.Text.Json.Serialization;
using HeelChallenge.Abstractions.Users;

namespace HeelChallenge.Gateway.Me;

/// <summary>A set with every field it was logged (or corrected) with, plus when it was logged and last corrected.</summary>
public sealed record SetResponse(
    string SetId,
    string ExerciseId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Side,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Reps,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Seconds,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? LoadKg,
    DateTimeOffset PerformedAt,
    DateTimeOffset LoggedAt,
    DateTimeOffset? CorrectedAt,
    bool Voided)
{
    public static SetResponse From(SetView s) =>
        new(s.SetId, s.ExerciseId, s.Side, s.Reps, s.Seconds, s.LoadKg, s.PerformedAt, s.LoggedAt, s.CorrectedAt, s.Voided);
}

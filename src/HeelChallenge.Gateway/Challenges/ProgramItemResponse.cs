using System.Text.Json.Serialization;
using HeelChallenge.Domain.Scoring;

namespace HeelChallenge.Gateway.Challenges;

/// <summary>A program item as DESIGN §6 fixes it: <c>{exerciseId, sets, reps?, seconds?}</c>.</summary>
public sealed record ProgramItemResponse(
    string ExerciseId,
    int Sets,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Reps,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Seconds)
{
    public static ProgramItemResponse From(ProgramItem item) => new(item.ExerciseId, item.Sets, item.Reps, item.Seconds);
}

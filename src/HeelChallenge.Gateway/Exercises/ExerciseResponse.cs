using System.Text.Json.Serialization;
using HeelChallenge.Domain.Catalog;

namespace HeelChallenge.Gateway.Exercises;

/// <summary>One catalog entry as DESIGN §6 fixes it; reps is absent for timed exercises and seconds for rep ones.</summary>
public sealed record ExerciseResponse(
    string Id,
    string Name,
    string Where,
    string Kind,
    string Unit,
    int Sets,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Reps,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Seconds,
    bool Sided,
    IReadOnlyList<string> Muscles,
    string Cue)
{
    public static ExerciseResponse From(Exercise e) =>
        new(e.Id, e.Name, e.Where, e.Kind, e.Unit, e.Sets, e.Reps, e.Seconds, e.Sided, e.Muscles, e.Cue);
}

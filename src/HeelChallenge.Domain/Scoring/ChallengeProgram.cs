using HeelChallenge.Domain.Catalog;

namespace HeelChallenge.Domain.Scoring;

/// <summary>
/// What a challenge asks for each day: a list of exercises with their prescriptions, in the order the owner gave.
/// Equality compares the items in order, so two programs with the same content are equal.
/// </summary>
[GenerateSerializer, Immutable, Alias("challenge-program")]
public sealed record ChallengeProgram([property: Id(0)] IReadOnlyList<ProgramItem> Items)
{
    /// <summary>Every catalog exercise with the catalog's own prescription: the program when the owner gives none.</summary>
    public static ChallengeProgram Default(ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new ChallengeProgram(catalog.Exercises
            .Select(e => new ProgramItem(e.Id, e.Sets, e.IsTimed ? null : e.Reps, e.IsTimed ? e.Seconds : null))
            .ToArray());
    }

    public bool Equals(ChallengeProgram? other) =>
        other is not null && (ReferenceEquals(this, other) || Items.SequenceEqual(other.Items));

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}

using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Scoring;

namespace HeelChallenge.Domain.Tests.Challenges;

/// <summary>Challenges in given states, built by folding the decider's own events.</summary>
internal static class ChallengeKit
{
    public static readonly ExerciseCatalog SeedCatalog = ExerciseCatalog.LoadDefault();
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-03-01T12:00:00Z", null);
    public static readonly Guid ChallengeId = Guid.Parse("0b5c8a3e-1f2d-4c6b-9a7e-3d4f5a6b7c8d");
    public static readonly Guid Owner = Guid.Parse("11111111-1111-1111-1111-111111111111");
    public const string Code = "ABCD2345";

    public static CreateChallenge Definition(
        string visibility = ChallengeVisibility.Private, int? capacity = null, IReadOnlyList<ProgramItem?>? program = null) =>
        new(Owner, "  Heels by June ", " Daily drills ", program, Now.AddDays(-1), Now.AddDays(30), "Europe/Paris", visibility, capacity);

    public static ChallengeState Created(string visibility = ChallengeVisibility.Private, int? capacity = null) =>
        Fold(new ChallengeState(), ChallengeDecider.Create(new ChallengeState(), ChallengeId, Definition(visibility, capacity), Code, "Owner", SeedCatalog, Now));

    public static ChallengeState With(this ChallengeState state, params ChallengeEvent[] events) =>
        Fold(state, Decision<ChallengeEvent>.Raise(events));

    public static ChallengeState Joined(this ChallengeState state, Guid userId) =>
        state.With(new ParticipantJoined(userId, "User " + userId.ToString("N")[..4], Now));

    public static ChallengeState Fold(ChallengeState state, Decision<ChallengeEvent> decision)
    {
        Assert.False(decision.IsRefused, string.Join("; ", decision.Errors));
        foreach (var e in decision.Events)
        {
            state.Apply(e);
        }

        return state;
    }

    public static DomainError Refusal(Decision<ChallengeEvent> decision)
    {
        Assert.Empty(decision.Events);
        return Assert.Single(decision.Errors);
    }
}

using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Abstractions.Progress;
using HeelChallenge.Abstractions.Projections;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Progress;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Tests.Projections;

namespace HeelChallenge.Grains.Tests.Progress;

/// <summary>The "progress" projection in the shared projection silo: events relative to now, and waits with deadlines.</summary>
internal static class ProgressProjection
{
    public static readonly ExerciseCatalog Catalog = ExerciseCatalog.LoadDefault();

    public static IProjectorGrain Projector(this ProjectionFixture fixture) => fixture.Grains.GetGrain<IProjectorGrain>(ProjectionKinds.Progress);

    public static IProgressGrain ProgressOf(this ProjectionFixture fixture, Guid userId) => fixture.Grains.GetGrain<IProgressGrain>(userId);

    public static ICoachRosterGrain RosterOf(this ProjectionFixture fixture, Guid coachId) => fixture.Grains.GetGrain<ICoachRosterGrain>(coachId);

    public static Task<RosterPage> Clients(this ProjectionFixture fixture, Guid coachId, RosterSort sort = RosterSort.Name, string? cursor = null,
        int limit = 100, bool descending = false) =>
        fixture.RosterOf(coachId).GetClients(new RosterQuery(sort, cursor, limit, ProgressReporter.DefaultInactiveAfterDays, descending));

    public static DateTimeOffset HoursAgo(double hours) => DateTimeOffset.UtcNow.AddHours(-hours);

    public static UserRegistered Registered(Guid userId, string name, string zone = "UTC", double daysAgo = 60) =>
        new(userId, "u" + userId.ToString("N")[..8], name, zone, DateTimeOffset.UtcNow.AddDays(-daysAgo));

    public static CoachAccessGranted Granted(Guid coachId, string? code = null) =>
        new(coachId, DateTimeOffset.UtcNow, code ?? "C" + Guid.NewGuid().ToString("N")[..7].ToUpperInvariant());

    public static LoggedSet LegPress(int reps, DateTimeOffset at, string? setId = null) =>
        new(setId ?? "s-" + Guid.NewGuid().ToString("N")[..12], "leg-press", null, reps, null, 80m, at);

    public static SetLogged Logged(LoggedSet set) => new(set, set.PerformedAt);

    /// <summary>The summary the client's events fold to, computed here without the projection.</summary>
    public static ProgressSummary SummaryOf(IEnumerable<UserEvent> events)
    {
        var state = new ProgressState();
        foreach (var e in events) state.Apply(e);
        return ProgressSummary.Of(state, Catalog);
    }

    /// <summary>Waits until the progress projector has delivered (and, with <paramref name="saved"/>, checkpointed) the log's head.</summary>
    public static async Task<ProjectionStatus> ProgressCaughtUp(this ProjectionFixture fixture, bool saved = false, TimeSpan? within = null)
    {
        var head = await fixture.Store.ReadHeadPositionAsync();
        return await Eventually.Get(async () =>
        {
            var status = await fixture.Projector().GetStatus();
            return (saved ? status.Checkpoint : status.Position) >= head ? status : null;
        }, within ?? TimeSpan.FromSeconds(30));
    }
}

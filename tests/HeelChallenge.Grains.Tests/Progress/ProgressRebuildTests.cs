using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Tests.Projections;
using static HeelChallenge.Grains.Tests.Progress.ProgressProjection;

namespace HeelChallenge.Grains.Tests.Progress;

/// <summary>Rebuild equals live: replaying the whole log into a new generation gives the same progress and rosters.</summary>
[Collection(ProjectionCollection.Name)]
public sealed class ProgressRebuildTests(ProjectionFixture fixture)
{
    [Theory]
    [InlineData(11)]
    [InlineData(29)]
    [InlineData(47)]
    public async Task Given_random_histories_of_clients_and_coaches_When_the_progress_projection_is_rebuilt_Then_it_equals_the_live_one(int seed)
    {
        var clients = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToArray();
        var coaches = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();
        var streams = clients.ToDictionary(c => c, _ => new List<UserEvent>());
        foreach (var (user, events) in new ProgressHistoryGenerator(seed, clients, coaches).Batches(60))
        {
            await fixture.Log.User(user, events);
            streams[user].AddRange(events);
        }

        await fixture.ProgressCaughtUp();
        var live = await Capture(clients, coaches);
        var serializer = fixture.SiloService<Grains.Storage.EventSerializer<UserEvent>>();
        foreach (var c in clients)
        {
            var stored = (await fixture.Store.ReadStreamAsync(Grains.Storage.StreamIds.ForUser(c))).Select(serializer.Deserialize).ToList();
            Assert.Equal(streams[c].Count, stored.Count);
            Assert.Equal(Show(SummaryOf(streams[c])), Show(SummaryOf(stored)));
        }

        foreach (var c in clients)
            Assert.Equal(Show(SummaryOf(streams[c])), Show(live.Entries[c]!.Value.Summary));

        Assert.Contains(live.Rosters.Values, r => r.Count > 0);

        var rebuild = await fixture.Projector().StartRebuild();
        await Eventually.Get(async () =>
            await fixture.Projector().GetStatus() is { Rebuild.CompletedAt: not null } s && s.Generation == rebuild.Generation ? s : null,
            TimeSpan.FromSeconds(60));
        await fixture.ProgressCaughtUp();
        var rebuilt = await Capture(clients, coaches);

        Assert.All(clients, c => Assert.Equal(live.Entries[c], rebuilt.Entries[c]));
        Assert.All(coaches, c => Assert.Equal(live.Rosters[c], rebuilt.Rosters[c]));
        foreach (var client in clients) Assert.Equal(rebuild.Generation, (await fixture.ProgressOf(client).GetProjectionStatus()).Generation);
    }

    private static string Show(Domain.Progress.ProgressSummary s) =>
        (s with { RecentDays = [] }) + " days: " + string.Join(", ", s.RecentDays.Select(d => $"{d.Date:yyyy-MM-dd}={d.Units}"));

    /// <summary>Each client's entry (clock-free) and each coach's rows as of now (who, since, and the figures).</summary>
    private async Task<(Dictionary<Guid, (string Name, Domain.Progress.ProgressSummary Summary)?> Entries, Dictionary<Guid, List<string>> Rosters)> Capture(
        Guid[] clients, Guid[] coaches)
    {
        var entries = new Dictionary<Guid, (string, Domain.Progress.ProgressSummary)?>();
        foreach (var client in clients)
            entries[client] = await fixture.ProgressOf(client).GetRosterEntry() is { } e ? (e.DisplayName, e.Summary) : null;
        var rosters = new Dictionary<Guid, List<string>>();
        foreach (var coach in coaches)
        {
            var page = await fixture.Clients(coach, RosterSort.NeedsAttention);
            rosters[coach] = page.Items.Select(r => $"{r.UserId} {r.DisplayName} {r.Since:O} {r.Figures}").ToList();
        }

        return (entries, rosters);
    }
}

using System.Text.Json.Nodes;
using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Users;
using HeelChallenge.EventStore;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Tests.Users;

/// <summary>A grain that is deactivated and activated again rebuilds its state from the store: snapshot plus tail.</summary>
[Collection(ClusterCollection.Name)]
public sealed class UserGrainReloadTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_more_events_than_the_snapshot_interval_When_the_grain_reactivates_Then_it_loads_the_snapshot_plus_the_tail()
    {
        var (id, grain) = await TestSets.NewUser(fixture.Grains);
        var streamId = StreamIds.ForUser(id);
        const int count = ClusterFixture.SnapshotEvery + 20;
        await Task.WhenAll(Enumerable.Range(0, count).Select(i => grain.LogSet(TestSets.LegPress(at: TestSets.Noon.AddSeconds(-i)))));
        var snapshot = await TestSets.Eventually(() => fixture.Store.LoadSnapshotAsync(streamId));
        Assert.Equal(ClusterFixture.SnapshotEvery, snapshot.Version);

        // Mark the snapshot: a reloaded grain shows the mark only if it started from the snapshot, and all sets only
        // if it applied the tail after it.
        var json = JsonNode.Parse(snapshot.Data)!;
        json["state"]!["displayName"] = "From Snapshot";
        await fixture.Store.SaveSnapshotAsync(streamId, new Snapshot(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString()), snapshot.Version));
        await fixture.DeactivateIdleGrains();

        var profile = await grain.GetProfile();

        Assert.Equal(("From Snapshot", count), (profile!.DisplayName, profile.SetCount));
        var newest = await grain.GetSets(new SetQuery(null, null, null, 1));
        Assert.Equal(TestSets.Noon, newest.Items[0].PerformedAt);
        Assert.Equal(SetOutcome.Created, (await grain.LogSet(TestSets.LegPress())).Outcome);
        Assert.Equal(count + 2, (await fixture.Store.ReadStreamAsync(streamId)).Count);
    }

    [Fact]
    public async Task Given_a_short_stream_When_the_grain_reactivates_Then_it_replays_every_event()
    {
        var (id, grain) = await TestSets.NewUser(fixture.Grains);
        var kept = TestSets.LegPress(reps: 9);
        var voided = TestSets.LegPress(at: TestSets.Noon.AddHours(-1));
        await grain.LogSet(kept with { Reps = 7 });
        await grain.CorrectSet(kept);
        await grain.LogSet(voided);
        await grain.VoidSet(voided.SetId);
        await fixture.DeactivateIdleGrains();

        var all = await grain.GetSets(new SetQuery(null, null, null, 10, IncludeVoided: true));

        Assert.Null(await fixture.Store.LoadSnapshotAsync(StreamIds.ForUser(id)));
        Assert.Equal([(kept.SetId, 9, false), (voided.SetId, 10, true)], all.Items.Select(s => (s.SetId, s.Reps!.Value, s.Voided)));
        Assert.Equal(1, (await grain.GetProfile())!.SetCount);
    }

    [Theory]
    [InlineData(999, 3)]
    [InlineData(1, 50)]
    public async Task Given_a_snapshot_of_another_schema_or_ahead_of_the_log_When_the_grain_reactivates_Then_it_still_ends_up_complete(int schema, long version)
    {
        var (id, grain) = await TestSets.NewUser(fixture.Grains);
        var streamId = StreamIds.ForUser(id);
        for (var i = 0; i < 4; i++) await grain.LogSet(TestSets.LegPress(at: TestSets.Noon.AddMinutes(-i)));
        var bogus = new JsonObject
        {
            ["schema"] = schema,
            ["state"] = new JsonObject
            {
                ["userId"] = id, ["username"] = "ghost", ["displayName"] = "Ghost", ["timeZone"] = "UTC",
                ["registeredAt"] = "2020-01-01T00:00:00+00:00", ["sets"] = new JsonObject(),
            },
        }.ToJsonString();
        await fixture.Store.SaveSnapshotAsync(streamId, new Snapshot(System.Text.Encoding.UTF8.GetBytes(bogus), version));
        await fixture.DeactivateIdleGrains();

        // A snapshot ahead of its log is only found out by the next write's conflict: write, then look.
        var logged = await grain.LogSet(TestSets.LegPress());

        Assert.Equal(SetOutcome.Created, logged.Outcome);
        var profile = await grain.GetProfile();
        Assert.Equal(("Test User", 5), (profile!.DisplayName, profile.SetCount));
        Assert.Equal(6, (await fixture.Store.ReadStreamAsync(streamId)).Count);
        var replaced = await TestSets.Eventually(async () => await fixture.Store.LoadSnapshotAsync(streamId) is { Version: 6 } s ? s : null);
        Assert.Contains("\"displayName\":\"Test User\"", System.Text.Encoding.UTF8.GetString(replaced.Data), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_long_stream_When_more_sets_are_logged_Then_the_next_snapshot_waits_for_half_the_last_ones_version()
    {
        // A stream of 600 events written straight to the store (fast), then continued through the grain.
        var id = Guid.NewGuid();
        var streamId = StreamIds.ForUser(id);
        var serializer = fixture.SiloService<EventSerializer<UserEvent>>();
        var history = new List<UserEvent> { new UserRegistered(id, "long" + id.ToString("N")[..8], "Long Stream", "UTC", TestSets.Noon.AddDays(-1)) };
        history.AddRange(Enumerable.Range(0, 599).Select(i => new SetLogged(TestSets.LegPress(at: TestSets.Noon.AddMinutes(-i)), TestSets.Noon)));
        await fixture.Store.AppendAsync(streamId, 0, history.Select(e => serializer.Serialize(streamId, e, "tests")).ToList());
        var grain = fixture.Grains.GetGrain<IUserGrain>(id);

        await grain.LogSet(TestSets.LegPress());
        var first = await TestSets.Eventually(async () => await fixture.Store.LoadSnapshotAsync(streamId) is { Version: 601 } s ? s : null);
        for (var i = 0; i < 250; i++) await grain.LogSet(TestSets.LegPress());
        var afterInterval = await fixture.Store.LoadSnapshotAsync(streamId);
        for (var i = 0; i < 50; i++) await grain.LogSet(TestSets.LegPress());

        // 250 > SnapshotEvery events after v601 are not enough: the next is due after 601 / 2 = 300.
        Assert.Equal(601, afterInterval!.Version);
        var next = await TestSets.Eventually(async () => await fixture.Store.LoadSnapshotAsync(streamId) is { Version: 901 } s ? s : null);
        Assert.Equal(901, next.Version);
        Assert.Equal(601, first.Version);
    }
}

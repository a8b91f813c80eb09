using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Users;
using HeelChallenge.EventStore;
using HeelChallenge.Grains.Storage;
using HeelChallenge.Grains.Users;

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
        Assert.True(Codec.TryDeserialize(snapshot.Data, Schema, out var marked, out var problem), problem);
        marked!.DisplayName = "From Snapshot";
        await fixture.Store.SaveSnapshotAsync(streamId, new Snapshot(Codec.Serialize(marked, Schema), snapshot.Version));
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
    [InlineData(Schema, 50)]
    public async Task Given_a_snapshot_of_another_schema_or_ahead_of_the_log_When_the_grain_reactivates_Then_it_still_ends_up_complete(int schema, long version)
    {
        var (id, grain) = await TestSets.NewUser(fixture.Grains);
        var streamId = StreamIds.ForUser(id);
        for (var i = 0; i < 4; i++) await grain.LogSet(TestSets.LegPress(at: TestSets.Noon.AddMinutes(-i)));
        var ghost = new UserState();
        ghost.Apply(new UserRegistered(id, "ghost", "Ghost", "UTC", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        await fixture.Store.SaveSnapshotAsync(streamId, new Snapshot(Codec.Serialize(ghost, schema), version));
        await fixture.DeactivateIdleGrains();

        // A snapshot ahead of its log is only found out by the next write's conflict: write, then look.
        var logged = await grain.LogSet(TestSets.LegPress());

        Assert.Equal(SetOutcome.Created, logged.Outcome);
        Assert.Equal(("Test User", 5), await ProfileOf(grain));
        Assert.Equal(6, (await fixture.Store.ReadStreamAsync(streamId)).Count);
        await AssertReplacedAt(streamId, 6, "Test User", 5);
    }

    [Fact]
    public async Task Given_a_json_snapshot_of_an_older_build_When_the_grain_reactivates_Then_it_replays_and_writes_a_binary_one()
    {
        var (id, grain) = await TestSets.NewUser(fixture.Grains);
        var streamId = StreamIds.ForUser(id);
        for (var i = 0; i < 3; i++) await grain.LogSet(TestSets.LegPress(at: TestSets.Noon.AddMinutes(-i)));
        var ghost = new UserState();
        ghost.Apply(new UserRegistered(id, "ghost", "Ghost", "UTC", TestSets.Noon));
        await fixture.Store.SaveSnapshotAsync(streamId, new Snapshot(StateSnapshots.Serialize(ghost, 1), 4));
        await fixture.DeactivateIdleGrains();

        Assert.Equal(("Test User", 3), await ProfileOf(grain));
        Assert.Equal(SetOutcome.Created, (await grain.LogSet(TestSets.LegPress())).Outcome);
        await AssertReplacedAt(streamId, 5, "Test User", 4);
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

    private const int Schema = 2;
    private static readonly UserStateSnapshotCodec Codec = UserStateSnapshotCodec.Instance;

    private static async Task<(string Name, int Sets)> ProfileOf(IUserGrain grain) =>
        (await grain.GetProfile()) is { } profile ? (profile.DisplayName, profile.SetCount) : ("", -1);

    private async Task AssertReplacedAt(string streamId, long version, string displayName, int sets)
    {
        var replaced = await TestSets.Eventually(async () => await fixture.Store.LoadSnapshotAsync(streamId) is { } s && s.Version == version ? s : null);
        Assert.True(Codec.TryDeserialize(replaced.Data, Schema, out var state, out var problem), problem);
        Assert.Equal((displayName, sets), (state!.DisplayName, state.Sets.Count));
    }
}

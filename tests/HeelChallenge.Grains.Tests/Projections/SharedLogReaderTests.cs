using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Projections;
using static HeelChallenge.Grains.Tests.Projections.LogWriter;

namespace HeelChallenge.Grains.Tests.Projections;

/// <summary>The silo's shared reader: one read + decode per full batch for every kind; the head is always read afresh.</summary>
[Collection(ProjectionCollection.Name)]
public sealed class SharedLogReaderTests(ProjectionFixture fixture)
{
    [Fact]
    public async Task Given_a_full_batch_When_two_projectors_read_it_Then_both_get_the_same_decoded_events_in_position_order()
    {
        var reader = fixture.SiloService<SharedLogReader>();
        var user = Guid.NewGuid();
        var head = await fixture.Store.ReadHeadPositionAsync();
        await fixture.Log.Log(user, LegPress(10, Start), LegPress(11, Start.AddHours(1)), LegPress(12, Start.AddHours(2)));

        // Batch size 2 after the old head: full, whatever else other tests append later.
        var first = await reader.ReadAsync(head, 2);
        var second = await reader.ReadAsync(head, 2);

        Assert.True(first.IsFull);
        Assert.Same(first, second);
        Assert.Equal([head + 1, head + 2], first.Events.Select(e => e.Position));
        Assert.Equal([10, 11], first.Events.Select(e => ((SetLogged)e.Event).Set.Reps));
    }

    [Fact]
    public async Task Given_a_batch_that_reached_the_head_When_more_events_are_appended_Then_the_same_read_sees_them()
    {
        var reader = fixture.SiloService<SharedLogReader>();
        var head = await fixture.Store.ReadHeadPositionAsync();
        var atHead = await reader.ReadAsync(head, 1_000);
        Assert.False(atHead.IsFull);

        var user = Guid.NewGuid();
        await fixture.Log.Log(user, LegPress(14, Start));
        var again = await reader.ReadAsync(head, 1_000);

        Assert.NotSame(atHead, again);
        Assert.Contains(again.Events, e => e.StreamId == Grains.Storage.StreamIds.ForUser(user) && e.Event is SetLogged);
    }

    [Fact]
    public async Task Given_two_readers_catching_up_When_one_runs_ahead_Then_it_waits_within_reach_and_every_batch_is_read_once()
    {
        const int batches = 3 * SharedLogReader.Kept;
        var reader = fixture.SiloService<SharedLogReader>();
        var user = Guid.NewGuid();
        var head = await fixture.Store.ReadHeadPositionAsync();
        await fixture.Log.Log(user, [.. Enumerable.Range(0, 2 * batches).Select(i => LegPress(10 + (i % 50), Start.AddMinutes(i)))]);
        var (leader, follower) = ($"leader-{Guid.NewGuid():N}", $"follower-{Guid.NewGuid():N}");

        // The follower reads a full batch first, so it counts as catching up; then the leader runs as fast as it can.
        var followed = new List<DecodedBatch> { await reader.ReadAsync(follower, head, 2, CancellationToken.None) };
        var led = new DecodedBatch[batches];
        var ledCount = 0;
        var leading = Task.Run(async () =>
        {
            var after = head;
            for (var i = 0; i < batches; i++)
            {
                led[i] = await reader.ReadAsync(leader, after, 2, CancellationToken.None);
                after = led[i].LastPosition;
                Volatile.Write(ref ledCount, i + 1);
            }
        });

        // The follower keeps Lead batches behind whatever the leader got: unpaced, the leader would be done long before.
        for (var i = 1; i < batches; i++)
        {
            var target = Math.Min(i + SharedLogReader.Lead, batches);
            Assert.True(await Until(() => Volatile.Read(ref ledCount) >= target, TimeSpan.FromSeconds(20)), $"the leader stopped at {ledCount} of {target}");
            Assert.True(Volatile.Read(ref ledCount) <= i + SharedLogReader.Lead + 1, $"the leader ran {ledCount - i} batches ahead");
            followed.Add(await reader.ReadAsync(follower, led[i - 1].LastPosition, 2, CancellationToken.None));
        }

        await leading;
        Assert.All(Enumerable.Range(0, batches), i => Assert.Same(led[i], followed[i]));
        Assert.All(led, b => Assert.True(b.IsFull));
    }

    private static async Task<bool> Until(Func<bool> condition, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(5);
        }

        return true;
    }
}

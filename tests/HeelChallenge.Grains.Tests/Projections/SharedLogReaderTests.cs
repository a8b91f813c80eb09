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
}

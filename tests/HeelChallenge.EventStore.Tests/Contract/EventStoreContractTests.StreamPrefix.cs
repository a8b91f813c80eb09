namespace HeelChallenge.EventStore.Tests.Contract;

public abstract partial class EventStoreContractTests
{
    [Fact]
    public async Task Given_a_stream_interleaved_with_others_When_reading_it_before_a_position_Then_only_its_earlier_events_come_in_order()
    {
        var store = await OpenAsync();
        var (a, b) = (NewStreamId(), NewStreamId());
        var first = NewEvents(2);
        await AppendCommittedAsync(store, a, 0, first);
        var other = await AppendCommittedAsync(store, b, 0, NewEvents(1));
        var second = NewEvents(1);
        var last = await AppendCommittedAsync(store, a, 2, second);

        AssertSameEvents(first, await store.ReadStreamBeforeAsync(a, other.LastPosition));
        AssertSameEvents([.. first, .. second], await store.ReadStreamBeforeAsync(a, last.LastPosition + 1));
        Assert.Empty(await store.ReadStreamBeforeAsync(a, 1));
        Assert.Empty(await store.ReadStreamBeforeAsync(NewStreamId(), long.MaxValue));
    }
}

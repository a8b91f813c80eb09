using System.Diagnostics;
using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Users;
using HeelChallenge.EventStore;
using HeelChallenge.Grains.Storage;
using HeelChallenge.Grains.Tests.Storage;

namespace HeelChallenge.Grains.Tests.Users;

/// <summary>
/// The failure paths of Orleans' CustomStorage adaptor: a conflict makes it re-read and re-submit; an exception
/// makes it back off, re-read and re-submit. None of them may lose, duplicate or double-apply an event.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class UserGrainStorageFaultTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_an_event_appended_behind_the_grains_back_When_logging_a_set_Then_the_grain_rereads_and_both_are_kept()
    {
        var (id, grain) = await TestSets.NewUser(fixture.Grains);
        var streamId = StreamIds.ForUser(id);
        var first = TestSets.LegPress(at: TestSets.Noon.AddHours(-2));
        await grain.LogSet(first);
        var behind = TestSets.LegPress(at: TestSets.Noon.AddHours(-1));
        var serializer = fixture.SiloService<EventSerializer<UserEvent>>();
        var appended = await fixture.Store.AppendAsync(streamId, 2, [serializer.Serialize(streamId, new SetLogged(behind, DateTimeOffset.UtcNow))]);
        Assert.IsType<AppendResult.Committed>(appended);

        var result = await grain.LogSet(TestSets.LegPress(setId: "after", at: TestSets.Noon));

        Assert.Equal(SetOutcome.Created, result.Outcome);
        var sets = await grain.GetSets(new SetQuery(null, null, null, 10));
        Assert.Equal(["after", behind.SetId, first.SetId], sets.Items.Select(s => s.SetId));
        Assert.Equal([1L, 2, 3, 4], (await fixture.Store.ReadStreamAsync(streamId)).Select(e => e.StreamVersion));
    }

    [Fact]
    public async Task Given_the_acknowledgement_of_an_append_is_lost_When_logging_a_set_Then_it_is_stored_once_and_the_grain_stays_in_step()
    {
        var (id, grain) = await TestSets.NewUser(fixture.Grains);
        var streamId = StreamIds.ForUser(id);
        fixture.Faults.Arm(streamId, StoreFaults.Kind.ThrowAfterCommit);
        var attemptsBefore = fixture.Faults.AppendAttempts(streamId);

        var lost = await grain.LogSet(TestSets.LegPress(at: TestSets.Noon.AddHours(-1)));
        var next = await grain.LogSet(TestSets.LegPress());

        Assert.Equal((SetOutcome.Created, SetOutcome.Created), (lost.Outcome, next.Outcome));
        // One attempt each: the re-submission of the stored event is recognised without a store call, and the next
        // write uses the right expected version (no conflict, so no second attempt).
        Assert.Equal(2, fixture.Faults.AppendAttempts(streamId) - attemptsBefore);
        var events = await fixture.Store.ReadStreamAsync(streamId);
        Assert.Equal(["user-registered.v1", "set-logged.v1", "set-logged.v1"], events.Select(e => e.Type));
        Assert.Equal(2, (await grain.GetProfile())!.SetCount);
    }

    [Fact]
    public async Task Given_the_acknowledgement_of_a_correction_is_lost_When_correcting_Then_it_is_stored_once_and_shown()
    {
        var (id, grain) = await TestSets.NewUser(fixture.Grains);
        var streamId = StreamIds.ForUser(id);
        var set = TestSets.LegPress(reps: 6);
        await grain.LogSet(set);
        fixture.Faults.Arm(streamId, StoreFaults.Kind.ThrowAfterCommit);

        var corrected = await grain.CorrectSet(set with { Reps = 9 });
        var next = await grain.LogSet(TestSets.LegPress(at: TestSets.Noon.AddMinutes(1)));

        Assert.Equal((SetOutcome.Corrected, 9), (corrected.Outcome, corrected.Set!.Reps));
        Assert.Equal(SetOutcome.Created, next.Outcome);
        var events = await fixture.Store.ReadStreamAsync(streamId);
        Assert.Single(events, e => e.Type == "set-corrected.v1");
        Assert.Equal([1L, 2, 3, 4], events.Select(e => e.StreamVersion));
        await fixture.DeactivateIdleGrains();
        Assert.Equal(9, (await grain.GetSet(set.SetId))!.Reps);
    }

    [Fact]
    public async Task Given_the_store_fails_a_few_times_When_logging_a_set_Then_the_grain_retries_after_growing_pauses_and_stores_it_once()
    {
        var (id, grain) = await TestSets.NewUser(fixture.Grains);
        var streamId = StreamIds.ForUser(id);
        fixture.Faults.Arm(streamId, StoreFaults.Kind.ThrowBeforeCommit, times: 4);
        var attemptsBefore = fixture.Faults.AppendAttempts(streamId);
        var clock = Stopwatch.StartNew();

        var result = await grain.LogSet(TestSets.LegPress());

        Assert.Equal(SetOutcome.Created, result.Outcome);
        Assert.Equal(5, fixture.Faults.AppendAttempts(streamId) - attemptsBefore);
        // Orleans alone would retry at once (its re-read clears its backoff); ours pauses about 5, 10 and 20 ms.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(26), $"retried after only {clock.Elapsed.TotalMilliseconds} ms");
        Assert.Single(await fixture.Store.ReadStreamAsync(streamId), e => e.Type == "set-logged.v1");
    }

    [Fact]
    public async Task Given_repeated_conflicts_When_logging_a_set_Then_each_is_retried_once_after_a_growing_pause()
    {
        var (id, grain) = await TestSets.NewUser(fixture.Grains);
        var streamId = StreamIds.ForUser(id);
        fixture.Faults.Arm(streamId, StoreFaults.Kind.ReportConflict, times: 4);
        var attemptsBefore = fixture.Faults.AppendAttempts(streamId);
        var clock = Stopwatch.StartNew();

        var result = await grain.LogSet(TestSets.LegPress());

        Assert.Equal(SetOutcome.Created, result.Outcome);
        Assert.Equal(5, fixture.Faults.AppendAttempts(streamId) - attemptsBefore);
        // No pause after the first conflict, then about 5, 10 and 20 ms (at least 75% of each).
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(26), $"retried after only {clock.Elapsed.TotalMilliseconds} ms");
        Assert.Single(await fixture.Store.ReadStreamAsync(streamId), e => e.Type == "set-logged.v1");
    }
}

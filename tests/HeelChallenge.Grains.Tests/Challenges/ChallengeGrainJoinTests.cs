using System.Text.Json;
using HeelChallenge.Abstractions.Challenges;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Common;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Tests.Challenges;

[Collection(ClusterCollection.Name)]
public sealed class ChallengeGrainJoinTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_a_private_challenge_When_joined_with_its_code_in_lower_case_Then_the_user_is_in_under_their_display_name()
    {
        var (_, grain, view) = await TestChallenges.Create(fixture.Grains);
        var joan = await TestChallenges.NewUser(fixture.Grains, "Joan Q");

        var result = await grain.Join(new JoinChallenge(joan, view.InviteCode!.ToLowerInvariant()));

        Assert.True(result.IsAccepted, string.Join("; ", result.Errors));
        Assert.Equal((true, false, 2, view.InviteCode), (result.Challenge!.IsParticipant, result.Challenge.IsOwner, result.Challenge.ParticipantCount, result.Challenge.InviteCode));
        var joined = (await fixture.Store.ReadStreamAsync(StreamIds.ForChallenge(grain.GetPrimaryKey())))[^1];
        Assert.Equal("challenge-participant-joined.v1", joined.Type);
        using var data = JsonDocument.Parse(joined.Data);
        Assert.Equal((joan.ToString(), "Joan Q"), (data.RootElement.GetProperty("userId").GetString(), data.RootElement.GetProperty("displayName").GetString()));
    }

    [Fact]
    public async Task Given_a_public_challenge_When_joined_without_a_code_twice_Then_in_once_and_the_repeat_changes_nothing()
    {
        var (_, grain, _) = await TestChallenges.Create(fixture.Grains, ChallengeVisibility.Public);
        var user = await TestChallenges.NewUser(fixture.Grains);

        var first = await grain.Join(new JoinChallenge(user, null));
        var second = await grain.Join(new JoinChallenge(user, null));

        Assert.True(first.IsAccepted && second.IsAccepted);
        Assert.Equal(2, second.Challenge!.ParticipantCount);
        Assert.Equal(3, (await fixture.Store.ReadStreamAsync(StreamIds.ForChallenge(grain.GetPrimaryKey()))).Count);
    }

    [Fact]
    public async Task Given_a_private_challenge_When_joined_without_a_code_Then_not_found_and_it_stays_invisible()
    {
        var (_, grain, _) = await TestChallenges.Create(fixture.Grains);
        var user = await TestChallenges.NewUser(fixture.Grains);

        var result = await grain.Join(new JoinChallenge(user, null));

        Assert.Equal((ErrorKind.NotFound, "challengeId"), (Assert.Single(result.Errors).Kind, result.Errors[0].Field));
        Assert.Null(result.Challenge);
        Assert.Null(await grain.Get(user));
    }

    [Fact]
    public async Task Given_six_places_When_twenty_users_join_at_once_Then_exactly_five_get_in_and_fifteen_are_refused_on_capacity()
    {
        var (_, grain, view) = await TestChallenges.Create(fixture.Grains, ChallengeVisibility.Public, capacity: 6); // the owner holds one
        var users = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => TestChallenges.NewUser(fixture.Grains)));

        var results = await Task.WhenAll(users.Select((u, i) => grain.Join(new JoinChallenge(u, i % 2 == 0 ? view.InviteCode : null))));

        Assert.Equal(5, results.Count(r => r.IsAccepted));
        var refusals = results.Where(r => !r.IsAccepted).Select(r => Assert.Single(r.Errors)).ToList();
        Assert.Equal(15, refusals.Count);
        Assert.All(refusals, e => Assert.Equal((ErrorKind.Conflict, "capacity"), (e.Kind, e.Field)));
        var events = await fixture.Store.ReadStreamAsync(StreamIds.ForChallenge(grain.GetPrimaryKey()));
        Assert.Equal(6, events.Count(e => e.Type == "challenge-participant-joined.v1"));
        Assert.Equal(6, (await grain.Get(view.OwnerId))!.ParticipantCount);
    }

    [Fact]
    public async Task Given_another_writer_took_the_last_place_behind_the_grains_back_When_a_join_is_decided_on_the_stale_state_Then_it_is_decided_again_and_refused()
    {
        // What a second activation (a cluster changing its mind) looks like to this one: the stream moved on.
        var (ownerId, grain, _) = await TestChallenges.Create(fixture.Grains, ChallengeVisibility.Public, capacity: 2);
        var streamId = StreamIds.ForChallenge(grain.GetPrimaryKey());
        var intruder = Guid.NewGuid();
        var sneaked = fixture.SiloService<EventSerializer<ChallengeEvent>>()
            .Serialize(streamId, new ParticipantJoined(intruder, "Intruder", DateTimeOffset.UtcNow));
        Assert.IsType<EventStore.AppendResult.Committed>(await fixture.Store.AppendAsync(streamId, 2, [sneaked]));
        Assert.Equal(1, (await grain.Get(ownerId))!.ParticipantCount); // still the stale state

        var late = await TestChallenges.NewUser(fixture.Grains);
        var result = await grain.Join(new JoinChallenge(late, null));

        Assert.Equal("capacity", Assert.Single(result.Errors).Field);
        Assert.Equal(3, (await fixture.Store.ReadStreamAsync(streamId)).Count);
        Assert.Equal(2, (await grain.Get(intruder))!.ParticipantCount);
    }

    [Fact]
    public async Task Given_a_participant_When_they_leave_twice_and_rejoin_with_the_code_Then_out_then_in_again()
    {
        var (_, grain, view) = await TestChallenges.Create(fixture.Grains);
        var user = await TestChallenges.NewUser(fixture.Grains);
        await grain.Join(new JoinChallenge(user, view.InviteCode));

        Assert.True((await grain.Leave(user)).IsAccepted);
        Assert.True((await grain.Leave(user)).IsAccepted);
        Assert.Null(await grain.Get(user));
        var rejoined = await grain.Join(new JoinChallenge(user, view.InviteCode));

        Assert.True(rejoined.IsAccepted);
        Assert.Equal(2, rejoined.Challenge!.ParticipantCount);
        var types = (await fixture.Store.ReadStreamAsync(StreamIds.ForChallenge(grain.GetPrimaryKey()))).Select(e => e.Type).ToList();
        Assert.Equal(["challenge-created.v1", "challenge-participant-joined.v1", "challenge-participant-joined.v1",
            "challenge-participant-left.v1", "challenge-participant-joined.v1"], types);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Given_an_ended_or_cancelled_challenge_When_someone_joins_Then_conflict_on_status(bool end)
    {
        var (ownerId, grain, view) = await TestChallenges.Create(fixture.Grains, ChallengeVisibility.Public);
        Assert.True((end ? await grain.End(ownerId) : await grain.Cancel(ownerId)).IsAccepted);
        var user = await TestChallenges.NewUser(fixture.Grains);

        var result = await grain.Join(new JoinChallenge(user, view.InviteCode));

        Assert.Equal((ErrorKind.Conflict, "status"), (Assert.Single(result.Errors).Kind, result.Errors[0].Field));
    }
}

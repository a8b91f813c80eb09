using HeelChallenge.Abstractions.Challenges;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Scoring;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Tests.Challenges;

[Collection(ClusterCollection.Name)]
public sealed class ChallengeGrainCreateTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_a_registered_user_When_creating_a_challenge_Then_it_is_stored_with_a_claimed_code_and_the_owner_in_it()
    {
        var (ownerId, grain, view) = await TestChallenges.Create(fixture.Grains, capacity: 10);
        var id = grain.GetPrimaryKey();

        Assert.Equal((id, ownerId, "Heels by June", "private", 10, 1, "active", true, true),
            (view.ChallengeId, view.OwnerId, view.Name, view.Visibility, view.Capacity, view.ParticipantCount, view.Status, view.IsOwner, view.IsParticipant));
        Assert.True(InviteCodes.IsWellFormed(view.InviteCode));
        Assert.Equal(ChallengeProgram.Default(fixture.SiloService<Domain.Catalog.ExerciseCatalog>()).Items, view.Program);
        TestChallenges.AssertSameView(view, await grain.Get(ownerId));

        var events = await fixture.Store.ReadStreamAsync(StreamIds.ForChallenge(id));
        Assert.Equal(["challenge-created.v1", "challenge-participant-joined.v1"], events.Select(e => e.Type));
        Assert.Equal("challenge-" + id.ToString("N"), events[0].StreamId);
        Assert.Equal(id, await fixture.Grains.GetGrain<IInviteCodeGrain>(view.InviteCode!).GetChallengeId());
        var claim = Assert.Single(await fixture.Store.ReadStreamAsync("invite-" + view.InviteCode));
        Assert.Equal("invite-code-claimed.v1", claim.Type);
    }

    [Fact]
    public async Task Given_a_created_challenge_When_the_owner_creates_it_again_Then_accepted_with_the_same_code_and_nothing_stored()
    {
        var (ownerId, grain, view) = await TestChallenges.Create(fixture.Grains);

        var again = await grain.Create(TestChallenges.Definition(ownerId));

        Assert.True(again.IsAccepted);
        Assert.Equal(view.InviteCode, again.Challenge!.InviteCode);
        Assert.Equal(2, (await fixture.Store.ReadStreamAsync(StreamIds.ForChallenge(grain.GetPrimaryKey()))).Count);
    }

    [Fact]
    public async Task Given_a_bad_definition_When_creating_Then_refused_naming_each_field_and_nothing_stored()
    {
        var ownerId = await TestChallenges.NewUser(fixture.Grains);
        var grain = fixture.Grains.GetGrain<IChallengeGrain>(Guid.NewGuid());
        var bad = TestChallenges.Definition(ownerId) with
        {
            Program = [new ProgramItem("leg-press", 3, 10, null), new ProgramItem("arch-rolls", 1, 10, null)],
            EndsAt = DateTimeOffset.UtcNow.AddDays(-2),
            TimeZone = "Europe/Atlantis",
        };

        var result = await grain.Create(bad);

        Assert.Null(result.Challenge);
        Assert.Equal(["endsAt", "program[1].reps", "timeZone"], result.Errors.Select(e => e.Field).Order());
        Assert.All(result.Errors, e => Assert.Equal(ErrorKind.Validation, e.Kind));
        Assert.Empty(await fixture.Store.ReadStreamAsync(StreamIds.ForChallenge(grain.GetPrimaryKey())));
        Assert.Null(await grain.Get(ownerId));
    }

    [Fact]
    public async Task Given_a_user_without_a_profile_When_creating_Then_refused_and_nothing_stored()
    {
        var grain = fixture.Grains.GetGrain<IChallengeGrain>(Guid.NewGuid());

        var result = await grain.Create(TestChallenges.Definition(Guid.NewGuid()));

        Assert.Equal((ErrorKind.NotFound, "user"), (Assert.Single(result.Errors).Kind, result.Errors[0].Field));
        Assert.Empty(await fixture.Store.ReadStreamAsync(StreamIds.ForChallenge(grain.GetPrimaryKey())));
    }

    [Fact]
    public async Task Given_a_private_challenge_When_a_stranger_asks_Then_it_is_invisible_but_a_public_one_shows_without_its_code()
    {
        var stranger = Guid.NewGuid();
        var (_, hidden, _) = await TestChallenges.Create(fixture.Grains);
        var (_, open, _) = await TestChallenges.Create(fixture.Grains, ChallengeVisibility.Public);

        var seen = await open.Get(stranger);

        Assert.Null(await hidden.Get(stranger));
        Assert.False(await hidden.CanView(stranger));
        Assert.True(await open.CanView(stranger));
        Assert.Equal((null, false, false, 1), (seen!.InviteCode, seen.IsOwner, seen.IsParticipant, seen.ParticipantCount));
        Assert.Null(await fixture.Grains.GetGrain<IChallengeGrain>(Guid.NewGuid()).Get(stranger));
    }
}

using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Grains.Tests.Projections;
using static HeelChallenge.Grains.Tests.Projections.LogWriter;

namespace HeelChallenge.Grains.Tests.Leaderboards;

/// <summary>The directory and each user's list of challenges, fed by the same projector as the boards.</summary>
[Collection(ProjectionCollection.Name)]
public sealed class ChallengeDirectoryTests(ProjectionFixture fixture)
{
    private IChallengeDirectoryGrain Directory => fixture.Grains.GetGrain<IChallengeDirectoryGrain>(IChallengeDirectoryGrain.Key);

    [Fact]
    public async Task Given_public_and_private_challenges_When_listing_Then_public_ones_come_newest_first_in_pages()
    {
        var owner = Guid.NewGuid();
        var (first, second, hidden, third) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await fixture.Log.Challenge(first, Created(first, owner, ChallengeVisibility.Public));
        await fixture.Log.Challenge(second, Created(second, owner, ChallengeVisibility.Public));
        await fixture.Log.Challenge(hidden, Created(hidden, owner, ChallengeVisibility.Private));
        await fixture.Log.Challenge(third, Created(third, owner, ChallengeVisibility.Public));
        await fixture.LeaderboardsCaughtUp();

        var page = await Directory.ListPublic(null, 2);
        Assert.Equal([third, second], page.Items.Select(i => i.ChallengeId));
        var next = await Directory.ListPublic(page.NextCursor, 2);
        Assert.Equal(first, next.Items[0].ChallengeId);
        Assert.DoesNotContain(hidden, (await Directory.ListPublic(null, 100)).Items.Select(i => i.ChallengeId));
        Assert.Equal(hidden, Assert.Single(await Directory.GetMany([hidden, Guid.NewGuid()])).ChallengeId);
        Assert.NotNull((await Directory.ListPublic("not-a-cursor", 2)).Error);
    }

    [Fact]
    public async Task Given_joins_leaves_and_an_end_When_listing_Then_counts_and_status_follow()
    {
        var (challenge, owner, a, b) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await fixture.Log.Challenge(challenge, Created(challenge, owner, ChallengeVisibility.Public),
            new ParticipantJoined(a, "A", Start), new ParticipantJoined(b, "B", Start), new ParticipantLeft(a, Start.AddHours(1)),
            new ChallengeEnded(Start.AddDays(3)));
        await fixture.LeaderboardsCaughtUp();

        var summary = Assert.Single(await Directory.GetMany([challenge]));
        Assert.Equal((1, ChallengeStatus.Ended, Start.AddDays(3)), (summary.ParticipantCount, summary.Status, summary.EndedAt));
    }

    [Fact]
    public async Task Given_a_user_who_owns_one_and_joins_another_When_listing_theirs_Then_both_show_until_they_leave()
    {
        var (owned, joined, user, someone) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await fixture.Log.Challenge(owned, Created(owned, user));
        await fixture.Log.Challenge(joined, Created(joined, someone), new ParticipantJoined(user, "U", Start));
        await fixture.LeaderboardsCaughtUp();

        var mine = fixture.Grains.GetGrain<IUserChallengesGrain>(user);
        Assert.Equal([new UserChallenge(joined, false, true), new UserChallenge(owned, true, false)], (await mine.List(null, 10)).Items);

        await fixture.Log.Challenge(joined, new ParticipantLeft(user, Start.AddHours(1)));
        await fixture.LeaderboardsCaughtUp();
        Assert.Equal([new UserChallenge(owned, true, false)], (await mine.List(null, 10)).Items);
    }
}

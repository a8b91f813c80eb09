using HeelChallenge.Abstractions.Challenges;
using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Grains.Tests.Challenges;

/// <summary>Fresh users and challenges for grain tests: every call makes new ids.</summary>
internal static class TestChallenges
{
    public static CreateChallenge Definition(Guid ownerId, string visibility = ChallengeVisibility.Private, int? capacity = null) =>
        new(ownerId, "Heels by June", "Daily drills", null, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30),
            "Europe/Paris", visibility, capacity);

    /// <summary>A registered owner and the challenge they created (accepted, with its owner's view).</summary>
    public static async Task<(Guid OwnerId, IChallengeGrain Grain, ChallengeView View)> Create(
        IGrainFactory grains, string visibility = ChallengeVisibility.Private, int? capacity = null)
    {
        var (ownerId, _) = await TestSets.NewUser(grains);
        var grain = grains.GetGrain<IChallengeGrain>(Guid.NewGuid());
        var result = await grain.Create(Definition(ownerId, visibility, capacity));
        Assert.True(result.IsAccepted, string.Join("; ", result.Errors));
        return (ownerId, grain, result.Challenge!);
    }

    /// <summary>Views compare by content, their program included (a record compares lists by reference).</summary>
    public static void AssertSameView(ChallengeView? expected, ChallengeView? actual)
    {
        Assert.NotNull(expected);
        Assert.NotNull(actual);
        Assert.Equal(expected.Program, actual.Program);
        Assert.Equal(expected, actual with { Program = expected.Program });
    }

    public static async Task<Guid> NewUser(IGrainFactory grains, string displayName = "Test User")
    {
        var id = Guid.NewGuid();
        var result = await grains.GetGrain<IUserGrain>(id).Register(new RegisterUser("user" + id.ToString("N")[..8], displayName, "UTC"));
        Assert.True(result.IsAccepted, string.Join("; ", result.Errors));
        return id;
    }
}

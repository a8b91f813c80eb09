using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Domain.Coaching;

namespace HeelChallenge.Grains.Tests.Coaching;

/// <summary>Coaches with fresh invite codes for grain tests.</summary>
internal static class TestCoaching
{
    public static async Task<CoachInviteView> Issue(IGrainFactory grains, Guid coachId, TimeSpan? lifetime = null)
    {
        var result = await grains.GetGrain<ICoachInviteIssuer>(ICoachInviteIssuer.Key).Issue(coachId, lifetime ?? CoachInvites.DefaultLifetime);
        Assert.True(result.IsAccepted, string.Join("; ", result.Errors));
        return result.Invite!;
    }

    /// <summary>Waits on the clock itself (what the test is about), with a deadline.</summary>
    public static void WaitUntilPast(DateTimeOffset instant) =>
        Assert.True(SpinWait.SpinUntil(() => DateTimeOffset.UtcNow > instant, TimeSpan.FromSeconds(5)));
}

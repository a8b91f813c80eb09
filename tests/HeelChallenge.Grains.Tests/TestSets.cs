using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Grains.Tests;

/// <summary>Fresh users and plausible sets; every call makes new ids so tests never share state.</summary>
internal static class TestSets
{
    /// <summary>A fixed past hour, so sets of one test sort predictably and stay well inside the 400-day window.</summary>
    public static readonly DateTimeOffset Noon = new(DateTimeOffset.UtcNow.Date.AddDays(-10).AddHours(12), TimeSpan.Zero);

    public static string NewSetId() => "set-" + Guid.NewGuid().ToString("N")[..16];

    public static LoggedSet LegPress(string? setId = null, int reps = 10, decimal? loadKg = 80m, DateTimeOffset? at = null) =>
        new(setId ?? NewSetId(), "leg-press", null, reps, null, loadKg, at ?? Noon);

    public static LoggedSet ArchRolls(string side, int seconds, DateTimeOffset at, string? setId = null) =>
        new(setId ?? NewSetId(), "arch-rolls", side, null, seconds, null, at);

    public static async Task<(Guid Id, IUserGrain Grain)> NewUser(IGrainFactory grains, string timeZone = "UTC")
    {
        var id = Guid.NewGuid();
        var grain = grains.GetGrain<IUserGrain>(id);
        var result = await grain.Register(new RegisterUser("user" + id.ToString("N")[..8], "Test User", timeZone));
        Assert.True(result.IsAccepted, string.Join("; ", result.Errors));
        return (id, grain);
    }

    /// <summary>Polls until <paramref name="probe"/> yields a value or the deadline passes (no sleeps as synchronisation).</summary>
    public static async Task<T> Eventually<T>(Func<Task<T?>> probe, TimeSpan? within = null) where T : class
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            if (await probe() is { } value) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition was not met before the deadline.");
            await Task.Delay(20);
        }
    }
}

namespace HeelChallenge.EndToEnd.Tests.Infrastructure;

/// <summary>Polling with a deadline: projections follow the log, so a test reads until the read model shows what it expects.</summary>
public static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>Reads until <paramref name="done"/> holds or <paramref name="within"/> passes; answers the last reading
    /// either way, so the caller's assertion on it explains a timeout.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        var last = await read();
        while (!done(last) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(Interval);
            last = await read();
        }

        return last;
    }
}

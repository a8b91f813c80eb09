namespace HeelChallenge.Grains.Tests.Projections;

/// <summary>Polling with a deadline (never a sleep as synchronisation).</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T?>> probe, TimeSpan within) where T : class
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            if (await probe() is { } value) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The condition was not met within {within}.");
            await Task.Delay(20);
        }
    }

    /// <summary>Polls until <paramref name="assertion"/> stops throwing; the last failure explains a timeout.</summary>
    public static async Task Holds(Func<Task> assertion, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            try
            {
                await assertion();
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }
    }
}

namespace HeelChallenge.Gateway.Tests.Coaching;

/// <summary>Polls a read with a deadline (read models trail the write side by a moment); no sleeps as synchronisation.</summary>
public static class Poll
{
    public static async Task<JsonElement> Until(Func<Task<JsonElement>> read, Func<JsonElement, bool> condition, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var value = await read();
            if (condition(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Not met before the deadline; last: {value}");
            await Task.Delay(25);
        }
    }
}

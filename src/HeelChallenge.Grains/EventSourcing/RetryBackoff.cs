namespace HeelChallenge.Grains.EventSourcing;

/// <summary>
/// Pauses between consecutive failed writes of one grain. Orleans retries a failed write at once (after a
/// conflict, and also after an exception, because the successful re-read in between clears its own backoff), so
/// without this a stream that keeps moving or a store that keeps refusing appends would be a hot loop. The first
/// failure is retried at once (a normal race or a blip); then 5 ms, 10 ms, 20 ms ... up to a ceiling, ±25% jitter.
/// </summary>
internal sealed class RetryBackoff(TimeProvider time, TimeSpan max)
{
    private int _consecutive;

    public void Reset() => _consecutive = 0;

    public Task Pause()
    {
        _consecutive++;
        if (_consecutive < 2) return Task.CompletedTask;
        var exponent = Math.Min(_consecutive - 2, 16);
        var delay = TimeSpan.FromMilliseconds(Math.Min(5 * Math.Pow(2, exponent), max.TotalMilliseconds));
        return Task.Delay(delay * (0.75 + (Random.Shared.NextDouble() / 2)), time);
    }
}

using System.Threading.Channels;

namespace HeelChallenge.Grains.Projections;

/// <summary>
/// Reads the log ahead of a projector that is catching up (a rebuild, a restart after downtime): a pump on the thread
/// pool reads and decodes batch after batch and keeps up to <c>depth</c> of them ready, so reading and decoding overlap
/// with routing and delivering. It stops by itself at the first batch that is not full (the head); live, the projector
/// reads one batch at a time on its timer instead.
/// </summary>
internal sealed class LogReader
{
    private readonly Channel<DecodedBatch> _batches;
    private readonly CancellationTokenSource _stop = new();

    public LogReader(Func<long, CancellationToken, Task<DecodedBatch>> read, long after, int depth)
    {
        _batches = Channel.CreateBounded<DecodedBatch>(new BoundedChannelOptions(depth) { SingleReader = true, SingleWriter = true });
        Next = after;
        _ = Task.Run(() => PumpAsync(read, after));
    }

    /// <summary>The position the next batch taken starts after.</summary>
    public long Next { get; private set; }

    /// <summary>The next batch; null once the pump reached the head (or was stopped). A read failure is thrown here.</summary>
    public async Task<DecodedBatch?> TakeAsync()
    {
        if (!await _batches.Reader.WaitToReadAsync() || !_batches.Reader.TryRead(out var batch)) return null;
        Next = batch.LastPosition;
        return batch;
    }

    public void Stop()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task PumpAsync(Func<long, CancellationToken, Task<DecodedBatch>> read, long after)
    {
        var token = _stop.Token;
        try
        {
            while (true)
            {
                var batch = await read(after, token);
                await _batches.Writer.WriteAsync(batch, token);
                if (!batch.IsFull) break;
                after = batch.LastPosition;
            }

            _batches.Writer.TryComplete();
        }
        catch (Exception e)
        {
            // Stopped: nobody reads any more. Failed: the projector gets the error when it takes the next batch.
            _batches.Writer.TryComplete(token.IsCancellationRequested ? null : e);
        }
    }
}

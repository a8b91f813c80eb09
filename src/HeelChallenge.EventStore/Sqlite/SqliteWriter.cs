using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace HeelChallenge.EventStore.Sqlite;

/// <summary>
/// The one writer of a database file. Callers queue requests; a dedicated thread drains everything waiting (up to the
/// batch size) and commits it in one transaction, so one fsync makes many appends durable (group commit). A single
/// writer also makes positions gap-free and equal to commit order, and the version check a dictionary lookup.
/// </summary>
internal sealed partial class SqliteWriter
{
    private readonly Channel<WriteRequest> _queue = Channel.CreateUnbounded<WriteRequest>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = false, AllowSynchronousContinuations = false });

    private readonly SqliteConnection _connection;
    private readonly SqliteWriterCommands _commands;
    private readonly StreamVersionCache _versions;
    private readonly SqliteAppendProcessor _appender;
    private readonly int _maxBatch;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SqliteWriterCounters _counters = new();
    private readonly AppendNotifier _notifier;
    private readonly SqliteCheckpointer _checkpointer;

    // The writer sleeps on this between batches. spinCount 0: a Task.Wait on the channel spun before it blocked, and
    // with a wake-up per batch that spinning took a tenth of the CPU that request threads need on a 2-core machine.
    // Never disposed: a caller may still Set it after the writer stopped, and it holds no OS handle unless asked for.
    private readonly ManualResetEventSlim _wake = new(initialState: false, spinCount: 0);

    private bool _synced;
    private long _dataVersion;
    private long _committedHead;

    // Batches whose callers have not all been answered yet, plus one for the running writer thread.
    private int _unansweredBatches = 1;

    // Pages this connection had written to the WAL when it last asked the checkpointer for a pass.
    private long _walPagesAtLastCheckpoint;
    private long _walPagesAtLastTail;

    public SqliteWriter(SqliteConnection connection, SqliteEventStoreOptions options, AppendNotifier notifier)
    {
        _connection = connection;
        _notifier = notifier;
        _commands = new SqliteWriterCommands(connection);
        _versions = new StreamVersionCache(options.MaxCachedStreams);
        _appender = new SqliteAppendProcessor(_commands, _versions);
        // Without group commit a transaction carries exactly one request: one fsync per append (the baseline).
        _maxBatch = options.GroupCommit ? options.MaxBatchSize : 1;
        try
        {
            _checkpointer = new SqliteCheckpointer(connection.DataSource);
        }
        catch
        {
            // The raw insert statement would keep the file open after the caller closes the connection.
            _commands.Dispose();
            throw;
        }

        // A dedicated thread rather than a pool task: every commit blocks in fsync, and a blocked pool thread
        // would starve the grains and request handlers sharing the 2-core pool.
        var thread = new Thread(Run) { IsBackground = true, Name = "HeelChallenge.EventStore writer" };
        thread.Start();
    }

    /// <summary>Set when the writer stopped because of a bug; later requests are refused with it.</summary>
    public Exception? Fault { get; private set; }

    public SqliteEventStoreStatistics Statistics => _counters.Snapshot(_checkpointer.SyncedPasses);

    /// <inheritdoc cref="SqliteWriterCounters.BatchesStarted"/>
    public long BatchesStarted => _counters.BatchesStarted;

    public bool TryEnqueue(WriteRequest request)
    {
        if (!_queue.Writer.TryWrite(request)) return false;
        _wake.Set();
        return true;
    }

    /// <summary>Refuses new requests, lets the writer commit everything already queued, then closes the connection.</summary>
    public Task StopAsync()
    {
        _queue.Writer.TryComplete();
        _wake.Set();
        return _stopped.Task;
    }

    private void Run()
    {
        var batch = new List<WriteRequest>(Math.Min(_maxBatch, 4096));
        try
        {
            while (WaitForWork())
            {
                while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var request))
                {
                    // A request cancelled while it waited is skipped; from here on it will be committed.
                    if (request.TryStart())
                    {
                        batch.Add(request);
                    }
                }

                if (batch.Count > 0)
                {
                    Execute(batch);
                    batch.Clear();
                }

                CheckpointTailIfDue();
            }
        }
        catch (Exception ex)
        {
            // Only a bug gets here (Execute contains transaction failures). Fail loudly instead of hanging callers.
            Fault = ex;
            _queue.Writer.TryComplete(ex);
            var failed = new List<WriteRequest>(batch);
            while (_queue.Reader.TryRead(out var request))
            {
                if (request.TryStart())
                {
                    failed.Add(request);
                }
            }

            Answer([.. failed], ex, head: 0);
        }
        finally
        {
            _checkpointer.Stop();
            _commands.Dispose();
            _connection.Dispose();
            BatchAnswered();
        }
    }

    /// <summary>Blocks until a request is queued (true) or the queue is completed and drained (false).</summary>
    private bool WaitForWork()
    {
        // This thread has nothing else to do, so blocking is the point, not a hazard.
        while (true)
        {
            // Reset before looking: a request queued after the look sets the event again, so Wait cannot miss it.
            _wake.Reset();
            if (_queue.Reader.TryPeek(out _)) return true;
            if (_queue.Reader.Completion.IsCompleted) return false;
            _wake.Wait();
        }
    }

    private void Execute(List<WriteRequest> batch)
    {
        _counters.BatchStarted();
        var started = Stopwatch.GetTimestamp();
        var appends = 0;
        var events = 0;
        try
        {
            _commands.Begin();
            SyncWithDatabase();
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            foreach (var request in batch)
            {
                switch (request)
                {
                    case AppendRequest append:
                        events += _appender.Process(append, now);
                        appends++;
                        break;
                    case SnapshotWriteRequest { Snapshot: { } snapshot } save:
                        _commands.SaveSnapshot(save.Key, snapshot, now);
                        break;
                    case SnapshotWriteRequest delete:
                        _commands.DeleteSnapshots(delete.Key);
                        break;
                    default:
                        throw new InvalidOperationException($"Unknown write request {request.GetType().Name}.");
                }
            }

            // synchronous=FULL: COMMIT returns once the WAL is fsync'd. Only then does any caller hear back.
            _commands.Commit();
        }
        catch (Exception ex)
        {
            // A failed transaction (disk full, I/O error, a constraint that means a bug) fails the requests it
            // carried and nothing else; the writer carries on with the next batch from a clean state.
            RollBack();
            Answer([.. batch], ex, head: 0);
            return;
        }

        _versions.Commit();
        _committedHead = _appender.Head;
        var walPages = _commands.WalPagesWritten();
        RequestCheckpointIfDue(walPages);

        // Counters first, so a caller who got its answer also sees its transaction counted.
        _counters.Committed(appends, events, walPages, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        Answer([.. batch], failure: null, head: events > 0 ? _committedHead : 0);
    }

    /// <summary>
    /// Hands a finished batch's outcomes to its callers from ONE thread-pool work item, never from this thread: a
    /// caller's continuation must not stall the next commit. The requests' tasks complete synchronously there, so a
    /// grain's await costs one hop into its own scheduler, instead of a thread-pool work item per append first (as
    /// with RunContinuationsAsynchronously) and then that hop. Callers must not block inside a continuation on another
    /// append (nothing does: grains always await). Then projections are woken (<paramref name="head"/> &gt; 0): they
    /// read a head that includes these events.
    /// </summary>
    private void Answer(WriteRequest[] requests, Exception? failure, long head)
    {
        Interlocked.Increment(ref _unansweredBatches);
        ThreadPool.UnsafeQueueUserWorkItem(
            static state =>
            {
                foreach (var request in state.Requests)
                {
                    if (state.Failure is null) request.Publish();
                    else request.Fail(state.Failure);
                }

                if (state.Head > 0) state.Writer._notifier.Notify(state.Head);
                state.Writer.BatchAnswered();
            },
            (Writer: this, Requests: requests, Failure: failure, Head: head),
            preferLocal: false);
    }

    /// <summary>Stopped means every caller heard back: the writer's own count is released when its thread ends.</summary>
    private void BatchAnswered()
    {
        if (Interlocked.Decrement(ref _unansweredBatches) == 0) _stopped.TrySetResult();
    }
}

using Microsoft.Data.Sqlite;

namespace HeelChallenge.EventStore.Sqlite;

/// <summary>
/// Copies the WAL back into the database file on its own connection and thread, so the writer does not. With SQLite's
/// automatic checkpoint the commit that crossed the threshold also copied thousands of pages and fsync'd the database
/// file before any caller of that batch heard back: a stall of tens of milliseconds every few thousand appends.
/// </summary>
/// <remarks>
/// A PASSIVE checkpoint never blocks the writer or the readers, but while appends keep coming it can never copy the
/// frames committed after it started, and SQLite only restarts the WAL from its beginning once every frame was copied.
/// So after each background pass the writer finishes the job itself between two batches (<see cref="TakeFinishedPass"/>):
/// only the few frames committed meanwhile are left, the same PASSIVE checkpoint on its own connection is short, and
/// its next transaction restarts the WAL, which keeps the file bounded as before. Durability is SQLite's: a checkpoint
/// only copies committed frames, and a crash during one is recovered from the WAL.
/// <para>
/// SQLite fsyncs the database file only in a pass that reaches the end of the WAL, which under steady appends is only
/// the writer's tail pass: its fsync then flushed every page the background passes had written, and stalled the
/// writer for 14–27 ms each time (the event store's p99). So this thread fsyncs the file itself after each of its
/// passes, and makes <see cref="PassesPerRequest"/> of them, each copying what was committed during the one before,
/// so the writer is left a small tail: its fsync took 2–4 ms and the store's p99 fell from ~25 to ~10 ms (`store`
/// benchmark, README). Moving the fsync changes no guarantee: SQLite still syncs before the WAL may restart.
/// </para>
/// </remarks>
internal sealed class SqliteCheckpointer
{
    private const int PassesPerRequest = 3;

    private readonly SqliteConnection _connection;
    private readonly Thread _thread;
    private readonly ManualResetEventSlim _wake = new(initialState: false, spinCount: 0);
    private readonly ManualResetEventSlim _passFinished = new(initialState: false, spinCount: 0);
    private volatile bool _stopping;
    private volatile bool _inPass;
    private bool _canSync = true;
    private int _finishedPass;
    private long _syncedPasses;

    public SqliteCheckpointer(string path)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        try
        {
            _connection.Open();

            // FULL: the database file is fsync'd at the end of each checkpoint, before the WAL may be overwritten.
            _connection.ExecuteSql("PRAGMA synchronous = FULL");
        }
        catch
        {
            _connection.Dispose();
            throw;
        }

        _thread = new Thread(Run) { IsBackground = true, Name = "HeelChallenge.EventStore checkpointer" };
        _thread.Start();
    }

    /// <summary>The WAL has grown by the threshold since the last request: copy it in the background.</summary>
    public void Request() => _wake.Set();

    /// <summary>Background passes whose copied pages this thread fsync'd to the database file.</summary>
    public long SyncedPasses => Interlocked.Read(ref _syncedPasses);

    /// <summary>True once per finished background pass: the writer should then checkpoint the remaining tail itself.</summary>
    public bool TakeFinishedPass() => Interlocked.Exchange(ref _finishedPass, 0) == 1;

    /// <summary>A pass was requested and has not finished: waiting for it can let the WAL restart.</summary>
    public bool IsBusy => _inPass || _wake.IsSet;

    /// <summary>
    /// Blocks until a background pass has finished (then takes it, as <see cref="TakeFinishedPass"/>) or the timeout
    /// passes. The writer's backstop when appends outrun the passes: waiting for one bounds the WAL file.
    /// </summary>
    public bool WaitForFinishedPass(TimeSpan timeout)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (!TakeFinishedPass())
        {
            var left = deadline - Environment.TickCount64;
            if (left <= 0 || _stopping) return false;
            _passFinished.Wait(TimeSpan.FromMilliseconds(Math.Min(left, 100)));
            _passFinished.Reset();
        }

        return true;
    }

    /// <summary>Ends the thread (after a pass in progress) and closes the connection; the writer's close comes last.</summary>
    public void Stop()
    {
        _stopping = true;
        _wake.Set();
        _thread.Join();
        _connection.Dispose();
    }

    private void Run()
    {
        while (true)
        {
            _wake.Wait();
            _inPass = true;
            _wake.Reset();
            if (_stopping) return;
            try
            {
                for (var pass = 0; pass < PassesPerRequest && !_stopping; pass++)
                {
                    _connection.ExecuteSql("PRAGMA wal_checkpoint(PASSIVE)");
                    if (!_canSync) break;
                    SqliteFileSync.SyncMainDatabase(_connection);
                    Interlocked.Increment(ref _syncedPasses);
                }
            }
            catch (SqliteException)
            {
                // Nothing is lost: the writer's own checkpoint after this pass copies and syncs whatever is left.
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // A SQLite build other than e_sqlite3: the writer's tail pass still syncs, only slower.
                _canSync = false;
            }

            Volatile.Write(ref _finishedPass, 1);
            _inPass = false;
            _passFinished.Set();
        }
    }
}

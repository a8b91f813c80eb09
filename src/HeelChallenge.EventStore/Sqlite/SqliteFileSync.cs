using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace HeelChallenge.EventStore.Sqlite;

/// <summary>
/// fsyncs a connection's database file through SQLite's own file handle (its VFS <c>xSync</c>), so no second file
/// descriptor is opened: closing one would drop the POSIX locks SQLite holds on the file for the whole process.
/// </summary>
internal static partial class SqliteFileSync
{
    private const int FcntlFilePointer = 7; // SQLITE_FCNTL_FILE_POINTER: the sqlite3_file* of the named database
    private const int SyncNormal = 0x2;     // SQLITE_SYNC_NORMAL: a plain fsync

    // sqlite3_io_methods: int iVersion (padded to a pointer), then xClose, xRead, xWrite, xTruncate, xSync.
    private static readonly int XSyncOffset = 5 * IntPtr.Size;

    /// <summary>Flushes every page of the main database file to disk, whichever connection of this process wrote it.</summary>
    public static unsafe void SyncMainDatabase(SqliteConnection connection)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        IntPtr file;
        var rc = FileControl(db.DangerousGetHandle(), "main", FcntlFilePointer, &file);
        if (rc != 0 || file == IntPtr.Zero) throw new SqliteException($"SQLITE_FCNTL_FILE_POINTER failed ({rc}).", rc);

        var methods = Marshal.ReadIntPtr(file);
        var xSync = (delegate* unmanaged<IntPtr, int, int>)Marshal.ReadIntPtr(methods, XSyncOffset);
        rc = xSync(file, SyncNormal);
        if (rc != 0) throw new SqliteException($"fsync of the database file failed ({rc}).", rc);
    }

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_file_control", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int FileControl(IntPtr db, string databaseName, int op, IntPtr* pArg);
}

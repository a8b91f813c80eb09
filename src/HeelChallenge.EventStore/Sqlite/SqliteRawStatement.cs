using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace HeelChallenge.EventStore.Sqlite;

/// <summary>
/// A statement prepared once on a connection and executed through SQLite's own API. Microsoft.Data.Sqlite binds
/// each value through a new binder object, boxes numbers and copies each string into a new UTF-8 array on every
/// execution; here numbers and spans are bound as they are and text is encoded into one reused buffer (SQLite copies
/// every bound value, SQLITE_TRANSIENT). Only for statements that return no rows. Not thread-safe: the writer thread
/// owns it.
/// </summary>
/// <remarks>
/// Text is encoded to UTF-8 here, not handed to SQLite as UTF-16: .NET's encoder replaces a lone surrogate with
/// U+FFFD (as Microsoft.Data.Sqlite did), while SQLite's own UTF-16 conversion lets it swallow the next character —
/// which turned <c>"a\uD800"</c> followed by a closing quote into broken JSON.
/// </remarks>
internal sealed class SqliteRawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private byte[] _utf8 = new byte[4096];

    public SqliteRawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public void BindInt64(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void BindText(int index, ReadOnlySpan<char> value) => Check(raw.sqlite3_bind_text(_statement, index, Utf8(value)));

    public void BindTextOrNull(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text(_statement, index, Utf8(value)));

    public void BindBlob(int index, ReadOnlySpan<byte> value) => Check(raw.sqlite3_bind_blob(_statement, index, value));

    /// <summary>Runs the statement to completion and returns the rows it changed; the bindings are cleared after.</summary>
    public int ExecuteNonQuery()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc != raw.SQLITE_DONE)
            {
                Check(rc);
                throw new InvalidOperationException($"The statement returned rows (SQLite code {rc}); it is meant for writes only.");
            }

            return raw.sqlite3_changes(_db);
        }
        finally
        {
            // reset reports the step's error again; step already threw it, so its answer is ignored.
            raw.sqlite3_reset(_statement);
            raw.sqlite3_clear_bindings(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    /// <summary>The value in UTF-8, in the reused buffer (valid until the next bind: SQLite has copied it by then).</summary>
    private ReadOnlySpan<byte> Utf8(ReadOnlySpan<char> value)
    {
        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (most > _utf8.Length) _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
        return _utf8.AsSpan(0, Encoding.UTF8.GetBytes(value, _utf8));
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }
}

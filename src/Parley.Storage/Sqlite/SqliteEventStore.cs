using System.Data.Common;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parley.Storage.Sql;
using SQLitePCL;

namespace Parley.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, so readers (a running `parley serve`) keep
/// answering from the last committed state while another process ingests; writers take turns,
/// each batch one IMMEDIATE transaction. Chosen over DuckDB by measurement (src/Parley.Storage/README.md).
/// </summary>
sealed class SqliteEventStore : SqlEventStore
{
    readonly string path;
    readonly string connectionString;

    /// <summary>
    /// The page size of a new store file. Every commit writes each page it changed to the WAL as one frame (two
    /// write calls) and each checkpoint copies it once more, so a bulk load's commits and the index build at its end
    /// cost by the page; inserting a row costs about the same in a larger page. See src/Parley.Storage/README.md.
    /// </summary>
    internal const int NewFilePageSize = 16384;

    /// <summary>WAL bytes after which a commit checkpoints.</summary>
    const long CheckpointBytes = 1L << 30;

    /// <summary>This file's page size, read when the store opens (files written before keep 4,096 bytes).</summary>
    long pageSize = 4096;

    /// <summary>
    /// SQLite in multi-thread mode without memory statistics, set once before the process opens its first connection:
    /// serialized mode (e_sqlite3's default) locks a mutex of the connection on every call, every bind of every
    /// value included, and the statistics a global mutex on every allocation; a bulk load makes tens of millions of
    /// those calls (see src/Parley.Storage/README.md). A connection of Microsoft.Data.Sqlite is used by one thread at
    /// a time (the pool hands it to one command after another), which is what multi-thread mode requires; the only
    /// call made on a connection from another thread, sqlite3_interrupt on cancellation, takes no mutex in either mode.
    /// Once SQLite is initialised (another library opened a connection first) the calls fail and nothing changes.
    /// </summary>
    static SqliteEventStore()
    {
        Batteries_V2.Init();
        raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
        raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }

    SqliteEventStore(string path)
    {
        this.path = path;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // How long a writer waits for another process's batch to commit before giving up.
            DefaultTimeout = 60,
        }.ToString();
    }

    public override string Description => path;

    public static async Task<IEventStore> OpenAsync(string path, Action<string>? upgrading, CancellationToken cancel)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
            throw new StoreException(StoreError.BadConnectionString, $"cannot create the store {full}: the directory {directory} does not exist");
        var store = new SqliteEventStore(full);
        try
        {
            await store.Guard(async () =>
            {
                await using (var connection = await store.OpenConnectionAsync(cancel))
                {
                    // Takes effect only on a new file, before WAL mode and the first table; a store keeps its page size.
                    await ExecuteAsync(connection, null, $"PRAGMA page_size={NewFilePageSize}", cancel);
                    // WAL is a property of the file: set once, it lets readers run beside the writer.
                    await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL", cancel);
                    store.pageSize = await ScalarAsync(connection, null, "PRAGMA page_size", cancel) is long size and > 0 ? size : 4096;
                    // This connection returns to the pool with the threshold in pages of the size assumed before.
                    await ExecuteAsync(connection, null, $"PRAGMA wal_autocheckpoint={CheckpointBytes / store.pageSize}", cancel);
                }
                await store.MigrateAsync(upgrading, cancel);
                return 0;
            });
        }
        catch
        {
            SqliteConnection.ClearAllPools();
            throw;
        }
        return store;
    }

    protected internal override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancel)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancel);
            // NORMAL is durable across process kills in WAL mode (only a power loss can drop the last commits).
            // Checkpoints at 1 GiB of WAL rather than 256 MiB: bulk ingest dirties the same index pages
            // batch after batch, and a checkpoint copies each page once however often the WAL holds it
            // (commit time at 1 million events 38.8 s -> 30.4 s). The threshold is counted in pages.
            await ExecuteAsync(connection, null,
                $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=60000; PRAGMA cache_size={PageCacheKiB}; PRAGMA wal_autocheckpoint={CheckpointBytes / pageSize}", cancel);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A bulk load's batch runs without the per-row key check (see the base) and with synchronous=OFF: in WAL mode with
    /// NORMAL, SQLite syncs only when it checkpoints (the WAL before copying it into the file, the file after), and those
    /// syncs waited 2.0 s of a 1 M-event load (13 fsync calls, strace). OFF still hands every commit to the operating
    /// system before it returns, so a killed process leaves whole batches as before (tested with a real child process);
    /// what it gives up is the guarantee against a power loss or an operating system crash, which may then corrupt the
    /// file instead of dropping the last batches. A bulk load only runs into a store that held no document, and the
    /// syncs come back with the connection's next checkpoint under NORMAL: the last connection's close, at the latest.
    /// </summary>
    protected override async ValueTask<bool> BulkSettingsAsync(DbConnection connection, bool bulk, CancellationToken cancel)
    {
        try { await ExecuteAsync(connection, null, bulk ? "PRAGMA foreign_keys=OFF; PRAGMA synchronous=OFF" : "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL", cancel); }
        catch (Exception) when (!bulk)
        {
            // A pooled connection must not be handed out with the check or the syncs off.
            SqliteConnection.ClearPool((SqliteConnection)connection);
            throw;
        }
        return true;
    }

    /// <summary>
    /// The index build runs with a 4 MiB page cache instead of 256 MiB. SQLite's sorter sorts in memory runs as large as
    /// the page cache and merges them: one run of everything, a merge sort over a linked list of millions of records
    /// scattered in memory, cost twice the CPU of sorting 4 MiB runs and merging them from temporary files (the seven
    /// indexes of a 1 M-event store, `sqlite3` shell: 6.6 to 7.5 s of user time against 2.9 to 3.3 s at 2, 4 and 8 MiB).
    /// </summary>
    protected override async ValueTask IndexBuildSettingsAsync(DbConnection connection, bool building, CancellationToken cancel)
    {
        try { await ExecuteAsync(connection, null, $"PRAGMA cache_size={(building ? IndexBuildCacheKiB : PageCacheKiB)}", cancel); }
        catch (Exception) when (!building)
        {
            // A pooled connection must not be handed out with the small cache.
            SqliteConnection.ClearPool((SqliteConnection)connection);
            throw;
        }
    }

    /// <summary>The page cache of every connection, negative: in KiB.</summary>
    const int PageCacheKiB = -262144;

    /// <summary>The page cache while deferred indexes are built (<see cref="IndexBuildSettingsAsync"/>).</summary>
    const int IndexBuildCacheKiB = -4096;

    protected internal override string InList(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";

    protected internal override DbParameter ListParameter(DbCommand command, string name, IReadOnlyCollection<string> values) =>
        AddList(command, name, JsonSerializer.Serialize(values));

    protected internal override DbParameter ListParameter(DbCommand command, string name, IReadOnlyCollection<long> values) =>
        AddList(command, name, JsonSerializer.Serialize(values));

    protected internal override string DayKeyPairs(DbCommand command, string name, IReadOnlyCollection<(long Day, string Key)> pairs)
    {
        AddList(command, name, JsonSerializer.Serialize(pairs.Select(p => new object[] { p.Day, p.Key })));
        return $"(SELECT json_extract(value, '$[0]') AS day, json_extract(value, '$[1]') AS merge_key FROM json_each({name}))";
    }

    static DbParameter AddList(DbCommand command, string name, string json)
    {
        var p = ((SqliteCommand)command).Parameters.AddWithValue(name, json);
        return p;
    }

    internal override ValueTask<TableWriter> OpenWriterAsync(DbConnection connection, DbTransaction transaction, TableShape table, CancellationToken cancel) =>
        ValueTask.FromResult<TableWriter>(new SqliteTableWriter(((SqliteConnection)connection).Handle!, table));

    internal override ValueTask<RowReader> OpenReaderAsync(DbCommand command, CancellationToken cancel) =>
        ValueTask.FromResult<RowReader>(new SqliteRowReader(((SqliteConnection)command.Connection!).Handle!, command));

    protected override async Task<long> AllocateMergedIdsAsync(DbConnection connection, DbTransaction transaction, int count, CancellationToken cancel) =>
        // Safe without a sequence: the IMMEDIATE transaction holds the write lock until commit.
        await ScalarAsync(connection, transaction, "SELECT coalesce(max(id), 0) + 1 FROM merged_events", cancel) is long first ? first : 1;

    protected internal override string CaseInsensitiveLike => "LIKE";

    protected override string BlobType => "BLOB";

    protected override IReadOnlyList<Schema.Deferred> DeferredByBulkLoad { get; } = [.. Schema.DeferredIndexes, Schema.MergedDay];

    protected override string IndexNamesQuery => "SELECT name FROM sqlite_master WHERE type = 'index'";

    protected override string IntegerKey => "INTEGER PRIMARY KEY";

    protected override string WithoutRowId => "WITHOUT ROWID";

    protected override StoreException? Translate(Exception error) => error switch
    {
        SqliteException { SqliteErrorCode: 8 } e => new StoreException(StoreError.ReadOnly,
            $"cannot write to {path}: the file or its directory is read-only. Nothing was changed; make it writable, or copy the store elsewhere.", e),
        SqliteException { SqliteErrorCode: 13 } e => new StoreException(StoreError.DiskFull,
            $"the disk holding {path} is full: the batch was rolled back and what was stored before is intact. Free space and ingest again.", e),
        SqliteException { SqliteErrorCode: 14 } e => new StoreException(StoreError.ReadOnly,
            $"cannot open {path}: check that the path is a file you may read and write, in a directory you may write (SQLite keeps -wal and -shm files beside it).", e),
        SqliteException { SqliteErrorCode: 26 or 11 } e => new StoreException(StoreError.BadConnectionString,
            $"{path} is not a Parley store (not an SQLite database, or damaged).", e),
        SqliteException { SqliteErrorCode: 5 or 6 } e => new StoreException(StoreError.Busy,
            $"{path} stayed locked by another writer for a minute; try again when its ingest has finished.", e),
        IOException e when e.HResult == 28 || e.Message.Contains("No space", StringComparison.Ordinal) => new StoreException(StoreError.DiskFull,
            $"the disk holding {path} is full; free space and try again.", e),
        UnauthorizedAccessException e => new StoreException(StoreError.ReadOnly, $"cannot write to {path}: permission denied.", e),
        _ => null,
    };

    public override ValueTask DisposeAsync()
    {
        // Release pooled handles so the file can be moved or deleted once the store is closed.
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Prepared INSERTs, bound by position and stepped through SQLite's own API: the ADO.NET command
/// path costs several times more per row, and bulk ingest is all rows. Rows are inserted
/// <see cref="BlockRows"/> at a time by one statement of that many VALUES rows: each step of a
/// statement opens a cursor on the table and on each of its indexes and seeks them from their
/// root, and within one statement the cursors stay open and rows that land at the end of a
/// B-tree need no seek. The rows of a block wait in <see cref="values"/> (the strings and blobs
/// by reference); the rows left at the end go through the one-row statement. It runs on the
/// connection's handle, inside the transaction the store opened on that connection.
/// </summary>
sealed class SqliteTableWriter : TableWriter
{
    /// <summary>Rows per statement: 32 rows of the widest table (24 columns) are 768 parameters, far under SQLite's limit of 32,766.</summary>
    const int BlockRows = 32;

    readonly sqlite3 db;
    readonly TableShape table;
    readonly int columns;
    readonly Value[] values;
    sqlite3_stmt? row, block;
    int count;

    enum Kind : byte { Null, Integer, Real, Text, Blob }

    readonly record struct Value(Kind Kind, long Integer, double Real, object? Reference);

    public SqliteTableWriter(sqlite3 db, TableShape table)
    {
        this.db = db;
        this.table = table;
        columns = table.Columns.Length;
        // A statement of many rows that may stop part way (a row whose key exists, which ON CONFLICT handles, or a
        // foreign key checked at the statement's end) needs a journal of the pages it changes, written to a
        // temporary file: those tables are written a row at a time.
        values = new Value[columns * (table.OnConflict is null && !table.ForeignKey ? BlockRows : 1)];
    }

    sqlite3_stmt Prepare(int rows)
    {
        var one = $"({string.Join(", ", table.Columns.Select(_ => "?"))})";
        // OR FAIL: a row breaking a constraint (NOT NULL, a unique key) ends the statement without undoing the rows
        // before it, so SQLite keeps no statement journal of the pages a block changes (a write to a temporary file
        // per page); the batch's transaction is rolled back on any failure all the same.
        var sql = $"INSERT OR FAIL INTO {table.Name} ({string.Join(", ", table.Columns)}) VALUES {string.Join(", ", Enumerable.Repeat(one, rows))}"
                  + (table.OnConflict is { } onConflict ? " ON CONFLICT " + onConflict : "");
        Check(raw.sqlite3_prepare_v2(db, sql, out var statement));
        return statement;
    }

    void Check(int code)
    {
        if (code is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), code, raw.sqlite3_extended_errcode(db));
    }

    public override ValueTask StartRowAsync() => ValueTask.CompletedTask;

    public override void Write(string? value) => values[count++] = value is null ? default : new Value(Kind.Text, 0, 0, value);

    public override void Write(long? value) => values[count++] = value is { } v ? new Value(Kind.Integer, v, 0, null) : default;

    public override void Write(double? value) => values[count++] = value is { } v ? new Value(Kind.Real, 0, v, null) : default;

    public override void Write(byte[]? value) => values[count++] = value is null ? default : new Value(Kind.Blob, 0, 0, value);

    /// <summary>Bound as the array's own bytes, as <see cref="Parley.Storage.Merging.MinHash.ToBytes"/> would copy them (machine order).</summary>
    public override void Write(uint[] signature) => values[count++] = new Value(Kind.Blob, 0, 0, signature);

    public override ValueTask EndRowAsync()
    {
        if (count == values.Length)
        {
            Step(values.Length == columns ? row ??= Prepare(1) : block ??= Prepare(BlockRows), 0, values.Length);
            count = 0;
        }
        return ValueTask.CompletedTask;
    }

    public override ValueTask CompleteAsync()
    {
        for (var first = 0; first < count; first += columns) Step(row ??= Prepare(1), first, columns);
        count = 0;
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The UTF-8 bytes of a statement's texts and the bytes of its blobs, side by side, in pinned memory that SQLite reads
    /// in place (SQLITE_STATIC) while the statement steps: SQLitePCL's binds copy every value into memory SQLite
    /// allocates and frees, and pin the statement's handle on every call. One per thread, for every writer that steps
    /// on it (a step runs from its first bind to clearing its bindings without yielding the thread): a batch opens eight
    /// writers, and one buffer each was 50 MiB of a 1 M-event load's allocations.
    /// </summary>
    [ThreadStatic] static byte[]? arena;

    /// <summary>Binds values[first..first+n] to the statement's parameters in order, and runs it once.</summary>
    void Step(sqlite3_stmt statement, int first, int n)
    {
        var size = 0;
        for (var i = first; i < first + n; i++)
            size += values[i].Reference switch
            {
                string text => Encoding.UTF8.GetMaxByteCount(text.Length),
                uint[] words => words.Length * sizeof(uint),
                byte[] bytes => bytes.Length,
                _ => 0,
            };
        var arena = SqliteTableWriter.arena ??= GC.AllocateUninitializedArray<byte>(64 * 1024, pinned: true);
        if (size > arena.Length) SqliteTableWriter.arena = arena = GC.AllocateUninitializedArray<byte>(Math.Max(size, 2 * arena.Length), pinned: true);
        var handle = statement.DangerousGetHandle();
        var offset = 0;
        int code;
        try
        {
            for (var i = 0; i < n; i++)
            {
                var v = values[first + i];
                var index = i + 1;
                int length;
                switch (v.Kind)
                {
                    // Every parameter is NULL after sqlite3_clear_bindings below.
                    case Kind.Null: continue;
                    case Kind.Integer: Check(SqliteBinds.sqlite3_bind_int64(handle, index, v.Integer)); continue;
                    case Kind.Real: Check(SqliteBinds.sqlite3_bind_double(handle, index, v.Real)); continue;
                    case Kind.Blob:
                        var bytes = v.Reference is uint[] words ? MemoryMarshal.AsBytes(words.AsSpan()) : (byte[])v.Reference!;
                        bytes.CopyTo(arena.AsSpan(offset));
                        Check(SqliteBinds.sqlite3_bind_blob(handle, index, Address(arena, offset), bytes.Length, SqliteBinds.Static));
                        length = bytes.Length;
                        break;
                    default:
                        // An empty text is bound as an empty text (the pointer is never null), as SQLitePCL bound it.
                        length = Encoding.UTF8.GetBytes((string)v.Reference!, arena.AsSpan(offset));
                        Check(SqliteBinds.sqlite3_bind_text(handle, index, Address(arena, offset), length, SqliteBinds.Static));
                        break;
                }
                offset += length;
            }
            code = raw.sqlite3_step(statement);
        }
        finally
        {
            raw.sqlite3_reset(statement);
            // No parameter keeps pointing into the arena, which the next statement overwrites or a larger one replaces.
            raw.sqlite3_clear_bindings(statement);
        }
        Check(code);
        // The strings and blobs of the rows written are not kept alive by the buffer.
        Array.Clear(values, first, n);
    }

    static IntPtr Address(byte[] pinned, int offset) => Marshal.UnsafeAddrOfPinnedArrayElement(pinned, offset);

    public override ValueTask DisposeAsync()
    {
        row?.Dispose();
        block?.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// A query stepped through SQLite's own API, its values read by position: the ADO.NET reader
/// checks each value's type before reading it, and decodes every text into a new string.
/// </summary>
sealed class SqliteRowReader : RowReader
{
    readonly sqlite3 db;
    readonly sqlite3_stmt statement;
    readonly string?[] strings;
    readonly byte[][] bytes;

    public SqliteRowReader(sqlite3 db, DbCommand command)
    {
        this.db = db;
        Check(raw.sqlite3_prepare_v2(db, command.CommandText, out statement));
        foreach (DbParameter p in command.Parameters)
        {
            var index = raw.sqlite3_bind_parameter_index(statement, p.ParameterName);
            Check(p.Value switch
            {
                long n => raw.sqlite3_bind_int64(statement, index, n),
                string text => raw.sqlite3_bind_text(statement, index, text),
                _ => throw new ArgumentException($"parameter {p.ParameterName} is neither a 64-bit integer nor text", nameof(command)),
            });
        }
        var columns = raw.sqlite3_column_count(statement);
        strings = new string?[columns];
        bytes = new byte[columns][];
    }

    void Check(int code)
    {
        if (code is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), code, raw.sqlite3_extended_errcode(db));
    }

    public override ValueTask<bool> ReadAsync(CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        var code = raw.sqlite3_step(statement);
        Check(code);
        return ValueTask.FromResult(code == raw.SQLITE_ROW);
    }

    public override long GetInt64(int column) => raw.sqlite3_column_int64(statement, column);

    public override double GetDouble(int column) => raw.sqlite3_column_double(statement, column);

    public override string GetString(int column, string previous)
    {
        // A text column's bytes as stored (UTF-8), compared with those of the last string decoded.
        var utf8 = raw.sqlite3_column_blob(statement, column);
        if (ReferenceEquals(previous, strings[column]) && utf8.SequenceEqual(bytes[column])) return previous;
        var text = Encoding.UTF8.GetString(utf8);
        if (text == previous) text = previous;
        (strings[column], bytes[column]) = (text, utf8.ToArray());
        return text;
    }

    public override ValueTask DisposeAsync()
    {
        statement.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// The bind calls of <see cref="SqliteTableWriter"/>, straight into the e_sqlite3 library that SQLitePCL loads, on the
/// statement's raw pointer (the writer owns the statement for as long as it binds). They neither block nor call back
/// into .NET, so they skip the runtime's transition to native code; values passed as SQLITE_STATIC are read in place.
/// </summary>
static class SqliteBinds
{
    const string Library = "e_sqlite3";

    /// <summary>SQLITE_STATIC: SQLite reads the value where it is until the statement is stepped and its bindings cleared.</summary>
    public static readonly IntPtr Static = IntPtr.Zero;

    [DllImport(Library, ExactSpelling = true), SuppressGCTransition]
    public static extern int sqlite3_bind_int64(IntPtr statement, int index, long value);

    [DllImport(Library, ExactSpelling = true), SuppressGCTransition]
    public static extern int sqlite3_bind_double(IntPtr statement, int index, double value);

    [DllImport(Library, ExactSpelling = true), SuppressGCTransition]
    public static extern int sqlite3_bind_text(IntPtr statement, int index, IntPtr utf8, int bytes, IntPtr destructor);

    [DllImport(Library, ExactSpelling = true), SuppressGCTransition]
    public static extern int sqlite3_bind_blob(IntPtr statement, int index, IntPtr bytes, int length, IntPtr destructor);
}

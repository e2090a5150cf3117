using System.Data.Common;

namespace Parley.Storage.Sql;

/// <summary>
/// The store over ADO.NET, shared by SQLite and PostgreSQL: the same SQL, with the few things that
/// differ (id lists, bulk writers, id allocation, error translation) left to each database. Every
/// operation opens its own pooled connection, so one store object serves concurrent callers (the
/// server's requests) safely.
/// </summary>
abstract partial class SqlEventStore : IEventStore
{
    public abstract string Description { get; }

    protected internal abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancel);

    /// <summary>SQL that is true when <paramref name="column"/> is in the list parameter <paramref name="parameter"/>.</summary>
    protected internal abstract string InList(string column, string parameter);

    /// <summary>A parameter holding a list of strings or longs, for <see cref="InList"/>.</summary>
    protected internal abstract DbParameter ListParameter(DbCommand command, string name, IReadOnlyCollection<string> values);
    protected internal abstract DbParameter ListParameter(DbCommand command, string name, IReadOnlyCollection<long> values);

    /// <summary>
    /// A table expression of rows (day, merge_key), one per pair, its values added to the command as
    /// parameters named from <paramref name="name"/>: what ingest joins merged events to by their key.
    /// </summary>
    protected internal abstract string DayKeyPairs(DbCommand command, string name, IReadOnlyCollection<(long Day, string Key)> pairs);

    /// <summary>Whether ingest reads merge candidates by exact (day, merge key) probes (<see cref="DayKeyPairs"/>) rather than by day ranges.</summary>
    protected virtual bool ProbesMergeKeys => true;

    /// <summary>The merged events (g: id, merge_key, day, country) whose (day, merge key) is one of <paramref name="pairs"/> (<see cref="DayKeyPairs"/>).</summary>
    protected virtual string MergedByDayKey(string pairs) => $"{pairs} p JOIN merged_events g ON g.day = p.day AND g.merge_key = p.merge_key";

    /// <summary>
    /// The join from merged events (g) to the link rows (l) of their representative events in <paramref name="links"/>:
    /// a few merged events' links, found through the links' index by event.
    /// </summary>
    protected virtual string RepresentativeLinks(string links) => $"JOIN {links} l ON l.event_rid = g.rep_event";

    /// <summary>
    /// Mentions (m) joined to their events (e: id, doc_rid) and the events' documents (d: id, source): what the recount
    /// reads for the few merged events a batch touches, through the events' and documents' keys.
    /// </summary>
    protected virtual string MentionsWithDocuments => "mentions m JOIN events e ON e.rid = m.event_rid JOIN documents d ON d.rid = e.doc_rid";

    /// <summary>At the start of each batch of a bulk load (numbered from 1), in its transaction.</summary>
    protected virtual Task BulkBatchAsync(DbConnection connection, DbTransaction transaction, int batch, CancellationToken cancel) => Task.CompletedTask;

    internal abstract ValueTask<TableWriter> OpenWriterAsync(DbConnection connection, DbTransaction transaction, TableShape table, CancellationToken cancel);

    /// <summary>Runs a query whose rows are read by position (<see cref="RowReader"/>); its parameters are 64-bit integers or text.</summary>
    internal virtual async ValueTask<RowReader> OpenReaderAsync(DbCommand command, CancellationToken cancel) =>
        new DataRowReader(await command.ExecuteReaderAsync(cancel));

    /// <summary>Reserves <paramref name="count"/> merged-event ids inside the ingest transaction; returns the first.</summary>
    protected abstract Task<long> AllocateMergedIdsAsync(DbConnection connection, DbTransaction transaction, int count, CancellationToken cancel);

    /// <summary>The user-fixable failure this database error stands for, or null for a bug.</summary>
    protected abstract StoreException? Translate(Exception error);

    protected abstract string BlobType { get; }

    /// <summary>A query of the names of the store's indexes and constraints (in its schema): those of <see cref="DeferredByBulkLoad"/> present.</summary>
    protected abstract string IndexNamesQuery { get; }

    /// <summary>What a bulk load into an empty store drops and puts back at its end: the query indexes, and what else the database lets it defer.</summary>
    protected virtual IReadOnlyList<Schema.Deferred> DeferredByBulkLoad => Schema.DeferredIndexes;

    /// <summary>A 64-bit integer primary key column's type: in SQLite, INTEGER PRIMARY KEY is the row id itself.</summary>
    protected virtual string IntegerKey => "BIGINT PRIMARY KEY";

    /// <summary>What makes a table with a primary key be stored in key order: SQLite's WITHOUT ROWID; PostgreSQL has no such option.</summary>
    protected virtual string WithoutRowId => "";

    /// <summary>What a store does once a run of batches (<see cref="IngestAllAsync"/>) has added many rows.</summary>
    protected virtual Task AfterBulkIngestAsync(CancellationToken cancel) => Task.CompletedTask;

    /// <summary>Events a run of batches adds before <see cref="AfterBulkIngestAsync"/> is worth its cost (tests lower it).</summary>
    internal int BulkEvents { get; set; } = 50_000;

    /// <summary>
    /// What begins every ingest transaction: the statement that takes the database's writer lock, and any settings for the
    /// transaction; null when the transaction itself holds the lock (SQLite's IMMEDIATE transaction).
    /// </summary>
    protected virtual string? WriterLock => null;

    /// <summary>Takes the writer lock (<see cref="WriterLock"/>), if the database needs a statement for it.</summary>
    protected async Task BeginIngestAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancel)
    {
        if (WriterLock is { } sql) await ExecuteAsync(connection, transaction, sql, cancel);
    }

    /// <summary>
    /// Puts the connection in a bulk load's settings (before a batch, outside its transaction) or back (after it); returns
    /// whether the store has such settings, and then the documents' key to provenance is not checked per row. SQLite checks
    /// that key per row and, for a statement of many rows, counts it at the statement's end, which needs a statement
    /// journal: with the check on, documents go in one row a statement. PostgreSQL drops that key for the load instead
    /// (<see cref="DeferredByBulkLoad"/>). SQLite also stops syncing the file during the load (see its store).
    /// </summary>
    protected virtual ValueTask<bool> BulkSettingsAsync(DbConnection connection, bool bulk, CancellationToken cancel) => ValueTask.FromResult(false);

    /// <summary>
    /// Puts the connection in the settings for building the indexes a bulk load deferred (<see cref="DeferredByBulkLoad"/>),
    /// before the build's transaction, or back after it. SQLite sorts each index in runs the size of its page cache.
    /// </summary>
    protected virtual ValueTask IndexBuildSettingsAsync(DbConnection connection, bool building, CancellationToken cancel) => ValueTask.CompletedTask;

    /// <summary>Creates the schema or brings it up to date; refuses a store from a newer Parley.</summary>
    protected async Task MigrateAsync(Action<string>? upgrading, CancellationToken cancel)
    {
        await using var connection = await OpenConnectionAsync(cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)", cancel);
        var version = await ScalarAsync(connection, transaction, "SELECT max(version) FROM schema_version", cancel) is long v ? (int)v : 0;
        if (version > Schema.Current)
            throw new StoreException(StoreError.SchemaTooNew,
                $"{Description} has schema version {version}, but this Parley knows only up to {Schema.Current}: " +
                "it was written by a newer Parley. Upgrade Parley to read it; the store was not changed.");
        // A new store (version 0) is created in a moment; an existing one is rewritten, table by table.
        if (version > 0 && version < Schema.Current)
            upgrading?.Invoke($"upgrading {Description} from schema version {version} to {Schema.Current}: on a large store this takes minutes, " +
                              "and if it is interrupted the store stays as it was");
        for (var next = version; next < Schema.Current; next++)
        {
            foreach (var statement in Schema.Migrations[next].Replace("{blob}", BlobType).Replace("{id_key}", IntegerKey).Replace("{without_rowid}", WithoutRowId).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                await ExecuteAsync(connection, transaction, statement, cancel);
            await ExecuteAsync(connection, transaction, $"INSERT INTO schema_version (version) VALUES ({next + 1})", cancel);
        }
        await transaction.CommitAsync(cancel);
    }

    /// <summary>Runs an operation, turning database failures a user can fix into <see cref="StoreException"/>.</summary>
    protected async Task<T> Guard<T>(Func<Task<T>> operation)
    {
        try { return await operation(); }
        catch (Exception e) when (e is not StoreException && e is not OperationCanceledException && Translate(e) is { } translated)
        {
            throw translated;
        }
    }

    protected static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancel)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancel);
    }

    protected static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancel)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(cancel);
        return value is DBNull ? null : value is int i ? (long)i : value;
    }

    internal static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    internal static void Add(DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
    }

    /// <summary>
    /// The store's row counts, read by one statement so that they come from one snapshot: counted one query at a time, an
    /// ingest committing between two queries gave more merged events than events.
    /// </summary>
    public async Task<StoreCounts> CountAsync(CancellationToken cancel = default) => await Guard(async () =>
    {
        await using var connection = await OpenConnectionAsync(cancel);
        await using var command = Command(connection, null,
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL), "
            + "(SELECT count(*) FROM events), (SELECT count(*) FROM merged_events), (SELECT count(*) FROM mentions), "
            + "(SELECT count(*) FROM entities)");
        await using var reader = await command.ExecuteReaderAsync(cancel);
        await reader.ReadAsync(cancel);
        return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
    });

    public async Task<long> VersionAsync(CancellationToken cancel = default) => await Guard(async () =>
    {
        await using var connection = await OpenConnectionAsync(cancel);
        return await ScalarAsync(connection, null, "SELECT version FROM store_version WHERE id = 1", cancel) is long n ? n : 0;
    });

    public abstract ValueTask DisposeAsync();
}

using System.Data.Common;
using System.Net.Sockets;
using Npgsql;
using NpgsqlTypes;
using Parley.Storage.Sql;

namespace Parley.Storage.Postgres;

/// <summary>
/// The shared store on a PostgreSQL server, for teams: the same schema as the embedded store,
/// bulk loads through binary COPY. Ingests from several processes take turns on a table lock
/// (merging needs to see the other batches' merged events); readers are never blocked.
/// </summary>
sealed class PostgresEventStore : SqlEventStore
{
    readonly NpgsqlDataSource source;
    readonly string description;

    PostgresEventStore(NpgsqlDataSource source, NpgsqlConnectionStringBuilder builder)
    {
        this.source = source;
        description = $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
    }

    public override string Description => description;

    public static async Task<IEventStore> OpenAsync(string connectionString, Action<string>? upgrading, CancellationToken cancel)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(ConnectionStrings.ToNpgsql(connectionString));
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException or UriFormatException)
        {
            throw new StoreException(StoreError.BadConnectionString,
                $"cannot read the PostgreSQL connection string ({e.Message}). Use postgres://user:password@host:port/database or Host=...;Database=...", e);
        }
        if (string.IsNullOrEmpty(builder.Host))
            throw new StoreException(StoreError.BadConnectionString, "the PostgreSQL connection string names no host: add Host=... or postgres://host/...");
        builder.Timeout = Math.Min(builder.Timeout, 10);
        var store = new PostgresEventStore(NpgsqlDataSource.Create(builder), builder);
        try
        {
            await store.Guard(async () => { await store.MigrateAsync(upgrading, cancel); return 0; });
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
        return store;
    }

    protected internal override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancel) => await source.OpenConnectionAsync(cancel);

    // One ingest at a time: merging reads merged events another batch may be creating. Readers are not blocked.
    // No JIT: an ingest's statements each touch a few hundred rows, but on tables whose statistics lag behind a bulk load
    // the planner's estimates passed JIT's cost thresholds, and compiling (with optimisation and inlining) took 100 to
    // 750 ms a statement: auto_explain showed 18 statements of a 1 M-event load compiled, most of them the refresh of
    // merged_entities in the recount, which took about 4 s of the load in most runs and 1.2 s in the others.
    protected override string WriterLock => "LOCK TABLE merged_events IN SHARE ROW EXCLUSIVE MODE; SET LOCAL jit = off";

    /// <summary>
    /// Fresh statistics for the planner: right after a bulk load, before autovacuum's analyze comes round,
    /// PostgreSQL planned one dyad's first page over a year at 1 M events in 145 ms instead of 13 to 21,
    /// and the same dyad by names in 288 ms instead of 17 to 18. The tables the queries join; documents
    /// and sentences (long texts, slow to sample) are only read by key.
    /// </summary>
    protected override async Task AfterBulkIngestAsync(CancellationToken cancel)
    {
        await using var connection = await OpenConnectionAsync(cancel);
        await ExecuteAsync(connection, null,
            "ANALYZE merged_events, merged_entities, mentions, events, event_actor, event_recipient, entities, stats_months", cancel);
    }

    protected internal override string InList(string column, string parameter) => $"{column} = ANY({parameter})";

    /// <summary>
    /// Statistics that keep up with a bulk load: the tables the recount and the merge read by key grow from nothing, and
    /// with the statistics of an empty or small table the planner chose, from run to run as autovacuum's analyze came
    /// round or not, plans that took the recount from 1.0 s to 20.6 s of a 1 M-event load. They are analyzed at the
    /// load's batches 1, 2, 4, 8 and 16: whenever the tables have about doubled, until they are large. After that the
    /// planner scales the row counts it was given by the tables' pages as they are; the analyses at batches 32 and 64 of
    /// a 1 M-event load (30,000 sampled rows of tables of 300,000 to 650,000 rows) made the start of the batches take
    /// 5.6 s in all instead of 3.0 to 4.0 s. The link tables and merged_entities are analyzed too, which the refresh of
    /// merged_entities reads and writes: never analyzed during a load, the planner took every row of merged_entities to
    /// match the few hundred merged events whose rows a batch deletes, and read the whole table (60 to 140 ms a batch at
    /// 500,000 rows). The load's last ANALYZE (<see cref="AfterBulkIngestAsync"/>) gathers the statistics the queries use.
    /// </summary>
    protected override async Task BulkBatchAsync(DbConnection connection, DbTransaction transaction, int batch, CancellationToken cancel)
    {
        if ((batch & (batch - 1)) != 0 || batch > 16) return;
        await ExecuteAsync(connection, transaction, "ANALYZE merged_events, mentions, events, merged_entities, event_actor, event_recipient", cancel);
    }

    protected internal override DbParameter ListParameter(DbCommand command, string name, IReadOnlyCollection<string> values) =>
        ((NpgsqlCommand)command).Parameters.Add(new NpgsqlParameter<string[]>(name, values.ToArray()));

    protected internal override DbParameter ListParameter(DbCommand command, string name, IReadOnlyCollection<long> values) =>
        ((NpgsqlCommand)command).Parameters.Add(new NpgsqlParameter<long[]>(name, values.ToArray()));

    // Measured at 1 M events: probing merged_key per (day, key) 53.2 s, reading the day ranges 6.8 s.
    protected override bool ProbesMergeKeys => false;

    protected internal override string DayKeyPairs(DbCommand command, string name, IReadOnlyCollection<(long Day, string Key)> pairs)
    {
        var npgsql = (NpgsqlCommand)command;
        npgsql.Parameters.Add(new NpgsqlParameter<long[]>(name + "_days", pairs.Select(p => p.Day).ToArray()));
        npgsql.Parameters.Add(new NpgsqlParameter<string[]>(name + "_keys", pairs.Select(p => p.Key).ToArray()));
        return $"(SELECT * FROM unnest({name}_days, {name}_keys) AS u(day, merge_key))";
    }

    /// <summary>
    /// Per merged event, its representative's links by the links' index: as a plain join PostgreSQL hashed the whole
    /// link table for the few dozen merged events a batch touches (12 s of a 1 M-event load, about 50 ms a batch,
    /// growing with the store). OFFSET 0 keeps the planner from turning the lateral subquery back into that join.
    /// </summary>
    protected override string MergedByDayKey(string pairs) =>
        // One probe of merged_key per pair, as for RepresentativeLinks: as a join, the few thousand pairs a bulk load
        // still looks up took 31 ms a batch, about what reading all merged events takes.
        $"{pairs} p CROSS JOIN LATERAL (SELECT id, merge_key, day, country FROM merged_events WHERE day = p.day AND merge_key = p.merge_key OFFSET 0) g";

    protected override string RepresentativeLinks(string links) =>
        $"CROSS JOIN LATERAL (SELECT entity_id FROM {links} WHERE event_rid = g.rep_event OFFSET 0) l";

    /// <summary>
    /// One probe of events and one of documents per mention, as for RepresentativeLinks: written as joins, the recount
    /// took 28.0 s of a 1 M-event load in one run (1.4 s before schema 9 added them); with the probes 1.4 to 2.0 s in
    /// three runs, but 26.6 s in a fourth: the plan of the grouped UPDATE varied from run to run with the tables'
    /// statistics, which a bulk load now keeps up (<see cref="BulkBatchAsync"/>).
    /// </summary>
    protected override string MentionsWithDocuments =>
        "mentions m CROSS JOIN LATERAL (SELECT id, doc_rid FROM events WHERE rid = m.event_rid OFFSET 0) e " +
        "CROSS JOIN LATERAL (SELECT id, source FROM documents WHERE rid = e.doc_rid OFFSET 0) d";

    internal override async ValueTask<TableWriter> OpenWriterAsync(DbConnection connection, DbTransaction transaction, TableShape table, CancellationToken cancel)
    {
        var npgsql = (NpgsqlConnection)connection;
        var target = table.Name;
        if (table.OnConflict is not null)
        {
            // COPY cannot skip or update rows that exist: copy into a scratch table, then insert from it.
            target = "incoming_" + table.Name;
            await ExecuteAsync(connection, transaction, $"CREATE TEMP TABLE IF NOT EXISTS {target} (LIKE {table.Name}) ON COMMIT DROP", cancel);
        }
        var columns = string.Join(", ", table.Columns);
        var importer = await npgsql.BeginBinaryImportAsync($"COPY {target} ({columns}) FROM STDIN (FORMAT BINARY)", cancel);
        return new PostgresTableWriter(importer, cancel, table.OnConflict is { } onConflict
            ? () => ExecuteAsync(connection, transaction,
                $"INSERT INTO {table.Name} ({columns}) SELECT {columns} FROM {target} ON CONFLICT {onConflict}; TRUNCATE {target}", cancel)
            : null);
    }

    protected override async Task<long> AllocateMergedIdsAsync(DbConnection connection, DbTransaction transaction, int count, CancellationToken cancel) =>
        // Safe without a sequence: the WriterLock admits one ingest at a time.
        await ScalarAsync(connection, transaction, "SELECT coalesce(max(id), 0) + 1 FROM merged_events", cancel) is long first ? first : 1;

    protected internal override string CaseInsensitiveLike => "ILIKE";

    protected override string BlobType => "BYTEA";

    protected override string IndexNamesQuery =>
        "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() " +
        "UNION ALL SELECT conname FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace";

    protected override IReadOnlyList<Schema.Deferred> DeferredByBulkLoad { get; } = [.. Schema.DeferredIndexes, Schema.ProvenanceKey];

    protected override StoreException? Translate(Exception error) => error switch
    {
        PostgresException { SqlState: "53100" } e => new StoreException(StoreError.DiskFull,
            $"the PostgreSQL server {description} is out of disk space: the batch was rolled back; free space on the server and ingest again.", e),
        PostgresException { SqlState: "25006" or "42501" } e => new StoreException(StoreError.ReadOnly,
            $"{description} does not allow this user to write ({e.MessageText}): connect as a user with write access.", e),
        PostgresException { SqlState: "28P01" or "28000" or "3D000" } e => new StoreException(StoreError.BadConnectionString,
            $"{description} refused the connection: {e.MessageText}. Check user, password and database in the connection string.", e),
        NpgsqlException { InnerException: SocketException or TimeoutException or IOException } e => new StoreException(StoreError.Unreachable,
            $"cannot reach the PostgreSQL server {description} ({e.InnerException!.Message}): is it running, and is the host and port right?", e),
        NpgsqlException { IsTransient: true } e => new StoreException(StoreError.Unreachable,
            $"the PostgreSQL server {description} did not answer ({e.Message}); try again.", e),
        SocketException e => new StoreException(StoreError.Unreachable, $"cannot reach the PostgreSQL server {description} ({e.Message}).", e),
        _ => null,
    };

    public override ValueTask DisposeAsync() => source.DisposeAsync();
}

/// <summary>Rows into one binary COPY; typed writes, no boxing.</summary>
sealed class PostgresTableWriter(NpgsqlBinaryImporter importer, CancellationToken cancel, Func<Task>? afterCopy) : TableWriter
{
    public override ValueTask StartRowAsync() => new(importer.StartRowAsync(cancel));

    public override void Write(string? value)
    {
        if (value is null) importer.WriteNull(); else importer.Write(value, NpgsqlDbType.Text);
    }

    public override void Write(long? value)
    {
        if (value is { } v) importer.Write(v, NpgsqlDbType.Bigint); else importer.WriteNull();
    }

    public override void Write(double? value)
    {
        if (value is { } v) importer.Write(v, NpgsqlDbType.Double); else importer.WriteNull();
    }

    public override void Write(byte[]? value)
    {
        if (value is null) importer.WriteNull(); else importer.Write(value, NpgsqlDbType.Bytea);
    }

    public override ValueTask EndRowAsync() => ValueTask.CompletedTask;

    public override async ValueTask CompleteAsync()
    {
        await importer.CompleteAsync(cancel);
        await importer.DisposeAsync();
        if (afterCopy is not null) await afterCopy();
    }

    public override ValueTask DisposeAsync() => importer.DisposeAsync();
}

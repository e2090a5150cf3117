using Npgsql;
using Parley.Storage;

namespace Parley.Storage.Tests;

/// <summary>The store suite on a real PostgreSQL server (PARLEY_TEST_POSTGRES); skipped, saying so, without one.</summary>
public sealed class PostgresStoreTests(PostgresTarget target) : StoreContract, IClassFixture<PostgresTarget>
{
    public static string? SkipReason => PostgresTarget.SkipReason;

    protected override IStoreTarget Target => target;

    protected override async Task SetSchemaVersionAsync(string location, int version)
    {
        await using var connection = new NpgsqlConnection(location);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"UPDATE schema_version SET version = {version}", connection);
        await command.ExecuteNonQueryAsync();
    }

    [StoreFact]
    public async Task A_bulk_ingest_leaves_the_planner_statistics_fresh()
    {
        var location = await Target.NewLocationAsync();
        await using var store = await EventStores.OpenAsync(location);
        ((Parley.Storage.Sql.SqlEventStore)store).BulkEvents = 10;

        var report = await store.IngestAllAsync(Samples.RealUnits().Take(200), Samples.First, batchSize: 100);

        Assert.True(report.EventsAdded >= 10);
        await using var connection = new NpgsqlConnection(location);
        await connection.OpenAsync();
        foreach (var table in new[] { "merged_events", "merged_entities", "event_actor" })
        {
            // Each test has its own schema, the first on its search path.
            await using var command = new NpgsqlCommand($"SELECT last_analyze FROM pg_stat_user_tables WHERE relname = '{table}' AND schemaname = current_schema()", connection);
            Assert.True(await command.ExecuteScalarAsync() is DateTime, $"{table} was not analysed after the ingest");
        }
    }

    [StoreFact]
    public async Task A_bulk_load_analyzes_the_tables_the_recount_reads_while_it_runs()
    {
        // The load's own ANALYZE at its end is left out (too few events), so what is analyzed was analyzed during the load:
        // without it the planner read the whole of merged_entities for every batch's refresh of it.
        var location = await Target.NewLocationAsync();
        await using var store = await EventStores.OpenAsync(location);
        ((Parley.Storage.Sql.SqlEventStore)store).BulkEvents = int.MaxValue;

        await store.IngestAllAsync(Samples.RealUnits().Take(200), Samples.First, batchSize: 100);

        await using var connection = new NpgsqlConnection(location);
        await connection.OpenAsync();
        foreach (var table in new[] { "merged_events", "mentions", "events", "merged_entities", "event_actor", "event_recipient" })
        {
            await using var command = new NpgsqlCommand($"SELECT last_analyze FROM pg_stat_user_tables WHERE relname = '{table}' AND schemaname = current_schema()", connection);
            Assert.True(await command.ExecuteScalarAsync() is DateTime, $"{table} was not analysed during the load");
        }
    }

    [StoreFact]
    public async Task After_a_bulk_load_into_an_empty_store_a_document_of_unknown_provenance_is_refused()
    {
        // The load drops the documents' key to provenance and puts it back, checked, at its end.
        var location = await Target.NewLocationAsync();
        await using (var store = await EventStores.OpenAsync(location))
            await store.IngestAllAsync(Enumerable.Range(0, 2).SelectMany(ChildIngest.Batch), Samples.First, ChildIngest.BatchSize);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteSqlAsync(location,
            "INSERT INTO documents (rid, id, content_hash, text, provenance) VALUES (-1, 'orphan', 'h', 'text', 'no such provenance')"));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, refused.SqlState);
    }

    protected override async Task ExecuteSqlAsync(string location, string sql)
    {
        await using var connection = new NpgsqlConnection(location);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

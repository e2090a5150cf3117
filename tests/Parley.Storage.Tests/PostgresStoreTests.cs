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

    protected override async Task ExecuteSqlAsync(string location, string sql)
    {
        await using var connection = new NpgsqlConnection(location);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

using Microsoft.Data.Sqlite;

namespace Parley.Storage.Tests;

/// <summary>The store suite on the embedded SQLite store.</summary>
public sealed class SqliteStoreTests(SqliteTarget target) : StoreContract, IClassFixture<SqliteTarget>
{
    protected override IStoreTarget Target => target;

    protected override async Task SetSchemaVersionAsync(string location, int version)
    {
        await using var connection = new SqliteConnection($"Data Source={location};Pooling=false");
        await connection.OpenAsync();
        await using var command = new SqliteCommand($"UPDATE schema_version SET version = {version}", connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task After_a_bulk_load_the_store_syncs_and_checks_keys_again()
    {
        var location = await Target.NewLocationAsync();
        await using var store = await EventStores.OpenAsync(location);
        var sql = (Parley.Storage.Sql.SqlEventStore)store;

        // Into an empty store: the load's batches run with synchronous=OFF and the key check off, on pooled connections.
        var report = await store.IngestAllAsync(Samples.RealUnits().Take(200), Samples.First, batchSize: 50);

        Assert.True(report.DocumentsAdded > 100, $"{report.DocumentsAdded} documents");
        // Several at once, so that the pooled connection the batches ran on is among them.
        var connections = new List<System.Data.Common.DbConnection>();
        try
        {
            for (var i = 0; i < 4; i++) connections.Add(await sql.OpenConnectionAsync(CancellationToken.None));
            foreach (var connection in connections)
            {
                Assert.Equal(1L, await PragmaAsync(connection, "synchronous"));
                Assert.Equal(1L, await PragmaAsync(connection, "foreign_keys"));
            }
        }
        finally
        {
            foreach (var connection in connections) await connection.DisposeAsync();
        }
    }

    static async Task<long> PragmaAsync(System.Data.Common.DbConnection connection, string pragma)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    protected override async Task ExecuteSqlAsync(string location, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={location};Pooling=false");
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

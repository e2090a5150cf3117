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

    [Fact]
    public async Task One_store_answers_queries_from_many_threads_while_it_bulk_loads()
    {
        // SQLite runs in multi-thread mode (SqliteEventStore): no connection may serve two threads at once. A server
        // that ingests through itself does this: one store object, a bulk load, and requests on other threads.
        var location = await Target.NewLocationAsync();
        await using var store = await EventStores.OpenAsync(location);
        var load = Task.Run(() => store.IngestAllAsync(Samples.RealUnits().Take(300), Samples.First, batchSize: 20));
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var answers = 0;
            while (!load.IsCompleted || answers == 0)
            {
                var page = await store.QueryAsync(new EventQuery { Limit = 25 });
                var counts = await store.CountAsync();
                Assert.InRange(page.Events.Count, 0, 25);
                Assert.InRange(counts.MergedEvents, 0, counts.Events);
                answers++;
            }
            return answers;
        })).ToList();

        var report = await load;
        var answered = await Task.WhenAll(readers);

        Assert.All(answered, n => Assert.True(n > 0));
        Assert.Equal(report.EventsAdded, (await store.CountAsync()).Events);
        Assert.Empty(await ((Parley.Storage.Sql.SqlEventStore)store).CheckAsync());
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

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

    protected override async Task ExecuteSqlAsync(string location, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={location};Pooling=false");
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

using Npgsql;

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

    protected override async Task ExecuteSqlAsync(string location, string sql)
    {
        await using var connection = new NpgsqlConnection(location);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

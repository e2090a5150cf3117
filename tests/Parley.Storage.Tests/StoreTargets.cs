using Npgsql;

namespace Parley.Storage.Tests;

/// <summary>Makes fresh, empty stores of one kind for the tests, and cleans them up.</summary>
public interface IStoreTarget
{
    /// <summary>A location no store is at yet: a file path or a connection string.</summary>
    Task<string> NewLocationAsync();
}

/// <summary>Embedded stores in temporary files.</summary>
public sealed class SqliteTarget : IStoreTarget, IDisposable
{
    readonly string directory = Directory.CreateTempSubdirectory("parley-store-").FullName;
    public Task<string> NewLocationAsync() => Task.FromResult(Path.Combine(directory, $"{Guid.NewGuid():N}.db"));
    public void Dispose() => Directory.Delete(directory, recursive: true);
}

/// <summary>
/// PostgreSQL stores, each in its own schema of the server PARLEY_TEST_POSTGRES names (CI starts
/// one with .ci/postgres.sh). Set but unreachable: the tests fail; unset: they are skipped.
/// </summary>
public sealed class PostgresTarget : IStoreTarget, IAsyncDisposable
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("PARLEY_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static string? SkipReason => ConnectionString is null
        ? "PARLEY_TEST_POSTGRES is not set: no PostgreSQL server to test against (`source .ci/postgres.sh` starts one)"
        : null;

    readonly List<string> schemas = [];

    public async Task<string> NewLocationAsync()
    {
        var schema = $"t_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }
        schemas.Add(schema);
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        if (schemas.Count == 0) return;
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        foreach (var schema in schemas)
        {
            await using var command = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}

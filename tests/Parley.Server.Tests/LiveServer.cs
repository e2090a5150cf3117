using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Npgsql;
using Parley.Storage;

namespace Parley.Server.Tests;

/// <summary>
/// A real server on a loopback port over a real store filled with <see cref="Corpus"/>: what the API
/// and dashboard tests talk to over HTTP. One per test class (an xunit class fixture).
/// </summary>
public abstract class LiveServer : IAsyncLifetime
{
    WebApplication? app;

    /// <summary>The store's location: a file path or a connection string.</summary>
    public string Location { get; private set; } = "";
    public IEventStore Store { get; private set; } = null!;
    public Uri Address { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;

    /// <summary>The access token the server requires, or null.</summary>
    protected virtual string? Token => null;

    protected abstract Task<string> NewLocationAsync();

    /// <summary>False when the store cannot be had here: nothing is started, and the tests say why they are skipped.</summary>
    protected virtual bool Available => true;
    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        if (!Available) return;
        Location = await NewLocationAsync();
        Store = await EventStores.OpenAsync(Location);
        await Corpus.FillAsync(Store);
        app = ParleyServer.Build(new ServerOptions
        {
            Host = "127.0.0.1", Port = 0, Token = Token, ConsoleLogging = false,
            StaticRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        }, Store, new TextCoder(() => Corpus.Pipeline));
        await app.StartAsync();
        Address = new Uri(app.Urls.Single());
        Http = new HttpClient { BaseAddress = Address };
        if (Token is not null) Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (app is not null) await app.DisposeAsync();
        if (Store is not null) await Store.DisposeAsync();
        await CleanUpAsync();
    }
}

/// <summary>The embedded store: a SQLite file in a temporary folder.</summary>
public class SqliteServer : LiveServer
{
    readonly string folder = Directory.CreateTempSubdirectory("parley-serve-").FullName;
    protected override Task<string> NewLocationAsync() => Task.FromResult(Path.Combine(folder, "parley.db"));
    protected override Task CleanUpAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>A SQLite-backed server that requires an access token.</summary>
public sealed class TokenServer : SqliteServer
{
    public const string Secret = "correct-horse-battery-staple-42";
    protected override string? Token => Secret;
}

/// <summary>
/// PostgreSQL: a schema of its own in the server PARLEY_TEST_POSTGRES names (`source .ci/postgres.sh`
/// starts one). Unset: the tests that use it are skipped, with the reason.
/// </summary>
public sealed class PostgresServer : LiveServer
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("PARLEY_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static string? SkipReason => ConnectionString is null
        ? "PARLEY_TEST_POSTGRES is not set: no PostgreSQL server to test against (`source .ci/postgres.sh` starts one)"
        : null;

    readonly string schema = $"serve_{Guid.NewGuid():N}";
    protected override bool Available => ConnectionString is not null;

    protected override async Task<string> NewLocationAsync()
    {
        if (ConnectionString is null) throw new InvalidOperationException(SkipReason);
        await Execute($"CREATE SCHEMA {schema}");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ToString();
    }

    protected override Task CleanUpAsync() => ConnectionString is null ? Task.CompletedTask : Execute($"DROP SCHEMA {schema} CASCADE");

    static async Task Execute(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

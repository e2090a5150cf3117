using Npgsql;

namespace Parley.Watch.Tests;

/// <summary>A fact that needs the PostgreSQL server PARLEY_TEST_POSTGRES names; skipped, saying why, without one.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("PARLEY_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public PostgresFactAttribute()
    {
        if (ConnectionString is null) Skip = "PARLEY_TEST_POSTGRES is not set: no PostgreSQL server to test against (`source .ci/postgres.sh` starts one)";
    }
}

/// <summary>The watcher's store on PostgreSQL: each test in a schema of its own, dropped afterwards.</summary>
public class PostgresWatchTests : WatchTest
{
    readonly string schema = $"w_{Guid.NewGuid():N}";
    string? location;

    protected override string Store => location ?? throw new InvalidOperationException("no PostgreSQL server");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (PostgresFactAttribute.ConnectionString is not { } server) return;
        await Execute(server, $"CREATE SCHEMA {schema}");
        location = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ToString();
    }

    public override async Task DisposeAsync()
    {
        if (location is not null) await Execute(PostgresFactAttribute.ConnectionString!, $"DROP SCHEMA {schema} CASCADE");
        await base.DisposeAsync();
    }

    static async Task Execute(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [PostgresFact]
    public async Task Pages_are_stored_in_PostgreSQL_and_a_restart_fetches_none_again()
    {
        var feed = Site.Url("/world.rss");
        Site.Serve("/world.rss", Guardian.Rss(Guardian.Articles.Select(a => Guardian.ItemOf(a, Site, fullText: false))), Guardian.RssType, etag: "\"v1\"");
        Guardian.ServePages(Site);
        Site.Status("/world/gone", 500);

        var first = WatchOnce(feed);
        Site.Serve("/world.rss", Guardian.Rss([.. Guardian.Articles.Select(a => Guardian.ItemOf(a, Site, fullText: false)), Guardian.ItemOf(Guardian.Articles[0], Site, false) with { Link = Site.Url("/world/gone") }]),
            Guardian.RssType, etag: "\"v2\"");
        var second = WatchOnce(feed);
        var third = WatchOnce(feed);

        Assert.True(first.Exit == 0, first.Errors);
        Assert.Contains($"{feed}: 4 new item(s): 4 stored (", first.Errors);
        Assert.Contains($"{feed}: 1 new item(s): 0 stored (0 events), 1 failed", second.Errors);
        Assert.Contains($"{feed}: not modified", third.Errors);
        Assert.All(Guardian.Articles, a => Assert.Equal(1, Site.Hits(Guardian.PagePath(a))));
        Assert.Equal(1, Site.Hits("/world/gone"));
        Assert.Equal(4, (await CountsAsync()).Documents);
        foreach (var article in Guardian.Articles)
            Assert.Equal(Guardian.Flatten(article.Text), Guardian.Flatten((await DocumentAsync(Guardian.PageDocumentId(article, Site)))?.Article.Text));
        var feedState = await FeedAsync(feed);
        Assert.Equal(("\"v2\"", 5L), (feedState.ETag, feedState.Items));
        Assert.Equal("HTTP 500 Internal Server Error", (await SeenAsync(Site.Url("/world/gone")))?.Message);
    }
}

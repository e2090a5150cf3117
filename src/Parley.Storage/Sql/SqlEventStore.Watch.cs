using System.Data.Common;

namespace Parley.Storage.Sql;

/// <summary>The watcher's state (<see cref="IWatchState"/>) in the tables of schema version 2.</summary>
abstract partial class SqlEventStore : IWatchState
{
    public Task<IReadOnlyList<WatchedFeed>> WatchedFeedsAsync(CancellationToken cancel = default) => Guard(async () =>
    {
        await using var connection = await OpenConnectionAsync(cancel);
        await using var command = Command(connection, null,
            "SELECT url, etag, last_modified, next_poll, last_polled, failures, last_error, items FROM watch_feeds ORDER BY url");
        await using var reader = await command.ExecuteReaderAsync(cancel);
        var feeds = new List<WatchedFeed>();
        while (await reader.ReadAsync(cancel))
            feeds.Add(new WatchedFeed(reader.GetString(0))
            {
                ETag = EventRows.Str(reader, 1),
                LastModified = EventRows.Str(reader, 2),
                NextPoll = Time(reader.GetInt64(3)),
                LastPolled = reader.IsDBNull(4) ? null : Time(reader.GetInt64(4)),
                Failures = (int)reader.GetInt64(5),
                LastError = EventRows.Str(reader, 6),
                Items = reader.GetInt64(7),
            });
        return (IReadOnlyList<WatchedFeed>)feeds;
    });

    public Task SaveFeedAsync(WatchedFeed feed, CancellationToken cancel = default) => Guard(async () =>
    {
        await using var connection = await OpenConnectionAsync(cancel);
        await using var command = Command(connection, null,
            "INSERT INTO watch_feeds (url, etag, last_modified, next_poll, last_polled, failures, last_error, items) " +
            "VALUES (@url, @etag, @lm, @next, @polled, @failures, @error, @items) ON CONFLICT (url) DO UPDATE SET " +
            "etag = excluded.etag, last_modified = excluded.last_modified, next_poll = excluded.next_poll, last_polled = excluded.last_polled, " +
            "failures = excluded.failures, last_error = excluded.last_error, items = excluded.items");
        Add(command, "@url", feed.Url);
        Add(command, "@etag", feed.ETag);
        Add(command, "@lm", feed.LastModified);
        Add(command, "@next", feed.NextPoll.ToUnixTimeMilliseconds());
        Add(command, "@polled", feed.LastPolled?.ToUnixTimeMilliseconds());
        Add(command, "@failures", (long)feed.Failures);
        Add(command, "@error", feed.LastError);
        Add(command, "@items", feed.Items);
        await command.ExecuteNonQueryAsync(cancel);
        return 0;
    });

    public Task<IReadOnlySet<string>> SeenAsync(IReadOnlyCollection<string> urls, CancellationToken cancel = default) => Guard(async () =>
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (urls.Count == 0) return (IReadOnlySet<string>)seen;
        await using var connection = await OpenConnectionAsync(cancel);
        foreach (var chunk in urls.Distinct().Chunk(500))
        {
            await using var command = Command(connection, null,
                $"SELECT url FROM watch_urls WHERE {InList("url", "@urls")} UNION SELECT url FROM documents WHERE {InList("url", "@urls")}");
            ListParameter(command, "@urls", chunk);
            await using var reader = await command.ExecuteReaderAsync(cancel);
            while (await reader.ReadAsync(cancel)) seen.Add(reader.GetString(0));
        }
        return (IReadOnlySet<string>)seen;
    });

    public Task RememberAsync(IReadOnlyList<SeenUrl> urls, CancellationToken cancel = default) => Guard(async () =>
    {
        if (urls.Count == 0) return 0;
        await using var connection = await OpenConnectionAsync(cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        foreach (var url in urls)
        {
            await using var command = Command(connection, transaction,
                "INSERT INTO watch_urls (url, feed, seen_at, outcome, doc_id, message) VALUES (@url, @feed, @at, @outcome, @doc, @message) " +
                "ON CONFLICT (url) DO UPDATE SET feed = excluded.feed, seen_at = excluded.seen_at, outcome = excluded.outcome, " +
                "doc_id = excluded.doc_id, message = excluded.message");
            Add(command, "@url", url.Url);
            Add(command, "@feed", url.Feed);
            Add(command, "@at", url.At.ToUnixTimeMilliseconds());
            Add(command, "@outcome", Name(url.Outcome));
            Add(command, "@doc", url.DocumentId);
            Add(command, "@message", url.Message);
            await command.ExecuteNonQueryAsync(cancel);
        }
        await transaction.CommitAsync(cancel);
        return 0;
    });

    public Task<SeenUrl?> GetSeenAsync(string url, CancellationToken cancel = default) => Guard(async () =>
    {
        await using var connection = await OpenConnectionAsync(cancel);
        await using var command = Command(connection, null, "SELECT url, feed, seen_at, outcome, doc_id, message FROM watch_urls WHERE url = @url");
        Add(command, "@url", url);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        if (!await reader.ReadAsync(cancel)) return null;
        return (SeenUrl?)new SeenUrl(reader.GetString(0), reader.GetString(1), Time(reader.GetInt64(2)), Outcome(reader.GetString(3)),
            EventRows.Str(reader, 4), EventRows.Str(reader, 5));
    });

    static DateTimeOffset Time(long unixMilliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds);

    // Stored by name, not number, so that rows read the same to a person and do not depend on enum order.
    static string Name(UrlOutcome outcome) => outcome switch
    {
        UrlOutcome.Stored => "stored",
        UrlOutcome.OtherLanguage => "other-language",
        UrlOutcome.Disallowed => "disallowed",
        _ => "failed",
    };

    static UrlOutcome Outcome(string name) => name switch
    {
        "stored" => UrlOutcome.Stored,
        "other-language" => UrlOutcome.OtherLanguage,
        "disallowed" => UrlOutcome.Disallowed,
        _ => UrlOutcome.Failed,
    };
}

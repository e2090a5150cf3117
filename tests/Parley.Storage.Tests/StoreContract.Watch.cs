using Microsoft.Data.Sqlite;
using Npgsql;

namespace Parley.Storage.Tests;

/// <summary>The watcher's state (IWatchState), kept by every store across reopening.</summary>
public abstract partial class StoreContract
{
    static readonly DateTimeOffset Noon = new(2023, 5, 12, 12, 0, 0, TimeSpan.Zero);

    [StoreFact]
    public async Task A_watched_feed_is_read_back_after_the_store_is_reopened()
    {
        var location = await Target.NewLocationAsync();
        var feed = new WatchedFeed("https://example.org/world.rss")
        {
            ETag = "\"abc\"", LastModified = "Fri, 12 May 2023 11:00:00 GMT", NextPoll = Noon.AddMinutes(15), LastPolled = Noon,
            Failures = 2, LastError = "HTTP 500 Internal Server Error", Items = 7,
        };
        await using (var store = await EventStores.OpenAsync(location))
        {
            var state = (IWatchState)store;
            await state.SaveFeedAsync(feed with { Items = 3 });
            await state.SaveFeedAsync(feed);
            await state.SaveFeedAsync(new WatchedFeed("https://example.org/a.atom") { NextPoll = Noon });
        }

        await using var reopened = await EventStores.OpenAsync(location);
        var feeds = await ((IWatchState)reopened).WatchedFeedsAsync();

        Assert.Equal(["https://example.org/a.atom", "https://example.org/world.rss"], feeds.Select(f => f.Url));
        Assert.Equal(feed, feeds[1]);
        Assert.Equal(new WatchedFeed("https://example.org/a.atom") { NextPoll = Noon }, feeds[0]);
    }

    [StoreFact]
    public async Task Urls_already_seen_are_those_remembered_and_those_of_stored_documents()
    {
        await using var store = await NewStoreAsync();
        var state = (IWatchState)store;
        await store.IngestAsync(Samples.ThreeOutlets(), Samples.First);
        await state.RememberAsync(
        [
            new SeenUrl("https://example.org/page-1", "https://example.org/world.rss", Noon, UrlOutcome.Stored, DocumentId: "reuters-1"),
            new SeenUrl("https://example.org/broken", "https://example.org/world.rss", Noon, UrlOutcome.Failed, Message: "HTTP 500"),
        ]);

        var seen = await state.SeenAsync(["https://example.org/page-1", "https://example.org/broken", "https://example.org/ap/ap-1", "https://example.org/new"]);

        // ap-1 was never watched, but the store holds a document with that URL.
        Assert.Equal(["https://example.org/ap/ap-1", "https://example.org/broken", "https://example.org/page-1"], seen.Order(StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task A_failure_is_remembered_with_its_message_and_a_later_record_replaces_it()
    {
        await using var store = await NewStoreAsync();
        var state = (IWatchState)store;
        var failed = new SeenUrl("https://example.org/page", "https://example.org/world.rss", Noon, UrlOutcome.Failed, Message: "no answer within 30 s");
        await state.RememberAsync([failed]);
        Assert.Equal(failed, await state.GetSeenAsync(failed.Url));

        var stored = failed with { At = Noon.AddHours(1), Outcome = UrlOutcome.Stored, DocumentId = "doc-1", Message = null };
        await state.RememberAsync([stored]);

        Assert.Equal(stored, await state.GetSeenAsync(failed.Url));
        Assert.Null(await state.GetSeenAsync("https://example.org/never"));
    }

    [StoreFact]
    public async Task A_store_of_schema_version_1_gains_the_watch_tables_and_keeps_its_documents()
    {
        var location = await Target.NewLocationAsync();
        await using (var store = await EventStores.OpenAsync(location))
            await store.IngestAsync(Samples.ThreeOutlets(), Samples.First);
        await RevertToVersion1Async(location);

        await using var reopened = await EventStores.OpenAsync(location);
        await ((IWatchState)reopened).SaveFeedAsync(new WatchedFeed("https://example.org/world.rss") { NextPoll = Noon });

        Assert.Equal(3, (await reopened.CountAsync()).Documents);
        Assert.Single(await ((IWatchState)reopened).WatchedFeedsAsync());
    }
}

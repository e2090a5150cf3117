using Microsoft.AspNetCore.Http;
using Parley.Io;
using Parley.Storage;

namespace Parley.Watch.Tests;

/// <summary>Feeds polled, their items stored, and nothing fetched twice across restarts.</summary>
public class FeedPollingTests : WatchTest
{
    IEnumerable<Item> Items(bool fullText, int count = 4) => Guardian.Articles.Take(count).Select(a => Guardian.ItemOf(a, Site, fullText));

    [Fact]
    public async Task A_feed_with_full_text_is_stored_and_a_restart_asks_with_its_etag_and_gets_304()
    {
        var feed = Site.Url("/world.rss");
        Site.Serve("/world.rss", Guardian.Rss(Items(fullText: true)), Guardian.RssType, etag: "\"v1\"");

        var first = WatchOnce(feed);

        Assert.True(first.Exit == 0, first.Errors);
        Assert.Contains($"{feed}: 4 new item(s): 4 stored (", first.Errors);
        foreach (var article in Guardian.Articles)
        {
            var stored = await DocumentAsync(Site.Url(Guardian.PagePath(article)));
            Assert.NotNull(stored);
            Assert.Equal(article.Text, stored.Article.Text);
            Assert.Equal(article.Date, stored.Article.Date);
            Assert.True(stored.EventCount > 0, $"no events stored for {article.Id}");
        }
        var counts = await CountsAsync();
        Assert.Equal("\"v1\"", (await FeedAsync(feed)).ETag);

        var second = WatchOnce(feed);

        Assert.True(second.Exit == 0, second.Errors);
        Assert.Contains($"{feed}: not modified", second.Errors);
        var again = Site.Requests.Last(r => r.Path == "/world.rss");
        Assert.Equal(("\"v1\"", 304), (again.IfNoneMatch, again.Status));
        Assert.Equal(counts, await CountsAsync());
        // The feed carried the full text: no page was fetched, in either run.
        Assert.All(Guardian.Articles, a => Assert.Equal(0, Site.Hits(Guardian.PagePath(a))));
    }

    [Fact]
    public void Every_request_names_Parley_and_its_version()
    {
        Site.Serve("/world.rss", Guardian.Rss(Items(fullText: false)), Guardian.RssType);
        Guardian.ServePages(Site);

        var result = WatchOnce(Site.Url("/world.rss"));

        Assert.True(result.Exit == 0, result.Errors);
        Assert.Equal(6, Site.Requests.Count); // robots.txt, the feed, four pages
        Assert.All(Site.Requests, r => Assert.StartsWith($"Parley/{DataFingerprint.ParleyVersion} (", r.UserAgent));
    }

    [Fact]
    public async Task Items_with_only_a_summary_have_their_pages_fetched_once_and_stored_whole()
    {
        var feed = Site.Url("/world.rss");
        Site.Serve("/world.rss", Guardian.Rss(Items(fullText: false)), Guardian.RssType);
        Guardian.ServePages(Site);

        var first = WatchOnce(feed);

        Assert.True(first.Exit == 0, first.Errors);
        Assert.Contains($"{feed}: 4 new item(s): 4 stored (", first.Errors);
        foreach (var article in Guardian.Articles)
        {
            // The page's canonical URL, where it names one, becomes the document's id.
            var stored = await DocumentAsync(Guardian.PageDocumentId(article, Site));
            Assert.NotNull(stored);
            Assert.Equal(Guardian.Flatten(article.Text), Guardian.Flatten(stored.Article.Text));
            Assert.Equal(article.Title, stored.Article.Title);
            Assert.Equal(new SeenUrl(Site.Url(Guardian.PagePath(article)), feed, WatchCli.Now, UrlOutcome.Stored, Guardian.PageDocumentId(article, Site)),
                await SeenAsync(Site.Url(Guardian.PagePath(article))));
        }

        var second = WatchOnce(feed);

        Assert.True(second.Exit == 0, second.Errors);
        Assert.Contains($"{feed}: no new items", second.Errors);
        Assert.Equal(2, Site.Hits("/world.rss"));
        Assert.All(Guardian.Articles, a => Assert.Equal(1, Site.Hits(Guardian.PagePath(a))));
        Assert.Equal(4, (await CountsAsync()).Documents);
    }

    [Fact]
    public async Task A_feed_that_changes_between_polls_adds_only_its_new_items()
    {
        var feed = Site.Url("/world.rss");
        Guardian.ServePages(Site);
        Site.Serve("/world.rss", Guardian.Rss(Items(fullText: false, count: 2)), Guardian.RssType, etag: "\"v1\"");
        var first = WatchOnce(feed);
        Assert.Contains($"{feed}: 2 new item(s): 2 stored (", first.Errors);
        Assert.Equal(2, (await CountsAsync()).Documents);

        Site.Serve("/world.rss", Guardian.Rss(Items(fullText: false, count: 4)), Guardian.RssType, etag: "\"v2\"");
        var second = WatchOnce(feed);

        Assert.True(second.Exit == 0, second.Errors);
        Assert.Contains($"{feed}: 2 new item(s): 2 stored (", second.Errors);
        var poll = Site.Requests.Last(r => r.Path == "/world.rss");
        Assert.Equal(("\"v1\"", 200), (poll.IfNoneMatch, poll.Status));
        Assert.Equal(4, (await CountsAsync()).Documents);
        Assert.All(Guardian.Articles, a => Assert.Equal(1, Site.Hits(Guardian.PagePath(a))));
        Assert.Equal(new WatchedFeed(feed) { ETag = "\"v2\"", LastPolled = WatchCli.Now, NextPoll = WatchCli.Now.AddMinutes(15), Items = 4 }, await FeedAsync(feed));
    }

    [Fact]
    public async Task A_page_already_stored_from_another_feed_is_not_fetched_again()
    {
        Guardian.ServePages(Site);
        Site.Serve("/world.rss", Guardian.Rss(Items(fullText: false, count: 2)), Guardian.RssType);
        Site.Serve("/europe.rss", Guardian.Rss(Items(fullText: false, count: 3)), Guardian.RssType);
        WatchOnce(Site.Url("/world.rss"));

        var result = WatchOnce(Site.Url("/europe.rss"));

        Assert.Contains($"{Site.Url("/europe.rss")}: 1 new item(s): 1 stored (", result.Errors);
        Assert.All(Guardian.Articles.Take(3), a => Assert.Equal(1, Site.Hits(Guardian.PagePath(a))));
        Assert.Equal(3, (await CountsAsync()).Documents);
    }

    [Fact]
    public async Task A_page_served_as_octet_stream_is_read_as_HTML_when_it_is_markup()
    {
        // Static servers label a file without an extension application/octet-stream.
        var article = Guardian.Articles[0];
        Site.Serve(Guardian.PagePath(article), Guardian.Page(article), "application/octet-stream");
        Site.Serve("/world.rss", Guardian.Rss([Guardian.ItemOf(article, Site, fullText: false)]), Guardian.RssType);

        var result = WatchOnce(Site.Url("/world.rss"));

        Assert.True(result.Exit == 0, result.Errors);
        Assert.Contains("1 new item(s): 1 stored (", result.Errors);
        Assert.Equal(Guardian.Flatten(article.Text), Guardian.Flatten((await DocumentAsync(Guardian.PageDocumentId(article, Site)))?.Article.Text));
    }

    [Fact]
    public async Task A_feed_with_only_last_modified_is_asked_if_modified_since_and_gets_304()
    {
        var feed = Site.Url("/world.rss");
        const string modified = "Fri, 12 May 2023 09:30:00 GMT";
        var body = Guardian.Rss(Items(fullText: true, count: 2));
        var asked = new List<string?>();
        Site.Handle("/world.rss", async context =>
        {
            var since = context.Request.Headers.IfModifiedSince.ToString();
            lock (asked) asked.Add(since.Length == 0 ? null : since);
            context.Response.Headers.LastModified = modified;
            if (since == modified)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            context.Response.ContentType = Guardian.RssType;
            await context.Response.WriteAsync(body);
        });

        var first = WatchOnce(feed);
        var second = WatchOnce(feed);

        Assert.True(first.Exit == 0, first.Errors);
        Assert.Contains($"{feed}: 2 new item(s): 2 stored (", first.Errors);
        Assert.Equal(modified, (await FeedAsync(feed)).LastModified);
        Assert.True(second.Exit == 0, second.Errors);
        Assert.Contains($"{feed}: not modified", second.Errors);
        Assert.Equal([null, modified], asked);
        Assert.Equal(2, (await CountsAsync()).Documents);
    }
}

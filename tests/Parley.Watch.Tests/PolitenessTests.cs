using Parley.Storage;

namespace Parley.Watch.Tests;

/// <summary>robots.txt and the per-host limits, as a site sees them.</summary>
public class PolitenessTests : WatchTest
{
    [Fact]
    public async Task Robots_txt_disallowing_a_path_keeps_its_pages_unfetched()
    {
        var feed = Site.Url("/world.rss");
        var hidden = Guardian.Articles[0];
        var hiddenUrl = Site.Url("/private/" + Guardian.Slug(hidden));
        Site.Serve("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain");
        Site.Serve("/private/" + Guardian.Slug(hidden), Guardian.Page(hidden), "text/html; charset=utf-8");
        Guardian.ServePages(Site);
        var items = Guardian.Articles.Select(a => Guardian.ItemOf(a, Site, fullText: false) is var item && a == hidden ? item with { Link = hiddenUrl } : item);
        Site.Serve("/world.rss", Guardian.Rss(items), Guardian.RssType);

        var result = WatchOnce(feed);

        Assert.True(result.Exit == 0, result.Errors);
        Assert.Equal(0, Site.Hits("/private/" + Guardian.Slug(hidden)));
        Assert.Contains($"warning: {hiddenUrl}: disallowed by {Site.Base}/robots.txt: not fetched", result.Errors);
        Assert.Contains($"{feed}: 4 new item(s): 3 stored (", result.Errors);
        Assert.Contains("1 disallowed by robots.txt", result.Errors);
        Assert.Equal(3, (await CountsAsync()).Documents);
        Assert.Null(await DocumentAsync(hidden.Url!));
        Assert.Equal(UrlOutcome.Disallowed, (await SeenAsync(hiddenUrl))?.Outcome);
        Assert.Equal(1, Site.Hits("/robots.txt"));
    }

    [Fact]
    public void A_robots_txt_that_disallows_the_feed_stops_its_polls()
    {
        var feed = Site.Url("/world.rss");
        Site.Serve("/robots.txt", "User-agent: Parley\nDisallow: /\n\nUser-agent: *\nAllow: /\n", "text/plain");
        Site.Serve("/world.rss", Guardian.Rss(Guardian.Articles.Select(a => Guardian.ItemOf(a, Site, fullText: true))), Guardian.RssType);

        var result = WatchOnce(feed);

        Assert.Equal(1, result.Exit);
        Assert.Equal(0, Site.Hits("/world.rss"));
        Assert.Contains($"error: {feed}: disallowed by {Site.Base}/robots.txt: not fetched (failed 1 time in a row", result.Errors);
    }

    [Fact]
    public void Requests_to_one_host_are_never_more_than_the_per_host_limit_at_once()
    {
        int inFlight = 0, most = 0;
        foreach (var article in Guardian.Articles)
            Site.Handle(Guardian.PagePath(article), async context =>
            {
                var now = Interlocked.Increment(ref inFlight);
                lock (Site) most = Math.Max(most, now);
                // Each answer waits for a second request to arrive (or for a while), so that requests overlap if the watcher lets them.
                for (var i = 0; i < 500 && Volatile.Read(ref inFlight) < 2; i++) await Task.Delay(10);
                Interlocked.Decrement(ref inFlight);
                await context.Response.Body.WriteAsync(Guardian.Page(article));
            });
        Site.Serve("/world.rss", Guardian.Rss(Guardian.Articles.Select(a => Guardian.ItemOf(a, Site, fullText: false))), Guardian.RssType);

        var result = WatchOnce(Site.Url("/world.rss"), "--per-host", "2");

        Assert.True(result.Exit == 0, result.Errors);
        Assert.Contains("4 new item(s): 4 stored (", result.Errors);
        Assert.Equal(2, most);
    }
}

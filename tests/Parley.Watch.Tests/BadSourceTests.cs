using Parley.Storage;

namespace Parley.Watch.Tests;

/// <summary>Each bad feed or page gets a message naming it, and the rest goes on.</summary>
public class BadSourceTests : WatchTest
{
    [Fact]
    public async Task Feeds_that_fail_each_get_a_message_and_back_off_while_a_good_feed_is_stored()
    {
        string Feed(string path) => Site.Url(path);
        Site.Status("/broken.rss", 500);
        Site.Hang("/hangs.rss");
        Site.Redirect("/loop-a.rss", "/loop-b.rss");
        Site.Redirect("/loop-b.rss", Feed("/loop-a.rss"));
        var good = Guardian.Rss(Guardian.Articles.Take(2).Select(a => Guardian.ItemOf(a, Site, fullText: true)));
        Site.Serve("/truncated.rss", good[..600], Guardian.RssType);
        Site.Serve("/world.rss", good, Guardian.RssType);
        string[] feeds = [Feed("/broken.rss"), Feed("/hangs.rss"), Feed("/loop-a.rss"), Feed("/truncated.rss"), Feed("/world.rss")];

        var result = WatchOnce([.. feeds, "--timeout", "2s"]);

        Assert.Equal(1, result.Exit);
        Assert.Contains($"error: {Feed("/broken.rss")}: HTTP 500 Internal Server Error (failed 1 time in a row; next try in 30 min)", result.Errors);
        Assert.Contains($"error: {Feed("/hangs.rss")}: no whole answer within 2 s (timeout)", result.Errors);
        Assert.Contains($"error: {Feed("/loop-a.rss")}: redirects in a loop: {Feed("/loop-a.rss")} -> {Feed("/loop-b.rss")} -> {Feed("/loop-a.rss")}", result.Errors);
        Assert.Contains($"error: {Feed("/truncated.rss")}: not a valid feed (XML error at line", result.Errors);
        Assert.Contains($"{Feed("/world.rss")}: 2 new item(s): 2 stored (", result.Errors);
        Assert.Contains("done: 5 feed(s) (4 failing), 2 new item(s), 2 stored (", result.Errors);
        Assert.Equal(2, (await CountsAsync()).Documents);
        var broken = await FeedAsync(Feed("/broken.rss"));
        Assert.Equal((1, "HTTP 500 Internal Server Error", WatchCli.Now.AddMinutes(30)), (broken.Failures, broken.LastError, broken.NextPoll));
        Assert.Equal((0, WatchCli.Now.AddMinutes(15)), ((await FeedAsync(Feed("/world.rss"))).Failures, (await FeedAsync(Feed("/world.rss"))).NextPoll));

        var again = WatchOnce(Feed("/broken.rss"));

        Assert.Contains($"error: {Feed("/broken.rss")}: HTTP 500 Internal Server Error (failed 2 times in a row; next try in 1 h)", again.Errors);
        Assert.Equal(2, (await FeedAsync(Feed("/broken.rss"))).Failures);
    }

    [Fact]
    public async Task Pages_that_fail_each_get_a_message_are_remembered_and_not_fetched_again()
    {
        var (good, mislabelled) = (Guardian.Articles[0], Guardian.Articles[1]);
        Site.Serve("/world/good", Guardian.Page(good), "text/html; charset=utf-8");
        // UTF-8 bytes under a Latin-1 label: the bytes win, with a warning.
        Site.Serve("/world/mislabelled", Guardian.Page(mislabelled), "text/html; charset=iso-8859-1");
        Site.Serve("/world/empty", "<html><head><title>Subscribe</title></head><body><p>Subscribe to read on.</p></body></html>", "text/html");
        Site.Huge("/world/huge", 60L * 1024 * 1024, declareLength: false);
        Site.Huge("/world/huge-declared", 60L * 1024 * 1024, declareLength: true);
        Site.Serve("/world/report.pdf", "%PDF-1.4", "application/pdf");
        var item = Guardian.ItemOf(good, Site, fullText: false);
        Item At(string path) => item with { Link = Site.Url(path) };
        var french = item with { Link = Site.Url("/monde/story"), Content = $"<p>{Guardian.French}</p>", Summary = Guardian.French[..60] };
        string[] pages = ["/world/good", "/world/mislabelled", "/world/empty", "/world/huge", "/world/huge-declared", "/world/gone", "/world/report.pdf"];
        Site.Serve("/world.rss", Guardian.Rss([.. pages.Select(At), french]), Guardian.RssType);

        var result = WatchOnce(Site.Url("/world.rss"));

        Assert.Equal(1, result.Exit);
        Assert.Contains($"warning: {Site.Url("/world/mislabelled")}: declares iso-8859-1 but is UTF-8; decoded as UTF-8 (document kept)", result.Errors);
        Assert.Contains($"error: {Site.Url("/world/empty")}: HTML with no main text", result.Errors);
        Assert.Contains($"error: {Site.Url("/world/huge")}: is over the 50 MB limit: download stopped there", result.Errors);
        Assert.Contains($"error: {Site.Url("/world/huge-declared")}: is 60 MB, over the 50 MB limit: not downloaded", result.Errors);
        Assert.Contains($"error: {Site.Url("/world/gone")}: HTTP 404 Not Found", result.Errors);
        Assert.Contains($"error: {Site.Url("/world/report.pdf")}: the item's page is application/pdf, not HTML: skipped", result.Errors);
        Assert.Contains("8 new item(s): 2 stored (", result.Errors);
        Assert.Contains("1 not in English, 5 failed", result.Errors);
        Assert.Contains("note: 1 document(s) not in English were not coded (fr 1)", result.Errors);
        Assert.Equal(Guardian.Flatten(mislabelled.Text), Guardian.Flatten((await DocumentAsync(mislabelled.Url!))?.Article.Text));
        Assert.Equal(Guardian.Flatten(good.Text), Guardian.Flatten((await DocumentAsync(good.Url!))?.Article.Text));
        Assert.Equal(2, (await CountsAsync()).Documents);
        var empty = await SeenAsync(Site.Url("/world/empty"));
        Assert.Equal(UrlOutcome.Failed, empty?.Outcome);
        Assert.StartsWith("HTML with no main text", empty?.Message);
        Assert.Equal(UrlOutcome.OtherLanguage, (await SeenAsync(Site.Url("/monde/story")))?.Outcome);

        var again = WatchOnce(Site.Url("/world.rss"));

        Assert.True(again.Exit == 0, again.Errors);
        Assert.Contains("no new items", again.Errors);
        Assert.All(pages, page => Assert.Equal(1, Site.Hits(page)));
    }
}

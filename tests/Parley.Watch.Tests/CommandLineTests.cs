namespace Parley.Watch.Tests;

/// <summary>What `parley watch` says about the feeds and options it is given, before any request.</summary>
public class CommandLineTests : WatchTest
{
    [Theory]
    [InlineData("--every", "soon", "--every 'soon' is not a duration such as 500ms, 30s, 15m, 2h or 1d")]
    [InlineData("--every", "100ms", "--every must be at least 1 s")]
    [InlineData("--timeout", "0s", "--timeout must be at least 0.001 s")]
    [InlineData("--per-host", "0", "--per-host must be at least 1")]
    public void A_wrong_option_stops_the_command_with_a_message(string option, string value, string message)
    {
        var result = WatchCli.Run(Site.Url("/world.rss"), "--store", Store, option, value);

        Assert.Equal(2, result.Exit);
        Assert.Contains(message, result.Errors);
        Assert.Empty(Site.Requests);
    }

    [Fact]
    public void A_missing_feed_list_stops_the_command()
    {
        var result = WatchCli.Run("no-such-feeds.txt", "--store", Store);

        Assert.Equal(2, result.Exit);
        Assert.Contains("error: no-such-feeds.txt: not found: give feed URLs, an OPML file or a text file of feed URLs", result.Errors);
    }

    [Fact]
    public async Task A_bad_line_in_a_feed_list_is_named_and_the_other_feeds_are_watched()
    {
        Site.Serve("/world.rss", Guardian.Rss(Guardian.Articles.Take(1).Select(a => Guardian.ItemOf(a, Site, fullText: true))), Guardian.RssType);
        var list = Path.Combine(Path.GetDirectoryName(Store)!, "feeds.txt");
        await File.WriteAllTextAsync(list, $"# feeds\nwww.example.com/rss\n{Site.Url("/world.rss")}\n");

        var result = WatchOnce(list);

        Assert.Equal(1, result.Exit);
        Assert.Contains($"error: {list}:2: 'www.example.com/rss' is not an http or https URL: skipped", result.Errors);
        Assert.Contains($"{Site.Url("/world.rss")}: 1 new item(s): 1 stored (", result.Errors);
        Assert.Equal(1, (await CountsAsync()).Documents);
    }
}

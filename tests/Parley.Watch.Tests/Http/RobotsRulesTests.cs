using Parley.Watch.Http;

namespace Parley.Watch.Tests.Http;

/// <summary>robots.txt read as RFC 9309 says, on files of the kinds sites publish.</summary>
public class RobotsRulesTests
{
    const string News = """
        # A news site: crawlers keep out of search and previews; Parley has its own group.
        User-agent: *
        Disallow: /search
        Disallow: /*/preview$
        Allow: /search/help

        User-agent: Parley
        User-agent: OtherBot
        Disallow: /world/live
        Crawl-delay: 3
        """;

    [Theory]
    [InlineData("*", "/search?q=iran", false)]
    [InlineData("*", "/search/help", true)]                         // the longer allow wins
    [InlineData("*", "/world/2019/story/preview", false)]            // * and $ in a pattern
    [InlineData("*", "/world/2019/story/preview/more", true)]        // $ anchors the end
    [InlineData("*", "/world/live/2019", true)]
    [InlineData("parley", "/world/live/2019", false)]                // our own group, matched without regard to case
    [InlineData("parley", "/search?q=iran", true)]                   // and only it: the * group no longer applies
    [InlineData("parley", "/robots.txt", true)]
    public void The_longest_matching_rule_of_the_group_naming_us_decides(string product, string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(News, product).Allows(path));

    [Fact]
    public void The_crawl_delay_of_our_group_is_kept()
    {
        Assert.Equal(TimeSpan.FromSeconds(3), RobotsRules.Parse(News, "Parley").CrawlDelay);
        Assert.Equal(TimeSpan.Zero, RobotsRules.Parse(News, "Someone").CrawlDelay);
    }

    [Theory]
    [InlineData("User-agent: *\nAllow: /page\nDisallow: /page\n", "/page", true)]      // a tie goes to allow
    [InlineData("User-agent: *\nDisallow:\n", "/anything", true)]                      // an empty disallow forbids nothing
    [InlineData("Disallow: /\n", "/anything", true)]                                   // rules outside any group are ignored
    [InlineData("User-agent: *\nDisallow: /~joe/\n", "/%7Ejoe/index.html", false)]     // percent-encoding does not hide a path
    [InlineData("user-agent: *\r\ndisallow: /private # members only\r\n", "/private/x", false)]
    [InlineData("", "/anything", true)]
    public void Rules_read_as_the_standard_says(string robots, string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(robots, "Parley").Allows(path));

    [Fact]
    public void A_robots_txt_that_could_not_be_fetched_disallows_everything_and_says_why()
    {
        var rules = RobotsRules.DisallowAll("http://news.example/robots.txt could not be fetched (HTTP 503)");

        Assert.False(rules.Allows("/world/story"));
        Assert.Contains("HTTP 503", rules.Unreachable);
    }
}

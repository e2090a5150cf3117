namespace Parley.Watch.Tests;

public sealed class FeedListTests : IDisposable
{
    readonly string directory = Directory.CreateTempSubdirectory("parley-feeds-").FullName;

    string Write(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void An_opml_file_gives_every_outline_with_a_feed_url_nested_ones_too()
    {
        var opml = Write("feeds.opml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head><title>News</title></head>
              <body>
                <outline text="World">
                  <outline type="rss" text="Guardian world" xmlUrl="https://www.theguardian.com/world/rss"/>
                  <outline type="rss" text="BBC" xmlUrl="http://feeds.bbci.co.uk/news/world/rss.xml"/>
                </outline>
                <outline type="rss" text="Broken" xmlUrl="feed://nowhere"/>
              </body>
            </opml>
            """);

        var list = FeedList.Read([opml, "https://www.theguardian.com/world/rss"]);

        Assert.Equal(["https://www.theguardian.com/world/rss", "http://feeds.bbci.co.uk/news/world/rss.xml"], list.Feeds.Select(f => f.ToString()));
        var problem = Assert.Single(list.Problems);
        Assert.Equal($"{opml}:9: xmlUrl 'feed://nowhere' is not an http or https URL: skipped", problem.ToString());
        Assert.False(problem.Fatal);
    }

    [Fact]
    public void A_text_file_gives_one_url_a_line_skipping_comments_and_naming_bad_lines()
    {
        var text = Write("feeds.txt", "# world news\nhttps://a.example/rss\n\n  https://b.example/atom.xml  \nftp://c.example/feed\n");

        var list = FeedList.Read([text]);

        Assert.Equal(["https://a.example/rss", "https://b.example/atom.xml"], list.Feeds.Select(f => f.ToString()));
        Assert.Equal($"{text}:5: 'ftp://c.example/feed' is not an http or https URL: skipped", Assert.Single(list.Problems).ToString());
    }

    [Fact]
    public void A_missing_file_or_a_feed_given_as_a_file_is_fatal()
    {
        var rss = Write("world.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>");

        var list = FeedList.Read([Path.Combine(directory, "missing.txt"), rss]);

        Assert.All(list.Problems, p => Assert.True(p.Fatal));
        Assert.Contains(list.Problems, p => p.Message.StartsWith("not found", StringComparison.Ordinal));
        Assert.Contains(list.Problems, p => p.Message.Contains("not OPML (its root is <rss>)", StringComparison.Ordinal));
        Assert.Empty(list.Feeds);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}

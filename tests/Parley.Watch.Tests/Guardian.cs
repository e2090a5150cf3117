using System.Net;
using System.Text;
using Parley.Io;
using Parley.Model;

namespace Parley.Watch.Tests;

/// <summary>An item of a feed the tests serve: its page's link, its summary, and its full text when the feed carries it.</summary>
public sealed record Item(string Title, string Link, string Summary, string? Content, DateOnly Date);

/// <summary>
/// The four Guardian articles of the sources tests (Fixtures/guardian.jsonl) with their pages as
/// a news site renders them (Fixtures/pages, canonical URLs on theguardian.com), and RSS feeds
/// built from them for the news site of a test to serve.
/// </summary>
public static class Guardian
{
    static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static IReadOnlyList<Article> Articles { get; } = ReadArticles();

    static IReadOnlyList<Article> ReadArticles()
    {
        using var stream = File.OpenRead(Path.Combine(Fixtures, "guardian.jsonl"));
        return DocumentReader.ReadJsonLines(stream, "guardian.jsonl").Select(r => r.Article!).ToList();
    }

    /// <summary>The last part of an article's URL: its page's file name without ".html".</summary>
    public static string Slug(Article article) => article.Url!.Split('/')[^1];

    /// <summary>The article's page as the site serves it (its canonical URL is the Guardian's).</summary>
    public static byte[] Page(Article article) => File.ReadAllBytes(Path.Combine(Fixtures, "pages", Slug(article) + ".html"));

    /// <summary>Serves the page of every article at /world/SLUG.</summary>
    public static void ServePages(NewsSite site)
    {
        foreach (var article in Articles) site.Serve(PagePath(article), Page(article), "text/html; charset=utf-8");
    }

    public static string PagePath(Article article) => $"/world/{Slug(article)}";

    /// <summary>
    /// The id of the document read from an article's page on <paramref name="site"/>: the canonical
    /// URL the page names, or, for the one page that names none, the URL it was fetched from.
    /// </summary>
    public static string PageDocumentId(Article article, NewsSite site) =>
        Encoding.UTF8.GetString(Page(article)).Contains(article.Url!, StringComparison.Ordinal)
            ? article.Url! : site.Url(PagePath(article));

    /// <summary>An item whose link is the article's page on <paramref name="site"/>: with its full text, or its first paragraph only.</summary>
    public static Item ItemOf(Article article, NewsSite site, bool fullText) => new(
        article.Title!, site.Url(PagePath(article)), article.Text.Split('\n')[0],
        fullText ? string.Concat(article.Text.Split('\n').Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>\n")) : null,
        article.Date!.Value);

    /// <summary>An RSS 2.0 feed of the items.</summary>
    public static string Rss(IEnumerable<Item> items)
    {
        var xml = new StringBuilder("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel>
              <title>World news | The Guardian</title>
              <link>https://www.theguardian.com/world</link>
              <description>Latest world news</description>
            """);
        xml.Append('\n');
        foreach (var item in items)
        {
            xml.Append($"""
                  <item>
                    <title>{WebUtility.HtmlEncode(item.Title)}</title>
                    <link>{WebUtility.HtmlEncode(item.Link)}</link>
                    <guid isPermaLink="true">{WebUtility.HtmlEncode(item.Link)}</guid>
                    <description>{WebUtility.HtmlEncode($"<p>{WebUtility.HtmlEncode(item.Summary)}</p>")}</description>
                    <pubDate>{item.Date.ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc):R}</pubDate>
                """);
            xml.Append('\n');
            if (item.Content is not null) xml.Append($"    <content:encoded><![CDATA[{item.Content}]]></content:encoded>\n");
            xml.Append("  </item>\n");
        }
        xml.Append("</channel>\n</rss>\n");
        return xml.ToString();
    }

    /// <summary>
    /// A page's paragraphs come out as lines where the JSON lines text of its article has spaces
    /// (as the sources tests compare them); only that difference is allowed.
    /// </summary>
    public static string Flatten(string? text) => text?.Replace('\n', ' ') ?? "";

    /// <summary>A French sentence pair from the language samples of the sources tests.</summary>
    public static string French { get; } = File.ReadLines(Path.Combine(Fixtures, "samples.tsv"))
        .Select(line => line.Split('\t')).First(fields => fields[0] == "fr" && fields[1].Length > 100)[1];

    public const string RssType = "application/rss+xml; charset=utf-8";
}

using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using Parley.Io;
using Parley.Model;
using Parley.Sources.Html;
using Parley.Sources.Text;

namespace Parley.Sources.Feeds;

/// <summary>One result of a feed, and whether its document is the item's full text rather than its summary.</summary>
public readonly record struct FeedEntry(ReadResult Result, bool FullText);

/// <summary>
/// RSS 0.9x/1.0/2.0, Atom and JSON Feed files to documents, one per item, parsed by
/// CodeHollow.FeedReader (the comparison with System.ServiceModel.Syndication is in this project's
/// README). Each item's text is its full content (content:encoded, Atom content, content_html) when
/// that carries more than its summary, else the summary; markup becomes lines of text. Dates are
/// read from the raw strings by <see cref="LenientDate"/>. An item is known in problems as
/// "feed.xml: item 3".
/// </summary>
public static partial class FeedParser
{
    static readonly string[] DateElements = ["pubDate", "published", "date_published", "date", "issued", "created", "updated", "modified", "date_modified"];

    /// <summary>
    /// Parses a feed's bytes. <paramref name="feedUrl"/> is where it was fetched from (null for a file);
    /// <paramref name="contentType"/> the HTTP Content-Type, whose charset outranks the XML declaration.
    /// </summary>
    public static IEnumerable<ReadResult> Parse(ReadOnlySpan<byte> bytes, SourceLocation location, Uri? feedUrl, string? contentType = null) =>
        Entries(bytes, location, feedUrl, contentType).Select(entry => entry.Result);

    /// <summary>
    /// As <see cref="Parse(ReadOnlySpan{byte}, SourceLocation, Uri?, string?)"/>, each result saying
    /// whether the feed carried the item's full text: a watcher fetches the page of an item that
    /// came with its summary only.
    /// </summary>
    public static IReadOnlyList<FeedEntry> Entries(ReadOnlySpan<byte> bytes, SourceLocation location, Uri? feedUrl, string? contentType = null)
    {
        var decoded = TextDecoder.Decode(bytes, TextDecoder.CharsetOf(contentType), markup: true);
        var entries = new List<FeedEntry>();
        if (decoded.Warning is { } warning) entries.Add(new FeedEntry(new ReadResult(null, new Problem(location.Display, 0, $"{warning} (feed kept)") { Warning = true }), false));
        entries.AddRange(Entries(decoded.Text, location, feedUrl));
        return entries;
    }

    /// <summary>Parses a feed already decoded to text.</summary>
    public static IEnumerable<FeedEntry> Entries(string text, SourceLocation location, Uri? feedUrl)
    {
        var feed = Load(text, out var error);
        if (feed is null)
            return [new FeedEntry(new ReadResult(null, new Problem(location.Display, 0, $"not a valid feed ({error})")), false)];
        if (feed.Type == FeedType.Unknown)
            return [new FeedEntry(new ReadResult(null, new Problem(location.Display, 0, "XML, but not RSS, Atom or JSON Feed: skipped")), false)];
        return Items(feed, location, feedUrl);
    }

    static Feed? Load(string text, out string error)
    {
        // XDocument resolves no external entities and fetches no DTD: a feed cannot make us read files or the network.
        try
        {
            error = "";
            return FeedReader.ReadFromString(text);
        }
        catch (XmlException ex) when (ex.Message.Contains("undeclared entity", StringComparison.OrdinalIgnoreCase))
        {
            // Hand-made feeds use HTML's named entities (&nbsp;, &eacute;), which XML does not know.
            error = "";
            var repaired = NamedEntity().Replace(text, m => m.Groups[1].Value is "amp" or "lt" or "gt" or "quot" or "apos" ? m.Value
                : WebUtility.HtmlDecode(m.Value) is var decoded && decoded != m.Value ? $"&#{char.ConvertToUtf32(decoded, 0)};" : m.Value);
            try
            {
                return FeedReader.ReadFromString(repaired);
            }
            catch (Exception retry) when (retry is not OutOfMemoryException)
            {
                error = Describe(retry);
                return null;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A third-party parser fed hostile input: what it throws describes this feed, not a bug of ours.
            error = Describe(ex);
            return null;
        }
    }

    static string Describe(Exception ex) => ex switch
    {
        XmlException x => $"XML error at line {x.LineNumber}, position {x.LinePosition}: {x.Message.Split(". Line")[0].TrimEnd('.')}",
        _ => $"{ex.GetType().Name}: {ex.Message.TrimEnd('.')}",
    };

    static IEnumerable<FeedEntry> Items(Feed feed, SourceLocation location, Uri? feedUrl)
    {
        var number = 0;
        var source = string.IsNullOrWhiteSpace(feed.Title) ? Host(feed.Link) ?? Host(feedUrl?.ToString()) : HtmlText.Normalize(WebUtility.HtmlDecode(feed.Title)).Replace('\n', ' ');
        foreach (var item in feed.Items)
        {
            number++;
            var where = location.Part($"item {number}");
            var (html, summary) = Texts(item);
            var content = HtmlText.FromFragment(html);
            var summaryText = HtmlText.FromFragment(summary);
            var full = content.Length > 0 && content.Length >= summaryText.Length;
            var text = full ? content : summaryText;
            var title = string.IsNullOrWhiteSpace(item.Title) ? null : HtmlText.FromFragment(item.Title).Replace('\n', ' ');
            if (text.Length == 0)
            {
                yield return new FeedEntry(new ReadResult(null, new Problem(where, 0, $"no text (neither content nor summary){(title is null ? "" : $": '{title}'")}: skipped")), false);
                continue;
            }
            var link = Absolute(item.Link, feedUrl);
            var rawDate = RawDate(item);
            var date = LenientDate.Parse(rawDate);
            if (rawDate is not null && date is null)
                yield return new FeedEntry(new ReadResult(null, new Problem(where, 0, $"unparseable date '{rawDate}': the document has no date (document kept)") { Warning = true }), false);
            var id = link ?? (string.IsNullOrWhiteSpace(item.Id) ? $"{location.IdBase}#{number}" : item.Id.Trim());
            yield return new FeedEntry(new ReadResult(new Article(id, text, date is { } d ? DateOnly.FromDateTime(d.DateTime) : null, title, source, link), null, where), full);
        }
    }

    /// <summary>
    /// The item's full content and its summary, as HTML. Atom's type="xhtml" content is taken from
    /// the XML itself: the library flattens it to text and runs its paragraphs together.
    /// </summary>
    static (string? Content, string? Summary) Texts(FeedItem item)
    {
        if (item.SpecificItem?.Element is { } element
            && element.Elements().FirstOrDefault(e => e.Name.LocalName == "content") is { } content
            && (string?)content.Attribute("type") == "xhtml")
            return (string.Concat(content.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))), item.Description);
        return (item.Content, item.Description);
    }

    /// <summary>The first date the item carries, as written: publication before update.</summary>
    static string? RawDate(FeedItem item)
    {
        if (item.SpecificItem?.Element is not { } element) return NullIfBlank(item.PublishingDateString);
        foreach (var name in DateElements)
            if (element.Elements().FirstOrDefault(e => e.Name.LocalName == name) is { } date && NullIfBlank(date.Value) is { } value)
                return value;
        return NullIfBlank(item.PublishingDateString);
    }

    static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    static string? Absolute(string? link, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(link)) return null;
        if (Uri.TryCreate(link.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return absolute.ToString();
        return baseUrl is not null && Uri.TryCreate(baseUrl, link.Trim(), out var resolved) ? resolved.ToString() : null;
    }

    static string? Host(string? url) => url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;

    [GeneratedRegex("&([A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex NamedEntity();
}

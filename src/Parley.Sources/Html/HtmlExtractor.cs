using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Parley.Io;
using Parley.Model;
using Parley.Sources.Text;

namespace Parley.Sources.Html;

/// <summary>
/// A web page to a document: the main text by SmartReader (a port of Mozilla's Readability, on
/// AngleSharp) with its paragraphs kept as lines, and the metadata from <see cref="MetadataReader"/>.
/// The document's id and URL are the page's canonical URL where it gives one, else the URL it was
/// fetched from, else the file's name. Used on files, WARC records and, by a watcher, HTTP bodies.
/// </summary>
public sealed class HtmlExtractor
{
    /// <summary>Main text shorter than this is taken to be no article (an index page, a cookie wall).</summary>
    public const int MinTextLength = 200;

    /// <summary>An extractor with the default settings; it holds no state between pages.</summary>
    public static HtmlExtractor Shared { get; } = new();

    /// <summary>
    /// Extracts the document of a page given as bytes, as read from a file or an HTTP response.
    /// <paramref name="url"/> is where the page was fetched from (null for a file);
    /// <paramref name="contentType"/> is the HTTP Content-Type, whose charset outranks the page's own.
    /// The results are the document or a problem, preceded by a warning when the declared encoding was wrong.
    /// </summary>
    public IReadOnlyList<ReadResult> Extract(ReadOnlySpan<byte> bytes, SourceLocation location, Uri? url, string? contentType, DateOnly? fallbackDate = null)
    {
        var decoded = TextDecoder.Decode(bytes, TextDecoder.CharsetOf(contentType), markup: true);
        var results = new List<ReadResult>(2);
        if (decoded.Warning is { } warning) results.Add(new ReadResult(null, new Problem(location.Display, 0, $"{warning} (document kept)") { Warning = true }));
        results.Add(Extract(decoded.Text, location, url, fallbackDate));
        return results;
    }

    /// <summary>Extracts the document of a page already decoded to text.</summary>
    public ReadResult Extract(string html, SourceLocation location, Uri? url, DateOnly? fallbackDate = null)
    {
        Problem Fail(string message) => new(location.Display, 0, message);
        // A parser per page: AngleSharp does not promise that one parser may serve several threads.
        var document = new HtmlParser().ParseDocument(html);
        var metadata = MetadataReader.Read(document);
        var pageUrl = metadata.CanonicalUrl ?? url?.ToString();
        string? text = null;
        try
        {
            // Readability needs an absolute base URL to resolve links; a page from a file has none.
            using var reader = new SmartReader.Reader(pageUrl ?? "https://localhost/", document);
            // The article element is read before it is serialised, so the text keeps its paragraphs
            // without a second parse.
            reader.AddCustomOperationEnd(element => text = HtmlText.FromElement(element));
            var article = reader.GetArticle();
            if (!article.IsReadable) text = null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // SmartReader is a third-party parser fed hostile pages; whatever it throws is that page's problem.
            return new ReadResult(null, Fail($"main text could not be extracted ({ex.GetType().Name}: {ex.Message})"));
        }
        if (text is null || text.Length < MinTextLength)
            return new ReadResult(null, Fail(text is null ? "HTML with no main text (no article found): skipped" : $"HTML with no main text (only {text.Length} characters found): skipped"));
        var site = metadata.SiteName ?? Host(pageUrl);
        var date = metadata.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : fallbackDate;
        return new ReadResult(new Article(pageUrl ?? location.IdBase, text, date, metadata.Title, site, pageUrl), null, location.Display);
    }

    static string? Host(string? url) => url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host != "localhost" ? uri.Host : null;
}

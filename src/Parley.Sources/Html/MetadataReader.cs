using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Parley.Sources.Text;

namespace Parley.Sources.Html;

/// <summary>
/// Reads <see cref="PageMetadata"/> from the places news sites put it, most deliberate first: Open
/// Graph and article: meta tags, JSON-LD (schema.org NewsArticle), then &lt;meta name=date&gt;,
/// &lt;time datetime&gt; and &lt;title&gt;. Must run before the main-text extractor, which strips
/// scripts and so the JSON-LD.
/// </summary>
public static class MetadataReader
{
    public static PageMetadata Read(IHtmlDocument document)
    {
        var jsonLd = JsonLd(document);
        var title = Meta(document, "og:title") ?? Meta(document, "twitter:title") ?? jsonLd.Headline ?? Meta(document, "title")
                    ?? document.QuerySelector("h1")?.TextContent ?? document.Title;
        var published = Date(Meta(document, "article:published_time")) ?? Date(jsonLd.Published) ?? Date(Meta(document, "date"))
                        ?? Date(Meta(document, "pubdate")) ?? Date(Meta(document, "dc.date")) ?? Date(Meta(document, "dcterms.created"))
                        ?? Date(Meta(document, "datePublished")) ?? Date(TimeElement(document));
        var canonical = Absolute(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href")) ?? Absolute(Meta(document, "og:url")) ?? Absolute(jsonLd.Url);
        var site = Meta(document, "og:site_name") ?? jsonLd.Publisher;
        return new PageMetadata(Clean(title), published, canonical, Clean(site));
    }

    /// <summary>A meta tag's content by property, name or itemprop, case-insensitively.</summary>
    static string? Meta(IHtmlDocument document, string key)
    {
        foreach (var meta in document.Head?.GetElementsByTagName("meta") ?? document.GetElementsByTagName("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (name is not null && name.Equals(key, StringComparison.OrdinalIgnoreCase) && meta.GetAttribute("content") is { Length: > 0 } content)
                return content.Trim();
        }
        // itemprop can sit on any element in the body (<span itemprop="datePublished" content="...">).
        if (key == "datePublished" && document.QuerySelector("[itemprop=datePublished]") is { } item)
            return item.GetAttribute("content") ?? item.GetAttribute("datetime") ?? item.TextContent;
        return null;
    }

    /// <summary>The first &lt;time datetime&gt; that says it is the publication time, else the first in an article.</summary>
    static string? TimeElement(IHtmlDocument document)
    {
        var time = document.QuerySelector("time[pubdate][datetime]") ?? document.QuerySelector("article time[datetime]") ?? document.QuerySelector("time[datetime]");
        return time?.GetAttribute("datetime");
    }

    readonly record struct LinkedData(string? Headline, string? Published, string? Url, string? Publisher);

    /// <summary>The first schema.org object with a datePublished or headline, anywhere in a @graph or list.</summary>
    static LinkedData JsonLd(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (Find(json.RootElement, 0) is { } found) return found;
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common and harmless: the meta tags and <time> are still read.
            }
        }
        return default;
    }

    static LinkedData? Find(JsonElement element, int depth)
    {
        if (depth > 4) return null;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                if (Find(item, depth + 1) is { } found) return found;
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (element.TryGetProperty("@graph", out var graph) && Find(graph, depth + 1) is { } inGraph) return inGraph;
        var headline = String(element, "headline");
        var published = String(element, "datePublished");
        if (headline is null && published is null) return null;
        var publisher = element.TryGetProperty("publisher", out var p) ? p.ValueKind == JsonValueKind.Object ? String(p, "name") : p.ValueKind == JsonValueKind.String ? p.GetString() : null : null;
        var url = String(element, "url") ?? (element.TryGetProperty("mainEntityOfPage", out var page) ? page.ValueKind == JsonValueKind.String ? page.GetString() : page.ValueKind == JsonValueKind.Object ? String(page, "@id") : null : null);
        return new LinkedData(headline, published, url, publisher);
    }

    static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    static DateTimeOffset? Date(string? text) => text is null ? null : LenientDate.Parse(text);

    static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;

    static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : HtmlText.Normalize(System.Net.WebUtility.HtmlDecode(text)).Replace('\n', ' ');
}

using Parley.Io;
using Parley.Model;
using Parley.Sources;
using Parley.Sources.Feeds;
using Parley.Sources.Html;
using Parley.Sources.Languages;
using Parley.Storage;
using Parley.Watch.Http;

namespace Parley.Watch;

/// <summary>
/// What a new feed item yields: its document when it is to be coded (<see cref="ToCode"/>), the
/// record of its URL to remember whatever happened, and the problems to report.
/// </summary>
sealed record ItemResult(Article? ToCode, SeenUrl Seen, IReadOnlyList<Problem> Problems, string? OtherLanguage = null);

/// <summary>
/// Turns a new feed item into a document: the item itself when the feed carries its full text,
/// else its page, fetched and extracted (<see cref="HtmlExtractor"/>), with the item's date and
/// title where the page gives none. Only English is coded: a document in another language is
/// counted and remembered, not coded as English.
/// </summary>
sealed class ItemReader(WebFetcher web, TimeProvider clock)
{
    public async Task<ItemResult> ReadAsync(string url, FeedEntry entry, string feed, CancellationToken cancel)
    {
        var item = entry.Result.Article!;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        SeenUrl Seen(UrlOutcome outcome, string? message = null, string? document = null) => new(url, feed, now, outcome, document, message);

        var article = item;
        var problems = new List<Problem>();
        if (!entry.FullText && Uri.TryCreate(url, UriKind.Absolute, out var page) && page.Scheme is "http" or "https")
        {
            switch (await web.GetAsync(page, null, cancel))
            {
                case FetchResult.Failed failed:
                    var disallowed = failed.Kind == FetchFailure.Disallowed;
                    return new ItemResult(null, Seen(disallowed ? UrlOutcome.Disallowed : UrlOutcome.Failed, failed.Message),
                        [new Problem(url, 0, failed.Message) { Warning = disallowed }]);
                case FetchResult.Body body when !IsHtml(body.ContentType, body.Bytes):
                    var message = $"the item's page is {body.ContentType}, not HTML: skipped";
                    return new ItemResult(null, Seen(UrlOutcome.Failed, message), [new Problem(url, 0, message)]);
                case FetchResult.Body body:
                    var results = HtmlExtractor.Shared.Extract(body.Bytes, SourceLocation.Named(url), body.Url, body.ContentType, item.Date ?? today);
                    problems.AddRange(results.Where(r => r.Problem is { Warning: true }).Select(r => r.Problem!));
                    var extracted = results[^1];
                    if (extracted.Problem is { } problem)
                        return new ItemResult(null, Seen(UrlOutcome.Failed, problem.Message), [.. problems, problem]);
                    article = extracted.Article! with { Title = extracted.Article.Title ?? item.Title, Source = extracted.Article.Source ?? item.Source };
                    break;
            }
        }
        article = article with { Date = article.Date ?? today, Language = article.Language ?? LanguageDetector.Default.Detect(article.Text) };
        if (article.Language is { } language && !LanguageFilter.IsLanguage(language, "en"))
            return new ItemResult(null, Seen(UrlOutcome.OtherLanguage, $"in another language ({language}): not coded"), problems, language);
        return new ItemResult(article, Seen(UrlOutcome.Stored, document: article.Id), problems);
    }

    /// <summary>
    /// HTML or other text, or a server that does not say (it is tried as HTML); a page served as
    /// application/octet-stream (a static server that does not know a name without an extension)
    /// is taken as HTML when its bytes begin with markup.
    /// </summary>
    static bool IsHtml(string? contentType, byte[] bytes) =>
        contentType is null || contentType.Contains("html", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || (contentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase) && BeginsWithMarkup(bytes));

    static bool BeginsWithMarkup(byte[] bytes)
    {
        var start = bytes.AsSpan(0, Math.Min(bytes.Length, 512));
        if (start.StartsWith("\uFEFF"u8)) start = start[3..];
        start = start.TrimStart(" \t\r\n"u8);
        return start.Length > 0 && start[0] == (byte)'<';
    }
}

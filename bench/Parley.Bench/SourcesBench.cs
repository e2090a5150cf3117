using System.Diagnostics;
using System.Net;
using System.Text;
using Parley;
using Parley.Model;
using Parley.Sources;
using Parley.Sources.Html;
using Parley.Sources.Languages;

/// <summary>
/// `-- html [FILE]`: HTML-to-text extraction throughput (pages/s) on pages rendered from every article
/// of the corpus, with the furniture of a real news site around it, against the cost of coding the
/// same text. Issue 13 asks that extraction cost no more than coding.
/// `-- language [FILE]`: how often English documents of a corpus are taken for another language.
/// </summary>
public static class SourcesBench
{
    public static int Html(string file)
    {
        var articles = CorpusBench.Load(file);
        var pipeline = new Pipeline(Models.Load(Models.ShippedDataDirectory));
        var pages = articles.Select(a => Encoding.UTF8.GetBytes(Render(a, pipeline))).ToList();
        var bytes = pages.Sum(p => (long)p.Length);
        var extractor = HtmlExtractor.Shared;
        List<Article> Extract() => pages.Select((p, i) => extractor.Extract(p, SourceLocation.Named($"page-{i}.html"), null, null).Single().Article!).ToList();

        Extract(); // warm-up
        foreach (var a in articles.Take(20)) pipeline.Code(a);
        double extractBest = double.MaxValue, codeBest = double.MaxValue;
        List<Article> extracted = [];
        long events = 0;
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            extracted = Extract();
            extractBest = Math.Min(extractBest, watch.Elapsed.TotalSeconds);
            watch.Restart();
            events = 0;
            foreach (var article in extracted) events += pipeline.Code(article).Count;
            codeBest = Math.Min(codeBest, watch.Elapsed.TotalSeconds);
        }
        var same = extracted.Zip(articles).Count(pair => pair.First.Text.Replace('\n', ' ') == pair.Second.Text);
        Console.WriteLine($"pages: {pages.Count} rendered from {Path.GetFileName(file)}, {bytes / 1e6:F2} MB of HTML; {same} of {pages.Count} extracted texts equal the corpus text");
        Console.WriteLine($"extraction (decode, parse, metadata, SmartReader, text), best of 3: {extractBest:F2} s = {pages.Count / extractBest:F0} pages/s, {bytes / extractBest / 1e6:F1} MB/s");
        Console.WriteLine($"coding the extracted text, best of 3:                    {codeBest:F2} s = {pages.Count / codeBest:F0} pages/s ({events} events)");
        Console.WriteLine($"HTML to events: {pages.Count / (extractBest + codeBest):F0} pages/s; extraction costs {extractBest / codeBest:P0} of coding");
        return 0;
    }

    public static int Language(string file)
    {
        var articles = CorpusBench.Load(file);
        var detector = LanguageDetector.Default;
        var watch = Stopwatch.StartNew();
        var found = articles.Select(a => detector.Detect(a.Text)).ToList();
        var seconds = watch.Elapsed.TotalSeconds;
        var counts = found.GroupBy(l => l ?? "(none)").OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine($"{Path.GetFileName(file)}: {articles.Count} documents, {found.Count(l => l == "en")} detected as English ({found.Count(l => l == "en") / (double)articles.Count:P2})");
        Console.WriteLine($"by language: {string.Join(", ", counts)}");
        foreach (var (article, language) in articles.Zip(found).Where(p => p.Second is not "en").Take(8))
            Console.WriteLine($"  {language ?? "(none)"}: {article.Text[..Math.Min(100, article.Text.Length)]}");
        Console.WriteLine($"{articles.Sum(a => (long)Math.Min(a.Text.Length, LanguageDetector.SampleLength)) / seconds / 1e6:F1} M chars/s");
        return 0;
    }

    /// <summary>A news page around the article: two sentences a paragraph, as the test fixtures are made.</summary>
    static string Render(Article article, Pipeline pipeline)
    {
        var sentences = pipeline.Segment(article);
        var body = new StringBuilder();
        for (var i = 0; i < sentences.Count; i += 2)
        {
            var start = i == 0 ? 0 : sentences[i].Start;
            var end = i + 2 < sentences.Count ? sentences[i + 2].Start : article.Text.Length;
            body.Append("<p>").Append(WebUtility.HtmlEncode(article.Text[start..end].Trim())).Append("</p>\n");
        }
        var title = WebUtility.HtmlEncode(article.Text[..Math.Min(70, article.Text.Length)]);
        var nav = string.Concat(new[] { "News", "Opinion", "Sport", "Culture", "World", "UK", "Politics" }.Select(s => $"<li><a href=\"/{s.ToLowerInvariant()}\">{s}</a></li>"));
        var related = string.Concat(Enumerable.Range(1, 6).Select(i => $"<li><a href=\"/world/story-{i}\">Related story number {i} about the war in Syria</a></li>"));
        return $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
            <meta property="og:title" content="{title}"><meta property="og:site_name" content="the Guardian">
            <meta property="article:published_time" content="{article.Date:yyyy-MM-dd}T12:00:00Z">
            <link rel="canonical" href="https://www.theguardian.com/world/{article.Id}">
            <title>{title} | The Guardian</title><script>window.guardian = {"{}"};</script></head>
            <body><div id="cookie-banner"><p>We use cookies to improve your experience on our site.</p><button>OK</button></div>
            <header><a href="/">The Guardian</a><nav><ul>{nav}</ul></nav></header>
            <main><article><h1>{title}</h1><p class="byline">Staff and agencies</p>
            <div class="article-body">{body}</div></article>
            <aside><h2>Related stories</h2><ul>{related}</ul></aside>
            <form><label>Sign up to the daily email</label><input type="email"><button>Sign up</button></form></main>
            <footer><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li></ul><p>© Guardian News &amp; Media Limited</p></footer>
            </body></html>
            """;
    }
}

using System.Text.Json;
using Parley.Model;
using Parley.Storage;

namespace Parley.Server.Tests;

using CodedDocument = Parley.Storage.CodedDocument;

/// <summary>
/// Real text coded by the real pipeline over the shipped data, once for all tests: a few news
/// sentences whose events the tests name (checked with `parley code`), and the real-text
/// evaluation set (Wikipedia Current Events items 2002-2026 and whole Guardian articles) for volume.
/// </summary>
public static class Corpus
{
    static readonly Lazy<Pipeline> LazyPipeline = new(() => new Pipeline(Models.Load(Models.ShippedDataDirectory)));
    public static Pipeline Pipeline => LazyPipeline.Value;

    public static readonly Provenance Provenance = new("test", "data");

    /// <summary>The two reports of Blinken meeting Qin Gang merge into one event (USA → CHN, CONSULT, in China, two sources).</summary>
    public static readonly Article[] Known =
    [
        new("reuters-1", "US Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Thursday. Russia accused Ukraine of attacking a bridge in Crimea.",
            new DateOnly(2023, 5, 12), "Blinken meets Qin in Beijing", "Reuters", "https://example.org/reuters/1"),
        new("ap-1", "Antony Blinken held talks with Qin Gang in Beijing on Thursday, officials said.",
            new DateOnly(2023, 5, 12), "Talks in Beijing", "AP", "https://example.org/ap/1"),
        new("gaza-1", "Israeli aircraft struck targets in Gaza on Friday. Hamas fired rockets at Israel. Egypt urged both sides to agree to a ceasefire.",
            new DateOnly(2023, 6, 2), "Strikes in Gaza", "Reuters", "https://example.org/reuters/gaza-1"),
        new("nato-1", "NATO condemned Russia for the missile strike. The European Union imposed sanctions on Iran. Protesters marched in Paris against the pension reform.",
            new DateOnly(2023, 7, 2), "NATO condemns strike", "Reuters", "https://example.org/reuters/nato-1"),
        new("china-1", "China refused to meet the US delegation. Russian troops shelled Kharkiv on Tuesday, killing three civilians.",
            new DateOnly(2023, 5, 12), "China turns down talks", "AP", "https://example.org/ap/china-1"),
    ];

    static readonly Lazy<IReadOnlyList<CodedDocument>> LazyDocuments = new(() =>
        [.. Known.Concat(RealText()).Select(a => new CodedDocument(a, Pipeline.Code(a), "en"))]);

    /// <summary>Every document, coded.</summary>
    public static IReadOnlyList<CodedDocument> Documents => LazyDocuments.Value;

    /// <summary>
    /// Every fourth document of the real-text set (eval/real/units.jsonl), with its dates, source and URL:
    /// still 25 years and dozens of countries, and quick enough to code and store once per test class.
    /// </summary>
    static IEnumerable<Article> RealText()
    {
        foreach (var line in File.ReadLines(Path.Combine(RepoRoot, "eval", "real", "units.jsonl")).Where((_, n) => n % 4 == 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string? Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            yield return new Article(Text("id")!, Text("text")!, DateOnly.Parse(Text("date")!), Text("title"), Text("source"), Text("url"));
        }
    }

    /// <summary>Fills a store with every document, in batches as `parley ingest` writes them.</summary>
    public static Task FillAsync(IEventStore store) => store.IngestAllAsync(Documents, Provenance, batchSize: 250);

    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx"))) return dir.FullName;
            throw new InvalidOperationException("repository root not found");
        }
    }
}

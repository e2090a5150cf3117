using System.Text.Json;
using Parley.Model;

namespace Parley.Storage.Tests;

/// <summary>Documents coded by the real pipeline over the real data files, loaded once for all tests.</summary>
public static class Samples
{
    static readonly Lazy<Pipeline> Lazy = new(() => new Pipeline(Models.Load(Models.ShippedDataDirectory)));
    public static Pipeline Pipeline => Lazy.Value;

    public static readonly Provenance First = new("test", "data-1");
    public static readonly Provenance Second = new("test", "data-2");

    public static CodedDocument Code(string id, string date, string source, string text, string? title = null)
    {
        var article = new Article(id, text, DateOnly.Parse(date), title, source, $"https://example.org/{source.ToLowerInvariant()}/{id}");
        return new CodedDocument(article, Pipeline.Code(article), "en");
    }

    /// <summary>One meeting reported by three outlets in three wordings, one of them a day later.</summary>
    public static IReadOnlyList<CodedDocument> ThreeOutlets() =>
    [
        Code("reuters-1", "2023-05-12", "Reuters", "US Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Thursday. Russia accused Ukraine of attacking a bridge in Crimea."),
        Code("ap-1", "2023-05-12", "AP", "Antony Blinken held talks with Qin Gang in Beijing on Thursday, officials said."),
        Code("afp-1", "2023-05-13", "AFP", "Blinken met Qin Gang in Beijing on Thursday."),
    ];

    /// <summary>Stories over three months: the Middle East, sanctions and protests.</summary>
    public static IReadOnlyList<CodedDocument> Spread() =>
    [
        Code("gaza-1", "2023-06-02", "Reuters", "Israeli aircraft struck targets in Gaza on Friday. Hamas fired rockets at Israel. Egypt urged both sides to agree to a ceasefire."),
        Code("nato-1", "2023-07-02", "Reuters", "NATO condemned Russia for the missile strike. The European Union imposed sanctions on Iran. Protesters marched in Paris against the pension reform."),
        Code("gaza-2", "2023-07-03", "AP", "Israeli aircraft struck targets in Gaza on Monday."),
    ];

    /// <summary>Whole Guardian articles from the repository's evaluation set (eval/real/units.jsonl).</summary>
    public static Article Guardian(string id)
    {
        foreach (var line in File.ReadLines(Path.Combine(RepoRoot, "eval", "real", "units.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.GetProperty("id").GetString() != id) continue;
            return new Article(id, root.GetProperty("text").GetString()!, DateOnly.Parse(root.GetProperty("date").GetString()!), null, "The Guardian");
        }
        throw new InvalidOperationException($"{id} not in eval/real/units.jsonl");
    }

    public static CodedDocument Coded(Article article) => new(article, Pipeline.Code(article), "en");

    static readonly Lazy<IReadOnlyList<CodedDocument>> Units = new(() =>
        File.ReadLines(Path.Combine(RepoRoot, "eval", "real", "units.jsonl")).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            return Coded(new Article(root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!,
                DateOnly.Parse(root.GetProperty("date").GetString()!), null, root.GetProperty("source").GetString()));
        }).ToList());

    /// <summary>The 1,040 real news items of eval/real/units.jsonl (Current Events and Guardian, 2002-2019), coded once.</summary>
    public static IReadOnlyList<CodedDocument> RealUnits() => Units.Value;

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

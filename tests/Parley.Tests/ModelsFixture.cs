using Parley.Model;

namespace Parley.Tests;

/// <summary>The real data files, loaded once for all tests.</summary>
public static class Shared
{
    static readonly Lazy<Pipeline> Lazy = new(() => new Pipeline(Models.Load(Models.ShippedDataDirectory)));
    public static Pipeline Pipeline => Lazy.Value;

    /// <summary>Whether one of the entities has the code (organisation, else country).</summary>
    public static bool Has(IEnumerable<EventEntity> entities, string code) => entities.Any(x => x.Entity.Code == code);

    public static IReadOnlyList<PloverEvent> Code(string text, string date = "2023-05-12") =>
        Pipeline.Code(new Article("test", text, DateOnly.Parse(date)));

    public static Document Analyze(string text, string date = "2023-05-12")
    {
        Pipeline.Analyze(new Article("test", text, DateOnly.Parse(date)), out var document, keepAnalyses: false);
        return document;
    }

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

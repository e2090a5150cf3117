using Parley.Coding;
using Parley.Io;
using Parley.Knowledge;
using Parley.Text;

namespace Parley;

/// <summary>Everything the pipeline reads from data/, loaded once and shared.</summary>
public sealed class Models
{
    public required Lexicon Lexicon { get; init; }
    public required WordLists Words { get; init; }
    public required KnowledgeBase Knowledge { get; init; }
    public required TriggerLexicon Triggers { get; init; }
    public required CameoTable Cameo { get; init; }
    public required ContextClassifier Contexts { get; init; }
    public required IReadOnlyList<Problem> Problems { get; init; }

    public static Models Load(string dataDirectory, IEnumerable<string>? actorFiles = null, IEnumerable<string>? triggerFiles = null)
    {
        var problems = new ProblemLog();
        var lexicon = Lexicon.Load(dataDirectory, problems);
        var cameo = CameoTable.Load(dataDirectory, problems);
        return new Models
        {
            Lexicon = lexicon,
            Words = WordLists.Load(dataDirectory, problems),
            Cameo = cameo,
            Contexts = ContextClassifier.Load(dataDirectory, problems),
            Knowledge = KnowledgeBase.Load(dataDirectory, lexicon, problems, actorFiles),
            Triggers = TriggerLexicon.Load(dataDirectory, cameo, problems, triggerFiles),
            Problems = problems.Problems,
        };
    }

    /// <summary>data/ beside the program, or in the working directory or one of its parents (a source checkout).</summary>
    public static string FindDataDirectory()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "data");
        if (Directory.Exists(Path.Combine(beside, "lexicon"))) return beside;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "data", "lexicon"))) return Path.Combine(dir.FullName, "data");
        return beside;
    }
}

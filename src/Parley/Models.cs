using Parley.Coding;
using Parley.Io;
using Parley.Knowledge;
using Parley.Text;

namespace Parley;

/// <summary>Everything the pipeline reads from data/, loaded once and shared.</summary>
public sealed record Models
{
    public required Lexicon Lexicon { get; init; }

    /// <summary>The trained part-of-speech tagger (data/models/tagger.tsv), or null to tag by rules.</summary>
    public PerceptronTagger? Tagger { get; init; }
    public required WordLists Words { get; init; }
    public required DateWords Dates { get; init; }
    public required KnowledgeBase Knowledge { get; init; }
    public required TriggerLexicon Triggers { get; init; }
    public required CameoTable Cameo { get; init; }
    public required ContextClassifier Contexts { get; init; }

    /// <summary>The eventness model (data/models/eventness.tsv), or null when there is none.</summary>
    public EventnessModel? Eventness { get; init; }
    public required IReadOnlyList<Problem> Problems { get; init; }

    /// <summary>Lines of the data files that could not be read and were left out (the shipped data has none; a file given with --actors or --triggers may).</summary>
    public int SkippedLines => Problems.Count(p => p is { Fatal: false, Note: false });

    /// <summary>These models with the eventness model's threshold replaced (the same object when there is no model).</summary>
    public Models WithEventnessThreshold(double threshold) => Eventness is null ? this : this with { Eventness = Eventness.WithThreshold(threshold) };

    public static Models Load(string dataDirectory, IEnumerable<string>? actorFiles = null, IEnumerable<string>? triggerFiles = null)
    {
        var problems = new ProblemLog();
        if (!Directory.Exists(dataDirectory)) problems.AddFatal(dataDirectory, "data directory not found");
        // ("--actors ''": a path that names no file.)
        actorFiles = Named(actorFiles, "actor", problems);
        triggerFiles = Named(triggerFiles, "trigger", problems);
        var lexicon = Lexicon.Load(dataDirectory, problems);
        var cameo = CameoTable.Load(dataDirectory, problems);
        return new Models
        {
            Lexicon = lexicon,
            Tagger = PerceptronTagger.Load(dataDirectory, lexicon, problems),
            Words = WordLists.Load(dataDirectory, problems),
            Dates = DateWords.Load(dataDirectory, problems),
            Cameo = cameo,
            Contexts = ContextClassifier.Load(dataDirectory, problems),
            Eventness = EventnessModel.Load(dataDirectory, problems),
            Knowledge = KnowledgeBase.Load(dataDirectory, lexicon, problems, actorFiles),
            Triggers = TriggerLexicon.Load(dataDirectory, cameo, problems, triggerFiles),
            Problems = problems.Problems,
        };
    }

    static List<string> Named(IEnumerable<string>? files, string kind, ProblemLog problems)
    {
        var named = new List<string>();
        foreach (var file in files ?? [])
            if (string.IsNullOrWhiteSpace(file)) problems.AddFatal("''", $"an empty {kind} file path names no file");
            else named.Add(file);
        return named;
    }

    /// <summary>The data/ shipped beside the program (the build copies it there).</summary>
    public static string ShippedDataDirectory => Path.Combine(AppContext.BaseDirectory, "data");
}

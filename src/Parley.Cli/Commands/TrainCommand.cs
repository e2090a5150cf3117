using System.ComponentModel;
using System.Security.Cryptography;
using Parley.Evaluation;
using Parley.Io;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class TrainSettings : KnowledgeSettings
{
    [CommandArgument(0, "<MODEL>")]
    [Description("The model to train: eventness, or tagger (the part-of-speech tagger, from UD English EWT).")]
    public string Model { get; init; } = "";

    [CommandArgument(1, "[SET]")]
    [Description("Labelled sets to train on (eventness default: eval/real/dev.jsonl, eval/dev.jsonl, eval/guardian.jsonl and eval/seed.jsonl, the seed article's reviewed events; tagger default: ../shared/treebank/en_ewt-ud-train.conllu). Never a test split.")]
    public string[] Sets { get; init; } = [];

    [CommandOption("-o|--out <FILE>")]
    [Description("Where to write the model (default: data/models/eventness.tsv of the checkout).")]
    public string? Out { get; init; }

    [CommandOption("--check")]
    [Description("Train, then compare with the stored model instead of writing it: exit 1 when they differ (the stored model is stale).")]
    public bool Check { get; init; }

    public override ValidationResult Validate()
    {
        if (Model is not ("eventness" or "tagger")) return ValidationResult.Error($"there is no model named '{Model}'; Parley trains 'eventness' and 'tagger'");
        if (Sets.Any(s => Path.GetFileName(s).Contains("test", StringComparison.OrdinalIgnoreCase)))
            return ValidationResult.Error("the test split is never trained on");
        if (EventnessThresholdText is not null) return ValidationResult.Error("--eventness-threshold sets how a trained model codes; training chooses its own threshold");
        return ValidationResult.Success();
    }
}

/// <summary>
/// `parley train eventness`: trains the eventness model on the labelled development sets and writes it as a
/// reviewable text file. The same sets and data give the same file, byte for byte.
/// </summary>
public sealed class TrainCommand(ConsoleStreams io) : Command<TrainSettings>
{
    static readonly string[] DefaultSets = ["eval/real/dev.jsonl", "eval/dev.jsonl", "eval/guardian.jsonl", "eval/seed.jsonl"];

    public override int Execute(CommandContext context, TrainSettings settings, CancellationToken cancellation) =>
        settings.Model == "tagger" ? TrainTagger(settings) : TrainEventness(settings);

    /// <summary>data/models/NAME of the checkout.</summary>
    static string ModelPath(string name) =>
        Path.Combine(Path.GetDirectoryName(Loading.FindInCheckout(Path.Combine("data", "README.md")) ?? "data/README.md")!, "models", name);

    int TrainTagger(TrainSettings settings)
    {
        var train = settings.Sets.FirstOrDefault() ?? Loading.FindInCheckout(Path.Combine("..", "shared", "treebank", "en_ewt-ud-train.conllu"));
        if (train is null || !File.Exists(train))
        {
            io.Error.MarkupLine("[red]error:[/] treebank not found; give the path of en_ewt-ud-train.conllu");
            return ExitCodes.Usage;
        }
        var shipped = Loading.Pipeline(settings, io);
        if (shipped is null) return ExitCodes.Usage;
        var problems = new ProblemLog();
        var sentences = ConlluReader.Read(train, problems).ToList();
        foreach (var p in problems.Problems.Take(10)) io.Error.MarkupLineInterpolated($"[red]error:[/] {p.ToString()}");
        const int epochs = 8;
        var rules = new Text.PosTagger(shipped.Models.Lexicon, new Text.Lemmatizer(shipped.Models.Lexicon), shipped.Models.Words);
        var ruleTags = sentences.Select(s => rules.RuleTags(s.Words)).ToList();
        var tagger = Text.PerceptronTagger.Train(sentences, ruleTags, shipped.Models.Lexicon, epochs,
            (epoch, accuracy) => io.Error.MarkupLineInterpolated($"epoch {epoch}: {accuracy:P2} of training words right"));
        var output = settings.Out ?? ModelPath("tagger.tsv");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        tagger.Save(output, [
            "Parley's part-of-speech tagger: averaged-perceptron weights over the features of src/Parley/Text/TaggerFeatures.cs.",
            $"Trained by `parley train tagger` ({epochs} epochs) on UD English EWT v2.15, {Path.GetFileName(train)} sha256 {Hash(train)},",
            $"{sentences.Count} sentences; CC BY-SA 4.0 (see NOTICE). Feature, then TAG:weight pairs.",
        ]);
        io.Out.MarkupLineInterpolated($"{tagger.FeatureCount} features written to [blue]{output}[/]");
        return ExitCodes.Success;
    }

    int TrainEventness(TrainSettings settings)
    {
        var sets = settings.Sets.Length > 0 ? settings.Sets.ToList() : DefaultSets.Select(s => Loading.FindInCheckout(s) ?? s).ToList();
        var missing = sets.FirstOrDefault(s => !File.Exists(s));
        if (missing is not null)
        {
            io.Error.MarkupLineInterpolated($"[red]error:[/] labelled set '{missing}' not found");
            return ExitCodes.Usage;
        }
        var stored = settings.Out ?? ModelPath("eventness.tsv");
        var output = settings.Check ? Path.GetTempFileName() : stored;
        var shipped = Loading.Pipeline(settings, io);
        if (shipped is null) return ExitCodes.Usage;
        var collecting = new Pipeline(shipped.Models, settings.SkipPasses, collectFeatures: true);
        var problems = new ProblemLog();
        var units = sets.SelectMany(set => RealTextSet.IsRealTextFile(set) ? RealTextSet.Load(set, problems) : EventnessTrainer.AsUnits(DevSet.Load(set, problems))).ToList();
        foreach (var p in problems.Problems) io.Error.MarkupLineInterpolated($"[red]error:[/] {p.ToString()}");
        if (problems.Problems.Count > 0) return ExitCodes.BadInput;
        var examples = EventnessTrainer.Collect(collecting, units);
        var (model, report) = EventnessTrainer.Train(examples);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        model.Save(output, [
            "The eventness model of Parley's coder: logistic-regression weights over the features of",
            "src/Parley/Coding/EventFeatures.cs; a candidate whose probability is below @threshold (@threshold-article for an act",
            "done in an article of six sentences or more) is not coded.",
            "Trained by `parley train eventness` (src/Parley/Evaluation/EventnessTrainer.cs) on:",
            .. sets.Select(s => $"  {Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(s)))}/{Path.GetFileName(s)} sha256 {Hash(s)}"),
            EventnessTrainer.Describe(report),
        ]);
        io.Out.MarkupLineInterpolated($"{EventnessTrainer.Describe(report)}");
        if (settings.Check) return Compare(output, stored);
        io.Out.MarkupLineInterpolated($"{model.Weights.Count} weights written to [blue]{output}[/]");
        return ExitCodes.Success;
    }

    /// <summary>Whether the freshly trained model equals the stored one, byte for byte.</summary>
    int Compare(string trained, string stored)
    {
        var same = File.Exists(stored) && File.ReadAllBytes(stored).AsSpan().SequenceEqual(File.ReadAllBytes(trained));
        File.Delete(trained);
        if (same)
        {
            io.Out.MarkupLineInterpolated($"[green]{stored} is what training gives, byte for byte[/]");
            return ExitCodes.Success;
        }
        io.Error.MarkupLineInterpolated($"[red]error:[/] {stored} differs from what training gives now; run `parley train eventness` and commit it");
        return ExitCodes.BadInput;
    }

    static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))[..16].ToLowerInvariant();
}

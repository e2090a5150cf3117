using System.ComponentModel;
using Parley.Io;
using Parley.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>What the exit code of every command means.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Some input records were bad and were skipped; the rest was processed.</summary>
    public const int BadInput = 1;
    /// <summary>The command could not run: a wrong option, a missing input, missing or unreadable data.</summary>
    public const int Usage = 2;
    /// <summary>The reader of standard output went away (`parley code big.jsonl | head -1`).</summary>
    public const int OutputClosed = 141;

    /// <summary>After scores of the labelled lines that could be read: 1 when some could not (each was reported), else 0.</summary>
    public static int Scored(ConsoleStreams io, ProblemLog problems)
    {
        if (problems.Problems.Count == 0) return Success;
        io.Error.MarkupLineInterpolated($"[red]{problems.Problems.Count} line(s) could not be read and were left out of the scores[/]");
        return BadInput;
    }

    /// <summary>
    /// A run's exit code, made 1 when lines of the data files given with --actors or --triggers could not be read (each was
    /// reported when the data loaded): what the user asked for was not all used, though everything else ran.
    /// </summary>
    public static int WithDataLines(ConsoleStreams io, Pipeline pipeline, int exit)
    {
        var skipped = pipeline.Models.SkippedLines;
        if (skipped == 0 || exit > BadInput) return exit;
        io.Error.MarkupLineInterpolated($"[red]{skipped:N0} line(s) of the data files given with --actors or --triggers could not be read[/] and were left out (see the warnings above).");
        return BadInput;
    }
}

/// <summary>The help of options that several commands' settings declare (Spectre.Console.Cli settings inherit from one class only).</summary>
public static class OptionText
{
    public const string Store = "The event store: a file (the embedded SQLite store) or a PostgreSQL connection string (postgres://user@host/db or Host=...). Default: $PARLEY_STORE, else parley.db in the working directory.";
    public const string Data = "Directory holding Parley's data (lexicon, knowledge, triggers, words). Default: the data/ shipped beside the program.";
    public const string Actors = "An extra actor file (people.tsv or organisations.tsv format, or a TABARI/PETRARCH actor or agent dictionary). Repeatable.";
    public const string Triggers = "An extra trigger file (data/triggers format, or a TABARI/PETRARCH verb-pattern dictionary). Repeatable.";
    public const string EventnessThreshold = "Code a candidate only when the eventness model gives it at least this probability (0 to 1, for every document; default: the model's own, 0.35, and 0.45 for acts done in an article of six sentences or more). Higher trades recall for precision: on the real-text dev set (the model trained on it, 2026-12-08) 0.25 gives P 0.70 R 0.69, 0.35 P 0.76 R 0.67, 0.45 P 0.80 R 0.64, 0.55 P 0.84 R 0.61 (the default P 0.78 R 0.66).";
    public const string EventnessThresholdInvalid = "--eventness-threshold must be a probability between 0 and 1, such as 0.55";

    /// <summary>The error for an eventness threshold that is not a probability, or null when it is one or not given.</summary>
    public static string? ThresholdProblem(double? threshold) => threshold is { } t && t is not (>= 0 and <= 1) ? EventnessThresholdInvalid : null;

    /// <summary>An option's number (NaN when it is not one, which the command then rejects), or null when it is not given.</summary>
    public static double? Probability(string? text) =>
        text is null ? null : double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : double.NaN;

    public const string SkipPass = "Switch off a coding pass by name, to measure what it does (`parley explain` names them). Repeatable.";
}

/// <summary>What a command that codes text needs to load Parley's data: where it lives, extra knowledge files, passes to skip.</summary>
public interface IKnowledgeSettings
{
    string? DataDirectory { get; }
    string[] ActorFiles { get; }
    string[] TriggerFiles { get; }
    string[] SkipPasses { get; }
    double? EventnessThreshold { get; }
}

/// <summary>Options every command that codes text shares: where data lives, extra knowledge files, passes to skip, the eventness threshold.</summary>
public class KnowledgeSettings : CommandSettings, IKnowledgeSettings
{
    [CommandOption("--data <DIR>")]
    [Description(OptionText.Data)]
    public string? DataDirectory { get; init; }

    [CommandOption("--actors <FILE>")]
    [Description(OptionText.Actors)]
    public string[] ActorFiles { get; init; } = [];

    [CommandOption("--triggers <FILE>")]
    [Description(OptionText.Triggers)]
    public string[] TriggerFiles { get; init; } = [];

    [CommandOption("--skip-pass <NAME>")]
    [Description(OptionText.SkipPass)]
    public string[] SkipPasses { get; init; } = [];

    [CommandOption("--eventness-threshold <P>")]
    [Description(OptionText.EventnessThreshold)]
    public string? EventnessThresholdText { get; init; }

    public double? EventnessThreshold => OptionText.Probability(EventnessThresholdText);
}

/// <summary>Settings with a publication date option: rejected unless it is an ISO 8601 date.</summary>
public class DatedSettings : KnowledgeSettings
{
    [CommandOption("--date <DATE>")]
    [Description("Publication date (ISO 8601, e.g. 2023-05-12) that relative dates resolve against.")]
    public string? Date { get; init; }

    public DateOnly? ParsedDate => Date is not null && DocumentReader.TryParseDate(Date, out var date) ? date : null;

    public override ValidationResult Validate() =>
        Date is not null && ParsedDate is null
            ? ValidationResult.Error($"--date '{Date}' is not an ISO 8601 date such as 2023-05-12")
            : ValidationResult.Success();
}

static class Loading
{
    /// <summary>
    /// Loads the models from --data or the data/ beside the program. Problems in data lines are warnings; a
    /// missing directory or file, or an unreadable one, stops the command (null: exit with <see cref="ExitCodes.Usage"/>).
    /// </summary>
    public static Pipeline? Pipeline(IKnowledgeSettings settings, ConsoleStreams io)
    {
        var directory = settings.DataDirectory ?? Models.ShippedDataDirectory;
        if (!Directory.Exists(directory))
        {
            io.Error.MarkupLineInterpolated($"[red]error:[/] data directory '{directory}' not found; give Parley's data/ with --data DIR");
            return null;
        }
        var models = Cache.GetOrAdd(CacheKey(directory, settings), _ => new(() => Models.Load(directory, settings.ActorFiles, settings.TriggerFiles))).Value;
        var fatal = models.Problems.Where(p => p.Fatal).ToList();
        foreach (var problem in fatal.Take(10)) io.Error.MarkupLineInterpolated($"[red]error:[/] {problem.ToString()}");
        if (fatal.Count > 10) io.Error.MarkupLineInterpolated($"[red]error:[/] ... and {fatal.Count - 10} more missing or unreadable files");
        if (fatal.Count > 0)
        {
            if (fatal.Any(p => p.File.StartsWith(directory, StringComparison.Ordinal)))
                io.Error.MarkupLineInterpolated($"[red]error:[/] Parley's data could not be loaded from '{directory}'; give its location with --data DIR");
            return null;
        }
        var warnings = models.Problems.Where(p => p is { Fatal: false, Note: false }).ToList();
        foreach (var problem in warnings.Take(20)) io.Error.MarkupLineInterpolated($"[yellow]warning:[/] {problem.ToString()}");
        if (warnings.Count > 20) io.Error.MarkupLineInterpolated($"[yellow]warning:[/] ... and {warnings.Count - 20} more problems in data files");
        foreach (var note in models.Problems.Where(p => p.Note)) io.Error.MarkupLineInterpolated($"note: {note.ToString()}");
        if (OptionText.ThresholdProblem(settings.EventnessThreshold) is { } badThreshold)
        {
            io.Error.MarkupLineInterpolated($"[red]error:[/] {badThreshold}");
            return null;
        }
        if (settings.EventnessThreshold is { } threshold) models = models.WithEventnessThreshold(threshold);
        try
        {
            return new Pipeline(models, settings.SkipPasses);
        }
        catch (ArgumentException ex)
        {
            io.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// Loaded models by data directory and extra files (with their times of last change), so that commands run in
    /// one process (the tests, a server) do not load the same data twice. Lazy, so that commands starting at
    /// the same time (tests run in parallel) wait for one load instead of each loading the data.
    /// </summary>
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Models>> Cache = new();

    static string CacheKey(string directory, IKnowledgeSettings settings) =>
        string.Join('|', new[] { directory }.Concat(settings.ActorFiles).Concat(["--"]).Concat(settings.TriggerFiles)
            .Select(f => string.IsNullOrWhiteSpace(f) ? "''" : $"{Path.GetFullPath(f)}@{(File.Exists(f) ? File.GetLastWriteTimeUtc(f).Ticks : Directory.Exists(f) ? Directory.GetLastWriteTimeUtc(f).Ticks : 0)}"));

    /// <summary>A file of the source checkout (eval/dev.jsonl), looked for from the working directory upwards.</summary>
    public static string? FindInCheckout(string relativePath)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, relativePath))) return Path.Combine(dir.FullName, relativePath);
        return null;
    }

    public static Table EventTable(IEnumerable<PloverEvent> events)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("document", "#", "event", "mode", "status", "actor", "recipient", "where", "when", "words");
        foreach (var e in events)
            table.AddRow(
                Markup.Escape(e.Doc),
                Markup.Escape($"{e.Sentence}:{e.Id.Index}"),
                $"[bold]{e.Category.Name()}[/]",
                Markup.Escape(e.Mode?.Name() ?? ""),
                e.Status == EventStatus.Asserted ? "asserted" : $"[yellow]{e.Status.Name()}[/]",
                Markup.Escape(Entities(e.Actor)),
                Markup.Escape(Entities(e.Recipient)),
                Markup.Escape(e.Location is { } l ? $"{l.Place.Name} ({l.Place.Country})" : ""),
                Markup.Escape(e.Date?.ToString() ?? ""),
                Markup.Escape(e.EventText));
        return table;
    }

    static string Entities(IReadOnlyList<EventEntity> entities) =>
        string.Join("; ", entities.Select(x => $"{x.Entity.Name} [{x.Entity.Code ?? "?"}{(x.Entity.Sector is null ? "" : " " + x.Entity.Sector.Value.Name())}]"));

    /// <summary>Writing to a pipe whose reader has gone.</summary>
    public static bool IsBrokenPipe(IOException ex) => ex.HResult == 32 || ex.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase);
}

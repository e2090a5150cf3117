using System.ComponentModel;
using Parley.Evaluation;
using Parley.Io;
using Parley.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class EvalSettings : KnowledgeSettings
{
    [CommandArgument(0, "[FILE]")]
    [Description("The labelled development set (default: eval/dev.jsonl of the checkout).")]
    public string? File { get; init; }

    [CommandOption("--errors <N>")]
    [Description("List the first N sentences the coder got wrong.")]
    [DefaultValue(0)]
    public int Errors { get; init; }

    [CommandOption("--tag <TAG>")]
    [Description("Score only sentences with this tag (e.g. hard:negation, CONSULT).")]
    public string? Tag { get; init; }
}

/// <summary>`parley eval`: scores the coder on the labelled development set.</summary>
public sealed class EvalCommand(ConsoleStreams io) : Command<EvalSettings>
{
    public override int Execute(CommandContext context, EvalSettings settings, CancellationToken cancellation)
    {
        var file = settings.File ?? Loading.FindInCheckout(Path.Combine("eval", "dev.jsonl"));
        if (file is null || !System.IO.File.Exists(file))
        {
            io.Error.MarkupLine("[red]error:[/] development set not found; pass its path (eval/dev.jsonl)");
            return ExitCodes.Usage;
        }
        var pipeline = Loading.Pipeline(settings, io);
        if (pipeline is null) return ExitCodes.Usage;
        if (RealTextSet.IsRealTextFile(file)) return ScoreRealText(pipeline, file, settings);
        var problems = new ProblemLog();
        var sentences = DevSet.Load(file, problems);
        foreach (var p in problems.Problems) io.Error.MarkupLineInterpolated($"[red]error:[/] {p.ToString()}");
        if (settings.Tag is not null) sentences = sentences.Where(s => s.Tags.Contains(settings.Tag)).ToList();
        var report = Scorer.Score(sentences, s => pipeline.Code(new Article(s.Id, s.Text, s.Date)));

        var table = new Table().Border(TableBorder.Simple).AddColumns("category", "gold", "coded", "P", "R", "F1");
        foreach (var (category, c) in report.ByCategory)
            table.AddRow(category.Name(), (c.TruePositives + c.FalseNegatives).ToString(), (c.TruePositives + c.FalsePositives).ToString(),
                $"{c.Precision:F2}", $"{c.Recall:F2}", $"{c.F1:F2}");
        table.AddRow("[bold]all[/]", (report.Overall.TruePositives + report.Overall.FalseNegatives).ToString(),
            (report.Overall.TruePositives + report.Overall.FalsePositives).ToString(),
            $"[bold]{report.Overall.Precision:F2}[/]", $"[bold]{report.Overall.Recall:F2}[/]", $"[bold]{report.Overall.F1:F2}[/]");
        io.Out.Write(table);

        var labels = report.Confusion.Keys.SelectMany(k => new[] { k.Gold, k.Predicted }).Distinct().OrderBy(l => l == "none" ? "zzz" : l).ToList();
        // Three-letter labels keep all 16 categories and "none" within 80 columns.
        var confusion = new Table().Border(TableBorder.None).Collapse().AddColumn(new TableColumn("gold").PadLeft(0).PadRight(1));
        foreach (var l in labels) confusion.AddColumn(new TableColumn(Short(l)).RightAligned().PadLeft(0).PadRight(1));
        foreach (var g in labels)
            confusion.AddRow([Short(g), .. labels.Select(p => report.Confusion.TryGetValue((g, p), out var n) ? (g == p ? $"[green]{n}[/]" : $"[red]{n}[/]") : "")]);
        io.Out.Write(confusion);
        io.Out.MarkupLine("[grey]rows: gold category; columns: coded category; '-' is no event[/]");

        io.Out.MarkupLineInterpolated($"{report.Sentences} sentences, {report.Matched} matched events");
        io.Out.MarkupLineInterpolated($"event-category F1 {report.Overall.F1:F3} (P {report.Overall.Precision:F3}, R {report.Overall.Recall:F3})");
        io.Out.MarkupLineInterpolated($"actor accuracy {report.ActorAccuracy:F3} ({report.ActorCorrect}), recipient accuracy {report.RecipientAccuracy:F3} ({report.RecipientCorrect}), status accuracy {report.StatusAccuracy:F3} ({report.StatusCorrect}), of {report.Matched} matched events");
        io.Out.MarkupLineInterpolated($"hard cases: F1 {report.Hard.F1:F3}; sentences fully right {report.HardSentencesCorrect}/{report.HardSentences} = {report.HardAccuracy:F3}");

        foreach (var error in report.Errors.Take(settings.Errors))
        {
            io.Out.MarkupLineInterpolated($"[yellow]{error.Gold.Id}[/] {error.Gold.Text}");
            io.Out.MarkupLineInterpolated($"    gold: {string.Join(" | ", error.Gold.Events.Select(e => $"{e.Category.Name()} {e.Mode} {e.Status.Name()} {string.Join(",", e.Actor)} -> {string.Join(",", e.Recipient)}"))}");
            io.Out.MarkupLineInterpolated($"    coded: {string.Join(" | ", error.Predicted.Select(e => $"{e.Category.Name()} {e.Mode?.Name()} {e.Status.Name()} {string.Join(",", e.Actor.Select(a => a.Entity.Code))} -> {string.Join(",", e.Recipient.Select(a => a.Entity.Code))} '{e.EventText}'"))}");
            io.Out.MarkupLineInterpolated($"    [red]{error.What}[/]");
        }
        return ExitCodes.WithDataLines(io, pipeline, ExitCodes.Scored(io, problems));
    }

    /// <summary>The real-text set (eval/real): precision over every asserted event coded, recall over every asserted gold event.</summary>
    int ScoreRealText(Pipeline pipeline, string file, EvalSettings settings)
    {
        var problems = new ProblemLog();
        var units = RealTextSet.Load(file, problems);
        foreach (var p in problems.Problems) io.Error.MarkupLineInterpolated($"[red]error:[/] {p.ToString()}");
        if (settings.Tag is not null) units = units.Where(u => u.Source == settings.Tag).ToList();
        var report = RealScorer.Score(units, u => pipeline.Code(new Article(u.Id, u.Text, u.Date)));
        var table = new Table().Border(TableBorder.Simple).AddColumns("", "gold", "coded", "P", "R", "F1");
        void Row(string name, CategoryCounts c) => table.AddRow(name, (c.TruePositives + c.FalseNegatives).ToString(), (c.TruePositives + c.FalsePositives).ToString(),
            $"{c.Precision:F3}", $"{c.Recall:F3}", $"{c.F1:F3}");
        foreach (var (category, c) in report.ByCategory) Row(category.Name(), c);
        foreach (var (source, c) in report.BySource.OrderBy(x => x.Key)) Row($"[bold]{source}[/]", c);
        Row("[bold]all[/]", report.Overall);
        Row("[bold]event+actor+recipient[/]", report.Strict);
        io.Out.Write(table);
        io.Out.MarkupLineInterpolated($"{report.Units} units, {report.Sentences} sentences; asserted events only");
        io.Out.MarkupLineInterpolated($"precision {report.Overall.Precision:F3}, recall {report.Overall.Recall:F3}, F1 {report.Overall.F1:F3}; event+actor+recipient F1 {report.Strict.F1:F3} (P {report.Strict.Precision:F3}, R {report.Strict.Recall:F3})");
        io.Out.MarkupLineInterpolated($"actor accuracy {report.ActorAccuracy:F3}, recipient accuracy {report.RecipientAccuracy:F3} of {report.Matched} matched events");
        io.Out.MarkupLineInterpolated($"false positives: {string.Join(", ", report.FalsePositives.Select(kv => $"{kv.Key} {kv.Value}"))}");
        io.Out.MarkupLineInterpolated($"false negatives: {string.Join(", ", report.FalseNegatives.Select(kv => $"{kv.Key} {kv.Value}"))}");
        if (report.ArticleEvents > 0)
            io.Out.MarkupLineInterpolated($"whole articles: {report.ArticleEventsOnEmptySentences} of {report.ArticleEvents} asserted events ({report.EmptySentenceShare:P1}) fall on sentences that report no event");
        if (settings.Errors > 0 && Path.GetFileName(file).Contains("test", StringComparison.OrdinalIgnoreCase))
        {
            io.Error.MarkupLine("[yellow]note:[/] errors are not listed for the test split: its sentences are not to be read while writing rules");
            return ExitCodes.WithDataLines(io, pipeline, ExitCodes.Scored(io, problems));
        }
        foreach (var error in report.Errors.Take(settings.Errors))
        {
            var (start, end) = error.Unit.Sentences[error.Sentence];
            io.Out.MarkupLineInterpolated($"[yellow]{error.Unit.Id}[/] [[{error.Sentence}]] {error.Unit.Text[start..end]}");
            io.Out.MarkupLineInterpolated($"    [red]{error.What}[/]");
        }
        return ExitCodes.WithDataLines(io, pipeline, ExitCodes.Scored(io, problems));
    }

    static string Short(string label) => label switch
    {
        "none" => "-",
        "CONSULT" => "CNS",
        "CONCEDE" => "CNC",
        "COOPERATE" => "COO",
        "COERCE" => "COE",
        _ => label.Length > 3 ? label[..3] : label,
    };
}

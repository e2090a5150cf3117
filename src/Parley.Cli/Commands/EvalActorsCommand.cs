using System.ComponentModel;
using Parley.Evaluation;
using Parley.Io;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class EvalActorsSettings : KnowledgeSettings
{
    [CommandArgument(0, "[FILE]")]
    [Description("The labelled actor mentions (default: eval/actors.jsonl of the checkout).")]
    public string? File { get; init; }

    [CommandOption("--errors <N>")]
    [Description("List the first N mentions resolved wrongly.")]
    [DefaultValue(0)]
    public int Errors { get; init; }
}

/// <summary>`parley eval-actors`: scores actor resolution (state or organisation, and sector) on labelled mentions.</summary>
public sealed class EvalActorsCommand(ConsoleStreams io) : Command<EvalActorsSettings>
{
    public override int Execute(CommandContext context, EvalActorsSettings settings, CancellationToken cancellation)
    {
        var file = settings.File ?? Loading.FindInCheckout(Path.Combine("eval", "actors.jsonl"));
        if (file is null || !System.IO.File.Exists(file))
        {
            io.Error.MarkupLine("[red]error:[/] actor development set not found; pass its path (eval/actors.jsonl)");
            return ExitCodes.Usage;
        }
        var pipeline = Loading.Pipeline(settings, io);
        if (pipeline is null) return ExitCodes.Usage;
        var problems = new ProblemLog();
        var items = ActorScorer.Load(file, problems);
        foreach (var p in problems.Problems) io.Error.MarkupLineInterpolated($"[red]error:[/] {p.ToString()}");
        var results = ActorScorer.Score(items, pipeline);

        var table = new Table().Border(TableBorder.Simple).AddColumns("tag", "mentions", "code right", "code+sector right");
        foreach (var group in results.SelectMany(r => r.Gold.Tags.DefaultIfEmpty("untagged").Select(t => (Tag: t, Result: r))).GroupBy(x => x.Tag).OrderBy(g => g.Key))
            table.AddRow(group.Key, group.Count().ToString(), $"{group.Count(x => x.Result.CodeCorrect) / (double)group.Count():F2}",
                $"{group.Count(x => x.Result.Correct) / (double)group.Count():F2}");
        io.Out.Write(table);
        var n = Math.Max(1, results.Count);
        io.Out.MarkupLineInterpolated($"{results.Count} mentions in {items.Count} texts: code accuracy {results.Count(r => r.CodeCorrect) / (double)n:F3}, code+sector accuracy {results.Count(r => r.Correct) / (double)n:F3}");
        foreach (var r in results.Where(r => !r.Correct).Take(settings.Errors))
            io.Out.MarkupLineInterpolated($"[yellow]{r.Item.Id}[/] '{r.Gold.Text}' gold {r.Gold.Code}/{r.Gold.Sector ?? "-"} got {r.Code ?? "none"}/{r.Sector ?? "-"} ('{r.Found}') [grey]{r.Reason}[/]");
        return ExitCodes.Scored(io, problems);
    }
}

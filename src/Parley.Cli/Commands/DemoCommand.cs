using Parley.Io;
using Parley.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>`parley demo`: codes the seed article shipped in samples/ and prints the table.</summary>
public sealed class DemoCommand(ConsoleStreams io) : Command<KnowledgeSettings>
{
    public override int Execute(CommandContext context, KnowledgeSettings settings, CancellationToken cancellation)
    {
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "vienna-talks.jsonl");
        if (!File.Exists(sample))
        {
            io.Error.MarkupLineInterpolated($"[red]error:[/] sample article not found at {sample}; rebuild parley");
            return ExitCodes.Usage;
        }
        var pipeline = Loading.Pipeline(settings, io);
        if (pipeline is null) return ExitCodes.Usage;
        using var stream = File.OpenRead(sample);
        foreach (var result in DocumentReader.ReadJsonLines(stream, sample))
        {
            var article = result.Article!;
            io.Out.Write(new Rule($"[bold]{Markup.Escape(article.Title ?? article.Id)}[/] ({article.Date:yyyy-MM-dd})"));
            var events = pipeline.Code(article).Where(e => e.Status != EventStatus.Negated).ToList();
            io.Out.Write(Loading.EventTable(events));
            io.Out.MarkupLineInterpolated($"{events.Count} events. Full records: [blue]parley code {sample}[/]");
        }
        return ExitCodes.Success;
    }
}

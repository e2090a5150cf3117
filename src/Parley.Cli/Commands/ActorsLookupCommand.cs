using System.ComponentModel;
using Parley.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class ActorsLookupSettings : DatedSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("A name, title or phrase as it would appear in news text. Offices are resolved on --date, else today.")]
    public string Name { get; init; } = "";
}

/// <summary>`parley actors lookup`: how a phrase resolves on a date, and why.</summary>
public sealed class ActorsLookupCommand(ConsoleStreams io) : Command<ActorsLookupSettings>
{
    public override int Execute(CommandContext context, ActorsLookupSettings settings, CancellationToken cancellation)
    {
        var date = settings.ParsedDate ?? io.Today;
        var pipeline = Loading.Pipeline(settings, io);
        if (pipeline is null) return ExitCodes.Usage;
        pipeline.Analyze(new Article("lookup", settings.Name, date), out var d, keepAnalyses: false);
        var found = d.Mentions.Where(m => m is ActorMention or PlaceMention).OrderBy(m => m.First).ToList();
        if (found.Count == 0)
        {
            io.Out.MarkupLineInterpolated($"'{settings.Name}' is not in the knowledge base (version {pipeline.Models.Knowledge.Version}).");
            return ExitCodes.BadInput;
        }
        var table = new Table().AddColumns("text", "kind", "name", "country", "sector", "title", "org", "why");
        foreach (var m in found)
        {
            var e = (m as ActorMention)?.Entity;
            var place = (m as PlaceMention)?.Place;
            table.AddRow(Markup.Escape(d.TextOf(m.First, m.End - 1)), e is null ? "Place" : "Actor", Markup.Escape(e?.Name ?? place?.Name ?? ""),
                m.Country ?? "", e?.Sector?.Name() ?? "", Markup.Escape(e?.Title ?? ""), e?.Org ?? "", Markup.Escape(m.Reason ?? ""));
        }
        io.Out.MarkupLineInterpolated($"'{settings.Name}' on {date:yyyy-MM-dd} (knowledge {pipeline.Models.Knowledge.Version}):");
        io.Out.Write(table);
        return ExitCodes.Success;
    }
}

using System.ComponentModel;
using Parley.Io;
using Parley.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class ActorsLookupSettings : KnowledgeSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("A name, title or phrase as it would appear in news text.")]
    public string Name { get; init; } = "";

    [CommandOption("--date <DATE>")]
    [Description("The date to resolve offices on (ISO 8601). Default: today.")]
    public string? Date { get; init; }
}

/// <summary>`parley actors lookup`: how a phrase resolves on a date, and why.</summary>
public sealed class ActorsLookupCommand : Command<ActorsLookupSettings>
{
    public override int Execute(CommandContext context, ActorsLookupSettings settings, CancellationToken cancellation)
    {
        var date = settings.Date is not null && DocumentReader.TryParseDate(settings.Date, out var parsed) ? parsed : DateOnly.FromDateTime(DateTime.UtcNow);
        var pipeline = new Pipeline(Loading.Load(settings, Loading.Stderr));
        pipeline.Analyze(new Article("lookup", settings.Name, date), out var d, keepAnalyses: false);
        var found = d.Mentions.Where(m => m.Kind is MentionKind.Actor or MentionKind.Place).OrderBy(m => m.First).ToList();
        if (found.Count == 0)
        {
            AnsiConsole.MarkupLineInterpolated($"'{settings.Name}' is not in the knowledge base (version {pipeline.Models.Knowledge.Version}).");
            return 1;
        }
        var table = new Table().AddColumns("text", "kind", "name", "country", "sector", "title", "org", "why");
        foreach (var m in found)
        {
            var e = m.Entity;
            table.AddRow(Markup.Escape(d.TextOf(m.First, m.End - 1)), m.Kind.ToString(), Markup.Escape(e?.Name ?? m.Place?.Name ?? ""),
                e?.Country ?? m.Place?.Country ?? "", e?.Sector?.Name() ?? "", Markup.Escape(e?.Title ?? ""), e?.Org ?? "", Markup.Escape(m.Reason ?? ""));
        }
        AnsiConsole.MarkupLineInterpolated($"'{settings.Name}' on {date:yyyy-MM-dd} (knowledge {pipeline.Models.Knowledge.Version}):");
        AnsiConsole.Write(table);
        return 0;
    }
}

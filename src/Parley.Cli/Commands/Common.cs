using System.ComponentModel;
using Parley.Io;
using Parley.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>Options every coding command shares: where data lives and extra knowledge files.</summary>
public class KnowledgeSettings : CommandSettings
{
    [CommandOption("--data <DIR>")]
    [Description("Directory holding Parley's data (lexicon, knowledge, triggers). Default: the one shipped with parley.")]
    public string? DataDirectory { get; init; }

    [CommandOption("--actors <FILE>")]
    [Description("An extra actor file (people.tsv or organisations.tsv format; see data/README.md). Repeatable.")]
    public string[] ActorFiles { get; init; } = [];

    [CommandOption("--triggers <FILE>")]
    [Description("An extra trigger file (data/triggers format). Repeatable.")]
    public string[] TriggerFiles { get; init; } = [];
}

static class Loading
{
    /// <summary>Loads the models and reports problems in data files on stderr; none is fatal.</summary>
    public static Models Load(KnowledgeSettings settings, IAnsiConsole error)
    {
        var models = Models.Load(settings.DataDirectory ?? Models.FindDataDirectory(), settings.ActorFiles, settings.TriggerFiles);
        foreach (var problem in models.Problems.Take(20)) error.MarkupLineInterpolated($"[yellow]warning:[/] {problem.ToString()}");
        if (models.Problems.Count > 20) error.MarkupLineInterpolated($"[yellow]warning:[/] ... and {models.Problems.Count - 20} more problems in data files");
        return models;
    }

    /// <summary>A file of the source checkout (eval/dev.jsonl), looked for from the working directory upwards.</summary>
    public static string? FindInCheckout(string relativePath)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, relativePath))) return Path.Combine(dir.FullName, relativePath);
        return null;
    }

    public static IAnsiConsole Stderr { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    public static Table EventTable(IEnumerable<PloverEvent> events)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumns("#", "event", "mode", "status", "actor", "recipient", "where", "when", "words");
        foreach (var e in events)
            table.AddRow(
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
        string.Join("; ", entities.Select(x => $"{x.Entity.Name} [{x.Entity.Code ?? "?"}{(x.Entity.Sector is null ? "" : " " + x.Entity.Sector)}]"));
}

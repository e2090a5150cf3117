using System.ComponentModel;
using System.Globalization;
using Parley.Model;
using Parley.Storage;
using Parley.Storage.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class QuerySettings : FilterSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("table, jsonl (EVENTS.md), csv, parquet or polecat (POLECAT-style TSV).")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("--raw")]
    [Description("Every coded sentence event as Parley wrote it, instead of one row per merged event.")]
    public bool Raw { get; init; }

    [CommandOption("--limit <N>")]
    [Description("Rows per page (default: 50 for a table; every row for the other formats). When more follow, the command to fetch them is printed on stderr.")]
    public int? Limit { get; init; }

    [CommandOption("--cursor <CURSOR>")]
    [Description("Continue after the page that printed this cursor.")]
    public string? Cursor { get; init; }

    [CommandOption("-o|--out <FILE>")]
    [Description("Write to this file instead of standard output (needed for parquet on a terminal).")]
    public string? Out { get; init; }

    public ExportFormat? Export => Format switch
    {
        "jsonl" => ExportFormat.JsonLines,
        "csv" => ExportFormat.Csv,
        "parquet" => ExportFormat.Parquet,
        "polecat" => ExportFormat.PolecatTsv,
        _ => null,
    };

    public override ValidationResult Validate()
    {
        if (Format is not ("table" or "jsonl" or "csv" or "parquet" or "polecat"))
            return ValidationResult.Error($"--format must be table, jsonl, csv, parquet or polecat, not '{Format}'");
        if (Limit is < 1) return ValidationResult.Error("--limit must be at least 1");
        return base.Validate();
    }
}

/// <summary>`parley query`: events from the store that match the filters, as a table or in an export format, page by page.</summary>
public sealed class QueryCommand(ConsoleStreams io) : AsyncCommand<QuerySettings>
{
    public const int TablePage = 50;

    public override async Task<int> ExecuteAsync(CommandContext context, QuerySettings settings, CancellationToken cancellation)
    {
        if (settings.Format == "parquet" && settings.Out is null && !io.OutputRedirected)
        {
            io.Error.MarkupLine("[red]error:[/] parquet is binary: write it to a file with --out FILE or redirect standard output");
            return ExitCodes.Usage;
        }
        await using var store = await StoreAccess.OpenAsync(settings, io, cancellation);
        if (store is null) return ExitCodes.Usage;
        var query = settings.Query() with { Merged = !settings.Raw, Cursor = settings.Cursor };
        try
        {
            var limit = settings.Limit ?? (settings.Export is null ? TablePage : (int?)null);
            return limit is { } n ? await Page(store, query with { Limit = n }, settings, cancellation) : await All(store, query, settings, cancellation);
        }
        catch (StoreException ex)
        {
            return StoreAccess.Fail(io, ex);
        }
        catch (IOException ex) when (Loading.IsBrokenPipe(ex))
        {
            return ExitCodes.OutputClosed;
        }
        catch (FormatException ex)
        {
            io.Error.MarkupLineInterpolated($"[red]error:[/] --cursor: {ex.Message}");
            return ExitCodes.Usage;
        }
    }

    async Task<int> Page(IEventStore store, EventQuery query, QuerySettings settings, CancellationToken cancel)
    {
        var page = await store.QueryAsync(query, cancel);
        await Write(page.Events.ToAsyncEnumerable(), settings, cancel);
        if (page.Next is { } next)
            io.Error.MarkupLineInterpolated($"[grey]{page.Events.Count} rows; more follow: add[/] --cursor {next}");
        else if (page.Events.Count == 0)
            io.Error.MarkupLine("[grey]no events match[/]");
        return ExitCodes.Success;
    }

    async Task<int> All(IEventStore store, EventQuery query, QuerySettings settings, CancellationToken cancel)
    {
        var rows = await Write(store.QueryAllAsync(query, cancel), settings, cancel);
        if (rows == 0) io.Error.MarkupLine("[grey]no events match[/]");
        return ExitCodes.Success;
    }

    async Task<long> Write(IAsyncEnumerable<StoredEvent> events, QuerySettings settings, CancellationToken cancel)
    {
        if (settings.Export is { } format)
        {
            await using var output = settings.Out is null ? io.OpenOutput() : File.Create(settings.Out);
            return await EventExporter.ExportAsync(events, format, output, cancel);
        }
        var rows = new List<StoredEvent>();
        await foreach (var e in events.WithCancellation(cancel)) rows.Add(e);
        if (rows.Count == 0) return 0;
        var table = Table(rows, settings.Raw);
        if (settings.Out is null) io.Out.Write(table);
        else
        {
            await using var file = File.CreateText(settings.Out);
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(file), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
            console.Profile.Width = 200;
            console.Write(table);
        }
        return rows.Count;
    }

    static Table Table(IReadOnlyList<StoredEvent> rows, bool raw)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("date", "event", "mode", "status", "actor", "recipient", "where", "words", raw ? "id" : "event id / mentions / sources");
        foreach (var s in rows)
        {
            var e = s.Event;
            table.AddRow(
                Markup.Escape(e.Date?.ToString() ?? ""),
                $"[bold]{e.Category.Name()}[/]",
                Markup.Escape(e.Mode?.Name() ?? ""),
                e.Status == EventStatus.Asserted ? "asserted" : $"[yellow]{e.Status.Name()}[/]",
                Markup.Escape(Sides(e.Actor)),
                Markup.Escape(Sides(e.Recipient)),
                Markup.Escape(e.Location is { } l ? $"{l.Place.Name} ({l.Place.Country})" : ""),
                Markup.Escape(Shorten(e.EventText, 40)),
                Markup.Escape(raw ? e.Id.ToString() : $"{s.MergedId?.ToString(CultureInfo.InvariantCulture)} / {s.Mentions} / {s.Sources}"));
        }
        return table;
    }

    static string Sides(IReadOnlyList<EventEntity> side) => string.Join("; ", side.Select(x => x.Entity.Code is { } code && code != x.Entity.Name ? $"{x.Entity.Name} [{code}]" : x.Entity.Name));

    static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}

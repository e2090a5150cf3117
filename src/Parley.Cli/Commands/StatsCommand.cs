using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class StatsSettings : FilterSettings
{
    [CommandOption("--by <GROUP>")]
    [Description("What to count by: dyad, actor, recipient, country, event or quad.")]
    [DefaultValue("dyad")]
    public string By { get; init; } = "dyad";

    [CommandOption("--per <PERIOD>")]
    [Description("day, week (from Monday), month or year.")]
    [DefaultValue("month")]
    public string Per { get; init; } = "month";

    [CommandOption("--baseline <N>")]
    [Description("Compare each period with the mean of the previous N periods (Trendfinder style).")]
    [DefaultValue(4)]
    public int Baseline { get; init; } = 4;

    [CommandOption("--top <N>")]
    [Description("In a table, only the N groups with most events (0: all).")]
    [DefaultValue(20)]
    public int Top { get; init; } = 20;

    [CommandOption("--format <FORMAT>")]
    [Description("table, csv or jsonl.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    public StatsGroup Group => StatsQuery.TryParseGroup(By, out var group) ? group : throw new InvalidOperationException("--by was not validated");
    public StatsPeriod Period => StatsQuery.TryParsePeriod(Per, out var period) ? period : throw new InvalidOperationException("--per was not validated");

    public override ValidationResult Validate()
    {
        if (!StatsQuery.TryParseGroup(By, out _)) return ValidationResult.Error($"--by must be one of {StatsQuery.Names<StatsGroup>()}, not '{By}'");
        if (!StatsQuery.TryParsePeriod(Per, out _)) return ValidationResult.Error($"--per must be one of {StatsQuery.Names<StatsPeriod>()}, not '{Per}'");
        if (Baseline < 1) return ValidationResult.Error("--baseline must be at least 1");
        if (Top < 0) return ValidationResult.Error("--top must be 0 or more");
        if (Format is not ("table" or "csv" or "jsonl")) return ValidationResult.Error($"--format must be table, csv or jsonl, not '{Format}'");
        return base.Validate();
    }
}

/// <summary>
/// `parley stats`: merged events counted by dyad, actor, recipient, country, category or quad class per period,
/// with Goldstein sums and means (also weighted by mentions), the quad classes apart, and the change against
/// the previous periods.
/// </summary>
public sealed class StatsCommand(ConsoleStreams io) : AsyncCommand<StatsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StatsSettings settings, CancellationToken cancellation)
    {
        await using var store = await StoreAccess.OpenAsync(settings, io, cancellation);
        if (store is null) return ExitCodes.Usage;
        IReadOnlyList<StatsRow> rows;
        try
        {
            rows = await store.StatsAsync(new StatsQuery { By = settings.Group, Per = settings.Period, Filter = settings.Query(), BaselinePeriods = settings.Baseline }, cancellation);
        }
        catch (StoreException ex)
        {
            return StoreAccess.Fail(io, ex);
        }
        if (rows.Count == 0)
        {
            io.Error.MarkupLine("[grey]no events match[/]");
            return ExitCodes.Success;
        }
        try
        {
            switch (settings.Format)
            {
                case "table": Table(rows, settings); break;
                case "csv": await Write(Csv(rows, settings)); break;
                default: await Write(Jsonl(rows, settings)); break;
            }
        }
        catch (IOException ex) when (Loading.IsBrokenPipe(ex))
        {
            return ExitCodes.OutputClosed;
        }
        return ExitCodes.Success;
    }

    async Task Write(IEnumerable<string> lines)
    {
        await using var output = io.OpenOutput();
        await using var writer = new StreamWriter(output, new UTF8Encoding(false));
        foreach (var line in lines) await writer.WriteLineAsync(line);
    }

    static string Group(StatsRow r, StatsSettings s) => s.Group == StatsGroup.Dyad ? $"{r.Key} → {r.Key2}" : r.Key;

    static string Period(StatsRow r, StatsSettings s) => s.Period switch
    {
        StatsPeriod.Year => r.Period.Year.ToString(CultureInfo.InvariantCulture),
        StatsPeriod.Month => r.Period.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => r.Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    static string Trend(TrendMark mark) => mark switch
    {
        TrendMark.LargeIncrease => "large increase",
        TrendMark.ModerateIncrease => "moderate increase",
        TrendMark.ModerateDecrease => "moderate decrease",
        TrendMark.LargeDecrease => "large decrease",
        _ => "",
    };

    void Table(IReadOnlyList<StatsRow> rows, StatsSettings settings)
    {
        // The groups with most events first; within a group, its periods in order.
        // A dyad needs both sides: events with one side unknown are left out of the table (the exports keep them).
        var oneSided = settings.Group == StatsGroup.Dyad ? rows.Where(r => string.IsNullOrEmpty(r.Key) || string.IsNullOrEmpty(r.Key2)).Sum(r => r.Events) : 0;
        var groups = rows.Where(r => settings.Group != StatsGroup.Dyad || !string.IsNullOrEmpty(r.Key) && !string.IsNullOrEmpty(r.Key2))
                         .GroupBy(r => (r.Key, r.Key2)).OrderByDescending(g => g.Sum(r => r.Events)).ThenBy(g => g.Key.Key, StringComparer.Ordinal).ToList();
        var shown = settings.Top == 0 ? groups : groups.Take(settings.Top).ToList();
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns(settings.By, settings.Per, "events", "mentions", "goldstein", "mean", "w. mean", "v.coop", "m.coop", "v.confl", "m.confl", "baseline", "change");
        foreach (var c in table.Columns.Skip(2)) c.RightAligned();
        foreach (var group in shown)
            foreach (var r in group.OrderBy(r => r.Period))
                table.AddRow(
                    Markup.Escape(Group(r, settings)), Period(r, settings), $"{r.Events:N0}", $"{r.Mentions:N0}",
                    r.GoldsteinSum.ToString("0.#", CultureInfo.InvariantCulture), Mean(r.GoldsteinMean), Mean(r.GoldsteinMentionWeightedMean),
                    $"{r.VerbalCooperation:N0}", $"{r.MaterialCooperation:N0}", $"{r.VerbalConflict:N0}", $"{r.MaterialConflict:N0}",
                    r.Baseline is { } b ? b.ToString("0.#", CultureInfo.InvariantCulture) : "",
                    r.Trend switch
                    {
                        TrendMark.LargeIncrease => "[bold red]▲▲ large[/]",
                        TrendMark.ModerateIncrease => "[red]▲ moderate[/]",
                        TrendMark.ModerateDecrease => "[green]▼ moderate[/]",
                        TrendMark.LargeDecrease => "[bold green]▼▼ large[/]",
                        _ => "",
                    });
        io.Out.Write(table);
        if (oneSided > 0)
            io.Error.MarkupLineInterpolated($"[grey]{oneSided:N0} events with one side unknown are not in the dyad table (--format csv keeps them)[/]");
        if (shown.Count < groups.Count)
            io.Error.MarkupLineInterpolated($"[grey]the {shown.Count} groups with most events of {groups.Count}; --top 0 shows all, --format csv exports all[/]");
    }

    static string Mean(double value) => value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    static readonly string[] Columns =
        ["group", "group2", "period", "events", "mentions", "goldsteinSum", "goldsteinMean", "goldsteinWeightedMean",
         "verbalCooperation", "materialCooperation", "verbalConflict", "materialConflict", "baseline", "change"];

    static string Num(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    static IEnumerable<string> Csv(IReadOnlyList<StatsRow> rows, StatsSettings s)
    {
        static string Field(string? v) => v is null ? "" : v.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{v.Replace("\"", "\"\"")}\"" : v;
        yield return string.Join(',', Columns);
        foreach (var r in rows)
            yield return string.Join(',', new[]
            {
                r.Key, r.Key2, Period(r, s), r.Events.ToString(CultureInfo.InvariantCulture), r.Mentions.ToString(CultureInfo.InvariantCulture),
                Num(r.GoldsteinSum), Num(r.GoldsteinMean), Num(r.GoldsteinMentionWeightedMean),
                r.VerbalCooperation.ToString(CultureInfo.InvariantCulture), r.MaterialCooperation.ToString(CultureInfo.InvariantCulture),
                r.VerbalConflict.ToString(CultureInfo.InvariantCulture), r.MaterialConflict.ToString(CultureInfo.InvariantCulture),
                r.Baseline is { } b ? Num(b) : null, Trend(r.Trend),
            }.Select(Field));
    }

    static IEnumerable<string> Jsonl(IReadOnlyList<StatsRow> rows, StatsSettings s) =>
        rows.Select(r => JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["group"] = r.Key, ["group2"] = r.Key2, ["period"] = Period(r, s), ["events"] = r.Events, ["mentions"] = r.Mentions,
            ["goldsteinSum"] = Math.Round(r.GoldsteinSum, 4), ["goldsteinMean"] = Math.Round(r.GoldsteinMean, 4),
            ["goldsteinWeightedMean"] = Math.Round(r.GoldsteinMentionWeightedMean, 4),
            ["verbalCooperation"] = r.VerbalCooperation, ["materialCooperation"] = r.MaterialCooperation,
            ["verbalConflict"] = r.VerbalConflict, ["materialConflict"] = r.MaterialConflict,
            ["baseline"] = r.Baseline is { } b ? Math.Round(b, 4) : null, ["change"] = Trend(r.Trend) is { Length: > 0 } t ? t : null,
        }));
}

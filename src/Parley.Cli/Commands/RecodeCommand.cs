using System.ComponentModel;
using Parley.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class RecodeSettings : FilterSettings, IKnowledgeSettings
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

    [CommandOption("--dry-run")]
    [Description("Only count the documents coded with other data; change nothing.")]
    public bool DryRun { get; init; }

    [CommandOption("--batch <N>")]
    [Description("Documents per transaction.")]
    [DefaultValue(500)]
    public int Batch { get; init; } = 500;

    public override ValidationResult Validate() =>
        Batch < 1 ? ValidationResult.Error("--batch must be at least 1") : base.Validate();
}

/// <summary>
/// `parley recode`: after the knowledge base or the triggers change, re-codes only the stored documents coded with
/// other data (or other Parley), optionally narrowed by the event filters, and reports what changed.
/// </summary>
public sealed class RecodeCommand(ConsoleStreams io) : AsyncCommand<RecodeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RecodeSettings settings, CancellationToken cancellation)
    {
        var pipeline = Loading.Pipeline(settings, io);
        if (pipeline is null) return ExitCodes.Usage;
        await using var store = await StoreAccess.OpenAsync(settings, io, cancellation);
        if (store is null) return ExitCodes.Usage;
        var provenance = StoreAccess.Provenance(settings);
        var filter = settings.Query();
        var anyFilter = filter != new EventQuery();
        try
        {
            var stale = new List<string>();
            await foreach (var id in store.StaleDocumentsAsync(provenance, anyFilter ? filter : null, cancellation)) stale.Add(id);
            if (stale.Count == 0)
            {
                io.Error.MarkupLineInterpolated($"[green]nothing to recode:[/] every document in {Markup.Escape(store.Description)} was coded with this data ({provenance.Key}).");
                return ExitCodes.Success;
            }
            if (settings.DryRun)
            {
                io.Error.MarkupLineInterpolated($"{stale.Count:N0} document(s) were coded with other data and would be re-coded.");
                return ExitCodes.Success;
            }
            var report = await Recode(store, pipeline, stale, provenance, settings.Batch, cancellation);
            Summary(report, stale.Count);
            return ExitCodes.WithDataLines(io, pipeline, ExitCodes.Success);
        }
        catch (StoreException ex)
        {
            return StoreAccess.Fail(io, ex);
        }
    }

    async Task<IngestReport> Recode(IEventStore store, Pipeline pipeline, List<string> ids, Provenance provenance, int batchSize, CancellationToken cancel)
    {
        var report = new IngestReport();
        var batch = new List<Storage.CodedDocument>(batchSize);
        async Task Run(Action<int>? advance)
        {
            foreach (var id in ids)
            {
                if (await store.GetDocumentAsync(id, cancel) is not { } stored) continue;
                var coded = pipeline.CodeDocument(stored.Article);
                batch.Add(new Storage.CodedDocument(stored.Article, coded.Events, stored.Language));
                if (batch.Count < batchSize) continue;
                report += await store.IngestAsync(batch, provenance, cancel);
                advance?.Invoke(batch.Count);
                batch.Clear();
            }
            if (batch.Count > 0)
            {
                report += await store.IngestAsync(batch, provenance, cancel);
                advance?.Invoke(batch.Count);
            }
        }
        if (!io.Interactive)
        {
            await Run(null);
            return report;
        }
        await io.Error.Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("re-coding", maxValue: ids.Count);
                await Run(n => task.Increment(n));
            });
        return report;
    }

    void Summary(IngestReport r, int stale)
    {
        // Per document, events at the same words with the same category are unchanged (the batch totals count
        // every replaced event as removed and written again).
        io.Error.MarkupLineInterpolated(
            $"[green]re-coded {stale:N0} document(s):[/] {r.Changes.Sum(c => c.Added):N0} events added, {r.Changes.Sum(c => c.Removed):N0} removed, {r.Changes.Sum(c => c.Recategorised):N0} recategorised");
        var changed = r.Changes.Where(c => c.Added + c.Removed + c.Recategorised > 0).ToList();
        if (changed.Count == 0) return;
        var table = new Table().Border(TableBorder.Rounded).AddColumns("document", "added", "removed", "recategorised");
        foreach (var c in changed.OrderByDescending(c => c.Added + c.Removed + c.Recategorised).Take(20))
            table.AddRow(Markup.Escape(c.DocumentId), $"{c.Added}", $"{c.Removed}", $"{c.Recategorised}");
        io.Error.Write(table);
        if (changed.Count > 20) io.Error.MarkupLineInterpolated($"[grey]... and {changed.Count - 20} more documents changed[/]");
    }
}

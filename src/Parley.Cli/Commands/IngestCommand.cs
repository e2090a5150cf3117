using System.ComponentModel;
using Parley.Model;
using Parley.Sources;
using Parley.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class IngestSettings : DatedSettings, IStoreSettings
{
    [CommandArgument(0, "[INPUT]")]
    [Description("Documents to code and store: JSON Lines, text, HTML pages, feeds, WARC files, zip/tar/gzip archives, folders, or - for standard input.")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("--store <LOCATION>")]
    [Description(OptionText.Store)]
    public string? Store { get; init; }

    [CommandOption("--batch <N>")]
    [Description("Documents per transaction: a killed ingest leaves whole batches.")]
    [DefaultValue(500)]
    public int Batch { get; init; } = 500;

    [CommandOption("--strict")]
    [Description("Stop at the first bad input record instead of skipping it.")]
    public bool Strict { get; init; }

    public override ValidationResult Validate() =>
        Batch < 1 ? ValidationResult.Error("--batch must be at least 1") : base.Validate();
}

/// <summary>
/// `parley ingest`: codes documents and stores them with their events, a batch per transaction. Idempotent: a
/// document stored with the same text and data is left alone; one whose text changed is re-coded and its events
/// replaced. Reprints are linked to their original, and the same event from several stories becomes one.
/// </summary>
public sealed class IngestCommand(ConsoleStreams io) : AsyncCommand<IngestSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, IngestSettings settings, CancellationToken cancellation)
    {
        var inputs = new Inputs(settings.Inputs, io, new SourceOptions { DefaultDate = settings.ParsedDate });
        if (!inputs.AllExist()) return ExitCodes.Usage;
        var pipeline = Loading.Pipeline(settings, io);
        if (pipeline is null) return ExitCodes.Usage;
        await using var store = await StoreAccess.OpenAsync(settings, io, cancellation);
        if (store is null) return ExitCodes.Usage;
        inputs.WarnIfUndated(settings.ParsedDate);

        var provenance = StoreAccess.Provenance(settings);
        var report = new IngestReport();
        var batch = new List<Storage.CodedDocument>(settings.Batch);
        void Flush()
        {
            if (batch.Count == 0) return;
            // The coding run calls back synchronously; each batch is one transaction, written before coding goes on.
            report += store.IngestAsync(batch, provenance, cancellation).GetAwaiter().GetResult();
            batch.Clear();
        }
        var run = new CodingRun(pipeline, inputs, io, settings.Strict, settings.ParsedDate);
        bool finished;
        try
        {
            finished = run.Run((article, events) =>
            {
                batch.Add(new Storage.CodedDocument(article, events, article.Language));
                if (batch.Count >= settings.Batch) Flush();
            }, showProgress: io.Interactive);
            Flush();
        }
        catch (StoreException ex)
        {
            io.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            io.Error.MarkupLine("The batch being written was rolled back; earlier batches are stored. Run the same ingest again to go on.");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            io.Error.MarkupLine("[yellow]stopped:[/] the batches written before are stored; run the same ingest again to go on.");
            return ExitCodes.Usage;
        }
        run.ReportOtherLanguages();
        Summary(store, report);
        if (!finished) return ExitCodes.WithDataLines(io, pipeline, ExitCodes.BadInput);
        if (run.Problems > 0)
            io.Error.MarkupLineInterpolated($"[red]{run.Problems} bad input record(s) skipped[/]; {run.Documents} document(s) coded.");
        return ExitCodes.WithDataLines(io, pipeline, run.Problems > 0 ? ExitCodes.BadInput : ExitCodes.Success);
    }

    void Summary(IEventStore store, IngestReport r)
    {
        io.Error.MarkupLineInterpolated(
            $"[green]{Markup.Escape(store.Description)}:[/] {r.DocumentsAdded:N0} documents added, {r.DocumentsReplaced:N0} replaced, {r.DocumentsUnchanged:N0} unchanged, {r.Duplicates:N0} reprints linked; {r.EventsAdded:N0} events added, {r.EventsRemoved:N0} removed, {r.MergedCreated:N0} new merged events");
    }
}

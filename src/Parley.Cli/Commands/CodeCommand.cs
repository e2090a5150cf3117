using System.ComponentModel;
using Parley.Io;
using Parley.Model;
using Parley.Sources;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class CodeSettings : DatedSettings
{
    [CommandArgument(0, "[INPUT]")]
    [Description("Documents to code: JSON Lines, text (one document a file), HTML pages, feeds, WARC files, zip/tar/gzip archives, folders, or - for standard input (the default).")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("-o|--out <FILE>")]
    [Description("Write to this file instead of standard output.")]
    public string? Out { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("jsonl (EVENTS.md records, the default) or table.")]
    [DefaultValue("jsonl")]
    public string Format { get; init; } = "jsonl";

    [CommandOption("--all")]
    [Description("Keep negated events (left out by default).")]
    public bool All { get; init; }

    [CommandOption("--strict")]
    [Description("Stop at the first bad input record.")]
    public bool Strict { get; init; }

    public override ValidationResult Validate()
    {
        if (Format is not ("jsonl" or "table")) return ValidationResult.Error($"--format must be 'jsonl' or 'table', not '{Format}'");
        return base.Validate();
    }
}

/// <summary>`parley code`: documents in, EVENTS.md events out, one document at a time.</summary>
public sealed class CodeCommand(ConsoleStreams io) : Command<CodeSettings>
{
    public override int Execute(CommandContext context, CodeSettings settings, CancellationToken cancellation)
    {
        var inputs = new Inputs(settings.Inputs, io, new SourceOptions { DefaultDate = settings.ParsedDate });
        if (!inputs.AllExist()) return ExitCodes.Usage;
        var pipeline = Loading.Pipeline(settings, io);
        if (pipeline is null) return ExitCodes.Usage;
        inputs.WarnIfUndated(settings.ParsedDate);
        Stream output;
        try
        {
            output = settings.Out is null ? io.OpenOutput() : File.Create(settings.Out);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            io.Error.MarkupLineInterpolated($"[red]error:[/] cannot write '{settings.Out}': {ex.Message}");
            return ExitCodes.Usage;
        }
        // Negated events are written (and counted) only with --all.
        var run = new CodingRun(pipeline, inputs, io, settings.Strict, settings.ParsedDate, e => settings.All || e.Status != EventStatus.Negated);
        var showProgress = io.Interactive && (settings.Out is not null || io.OutputRedirected);
        try
        {
            using (output)
            {
                var finished = settings.Format == "table" ? Table(run, output, settings, showProgress) : Lines(run, output, settings, showProgress);
                if (!finished) return ExitCodes.WithDataLines(io, pipeline, ExitCodes.BadInput);
            }
        }
        catch (IOException ex) when (Loading.IsBrokenPipe(ex))
        {
            return ExitCodes.OutputClosed;
        }
        run.ReportOtherLanguages();
        if (run.Problems > 0)
            io.Error.MarkupLineInterpolated($"[red]{run.Problems} bad input record(s) skipped[/]; {run.Documents} document(s) coded.");
        return ExitCodes.WithDataLines(io, pipeline, run.Problems > 0 ? ExitCodes.BadInput : ExitCodes.Success);
    }

    static bool Lines(CodingRun run, Stream output, CodeSettings settings, bool showProgress)
    {
        using var writer = new EventWriter(output);
        return run.Run((_, events) =>
        {
            foreach (var e in events) writer.Write(e);
            writer.Flush();
        }, showProgress);
    }

    bool Table(CodingRun run, Stream output, CodeSettings settings, bool showProgress)
    {
        var kept = new List<PloverEvent>();
        var finished = run.Run((_, events) => kept.AddRange(events), showProgress);
        var table = Loading.EventTable(kept);
        if (settings.Out is null) io.Out.Write(table);
        else
        {
            using var writer = new StreamWriter(output, ConsoleStreams.Utf8, leaveOpen: true);
            ConsoleStreams.Plain(writer).Write(table);
        }
        return finished;
    }
}

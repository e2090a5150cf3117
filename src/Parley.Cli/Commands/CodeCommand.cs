using System.ComponentModel;
using Parley.Io;
using Parley.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class CodeSettings : KnowledgeSettings
{
    [CommandArgument(0, "[INPUT]")]
    [Description("JSON Lines files of documents, or .txt files (one document each). Standard input when none or '-'.")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("-o|--out <FILE>")]
    [Description("Write events to this file instead of standard output.")]
    public string? Out { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("jsonl (default, EVENTS.md) or table.")]
    [DefaultValue("jsonl")]
    public string Format { get; init; } = "jsonl";

    [CommandOption("--all")]
    [Description("Keep negated events (left out by default).")]
    public bool All { get; init; }

    [CommandOption("--date <DATE>")]
    [Description("Publication date (ISO 8601) for .txt inputs and documents without one.")]
    public string? Date { get; init; }

    [CommandOption("--strict")]
    [Description("Stop at the first bad input line.")]
    public bool Strict { get; init; }

    public override ValidationResult Validate()
    {
        if (Format is not ("jsonl" or "table")) return ValidationResult.Error("--format must be 'jsonl' or 'table'");
        if (Date is not null && !DocumentReader.TryParseDate(Date, out _)) return ValidationResult.Error($"--date '{Date}' is not an ISO 8601 date such as 2023-05-12");
        return ValidationResult.Success();
    }
}

/// <summary>`parley code`: documents in, EVENTS.md events out, streaming one document at a time.</summary>
public sealed class CodeCommand : Command<CodeSettings>
{
    public override int Execute(CommandContext context, CodeSettings settings, CancellationToken cancellation)
    {
        var error = Loading.Stderr;
        foreach (var input in settings.Inputs.Where(i => i != "-" && !File.Exists(i)))
        {
            error.MarkupLineInterpolated($"[red]error:[/] input file '{input}' not found");
            return 2;
        }
        var pipeline = new Pipeline(Loading.Load(settings, error));
        DateOnly? defaultDate = settings.Date is null ? null : DocumentReader.TryParseDate(settings.Date, out var d) ? d : null;

        using var output = settings.Out is null ? Console.OpenStandardOutput() : File.Create(settings.Out);
        using var writer = new EventWriter(output);
        var table = settings.Format == "table" ? new List<PloverEvent>() : null;
        var problems = 0;
        var documents = 0;
        foreach (var result in Read(settings, defaultDate))
        {
            if (result.Problem is { } problem)
            {
                problems++;
                error.MarkupLineInterpolated($"[red]error:[/] {problem.ToString()}");
                if (settings.Strict) return 1;
                continue;
            }
            var article = result.Article!;
            if (article.Date is null && defaultDate is not null) article = article with { Date = defaultDate };
            documents++;
            foreach (var e in pipeline.Code(article))
            {
                if (e.Status == EventStatus.Negated && !settings.All) continue;
                if (table is not null) table.Add(e);
                else writer.Write(e);
            }
            writer.Flush();
        }
        if (table is not null) AnsiConsole.Write(Loading.EventTable(table));
        if (problems > 0) error.MarkupLineInterpolated($"[red]{problems} bad input record(s) skipped[/]; {documents} document(s) coded.");
        return problems > 0 ? 1 : 0;
    }

    static IEnumerable<ReadResult> Read(CodeSettings settings, DateOnly? date)
    {
        var inputs = settings.Inputs.Length == 0 ? ["-"] : settings.Inputs;
        foreach (var input in inputs)
        {
            using var stream = input == "-" ? Console.OpenStandardInput() : File.OpenRead(input);
            var name = input == "-" ? "<stdin>" : input;
            if (input.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                yield return DocumentReader.ReadText(stream, name, Path.GetFileNameWithoutExtension(input), date);
                continue;
            }
            foreach (var result in DocumentReader.ReadJsonLines(stream, name)) yield return result;
        }
    }
}

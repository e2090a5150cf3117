using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Io;
using Parley.Sources;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class SentencesSettings : KnowledgeSettings
{
    [CommandArgument(0, "[INPUTS]")]
    [Description("Files or folders of documents in any format `parley code` reads (JSON Lines, text, HTML, feeds, WARC, archives); '-' or nothing reads standard input.")]
    public string[] Inputs { get; init; } = [];
}

/// <summary>`parley sentences`: how Parley splits each document, as JSON lines of sentences with offsets into the document's text.</summary>
public sealed class SentencesCommand(ConsoleStreams io) : Command<SentencesSettings>
{
    public override int Execute(CommandContext context, SentencesSettings settings, CancellationToken cancellation)
    {
        var inputs = new Inputs(settings.Inputs, io, new SourceOptions());
        if (!inputs.AllExist()) return ExitCodes.Usage;
        var pipeline = Loading.Pipeline(settings, io);
        if (pipeline is null) return ExitCodes.Usage;
        using var output = io.OpenOutput();
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var problems = 0;
        foreach (var result in inputs.Read())
        {
            if (result.Problem is { } p)
            {
                problems++;
                io.Error.MarkupLineInterpolated($"[red]error:[/] {p.ToString()}");
                continue;
            }
            var article = result.Article!;
            var i = 0;
            foreach (var (start, end) in pipeline.Segment(article))
            {
                json.Reset(output);
                json.WriteStartObject();
                json.WriteString("doc", article.Id);
                json.WriteNumber("sentence", i++);
                json.WriteNumber("start", start);
                json.WriteNumber("end", end);
                json.WriteString("text", article.Text[start..end]);
                json.WriteEndObject();
                json.Flush();
                output.WriteByte((byte)'\n');
            }
        }
        return problems > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }
}

using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Io;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class SentencesSettings : KnowledgeSettings
{
    [CommandArgument(0, "<INPUT>")]
    [Description("A JSON Lines file of documents.")]
    public string Input { get; init; } = "";
}

/// <summary>`parley sentences`: how Parley splits each document, as JSON lines of sentences with offsets into the document's text.</summary>
public sealed class SentencesCommand(ConsoleStreams io) : Command<SentencesSettings>
{
    public override int Execute(CommandContext context, SentencesSettings settings, CancellationToken cancellation)
    {
        if (!File.Exists(settings.Input))
        {
            io.Error.MarkupLineInterpolated($"[red]error:[/] input '{settings.Input}' not found");
            return ExitCodes.Usage;
        }
        var pipeline = Loading.Pipeline(settings, io);
        if (pipeline is null) return ExitCodes.Usage;
        using var stream = File.OpenRead(settings.Input);
        using var output = io.OpenOutput();
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var problems = 0;
        foreach (var result in DocumentReader.ReadJsonLines(stream, settings.Input))
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

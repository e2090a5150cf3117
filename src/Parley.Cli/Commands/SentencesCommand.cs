using System.ComponentModel;
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
public sealed class SentencesCommand : Command<SentencesSettings>
{
    public override int Execute(CommandContext context, SentencesSettings settings, CancellationToken cancellation)
    {
        var pipeline = new Pipeline(Loading.Load(settings, Loading.Stderr));
        using var stream = File.OpenRead(settings.Input);
        using var stdout = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var problems = 0;
        foreach (var result in DocumentReader.ReadJsonLines(stream, settings.Input))
        {
            if (result.Problem is { } p) { problems++; Loading.Stderr.WriteLine(p.ToString()); continue; }
            var article = result.Article!;
            var i = 0;
            foreach (var (start, end) in pipeline.Segment(article))
            {
                json.WriteStartObject();
                json.WriteString("doc", article.Id);
                json.WriteNumber("sentence", i++);
                json.WriteNumber("start", start);
                json.WriteNumber("end", end);
                json.WriteString("text", article.Text[start..end]);
                json.WriteEndObject();
                json.Flush();
                stdout.WriteByte((byte)'\n');
                json.Reset();
            }
        }
        return problems > 0 ? 1 : 0;
    }
}

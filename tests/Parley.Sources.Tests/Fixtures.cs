using System.Text.Json.Nodes;
using Parley.Io;
using Parley.Model;

namespace Parley.Sources.Tests;

/// <summary>
/// The fixtures made by tools/fixtures/make_fixtures.py from four Guardian articles, the real
/// pipeline to code them, and helpers to read sources and compare what comes out.
/// </summary>
public static class Fixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    static readonly Lazy<IReadOnlyList<Article>> LazyJsonl = new(() =>
    {
        using var stream = File.OpenRead(PathOf("guardian.jsonl"));
        return DocumentReader.ReadJsonLines(stream, "guardian.jsonl").Select(r => r.Article!).ToList();
    });

    /// <summary>The four articles as JSON lines: the reference every other format must match.</summary>
    public static IReadOnlyList<Article> Jsonl => LazyJsonl.Value;

    /// <summary>The JSON lines article a document was made from, known by its headline.</summary>
    public static Article Reference(Article document) => Jsonl.Single(a => a.Title == document.Title);

    static readonly Lazy<Pipeline> LazyPipeline = new(() => new Pipeline(Models.Load(Models.ShippedDataDirectory)));
    public static Pipeline Pipeline => LazyPipeline.Value;

    public static List<ReadResult> Read(string nameOrPath, SourceOptions? options = null) =>
        SourceReader.Read(Path.IsPathRooted(nameOrPath) ? nameOrPath : PathOf(nameOrPath), options).ToList();

    public static List<ReadResult> Read(byte[] bytes, string name, SourceOptions? options = null) =>
        SourceReader.Read(new MemoryStream(bytes), name, options).ToList();

    public static List<Article> Documents(this IEnumerable<ReadResult> results) => results.Where(r => r.Article is not null).Select(r => r.Article!).ToList();

    public static List<Problem> Problems(this IEnumerable<ReadResult> results) => results.Where(r => r.Problem is not null).Select(r => r.Problem!).ToList();

    /// <summary>
    /// The events coded from an article, as EVENTS.md JSON without the fields that name the
    /// document (id, doc): what must be the same whichever format the article came in.
    /// </summary>
    public static List<string> Events(Article article)
    {
        using var buffer = new MemoryStream();
        using (var writer = new EventWriter(buffer))
            foreach (var e in Pipeline.Code(article)) writer.Write(e);
        var lines = System.Text.Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Select(line =>
        {
            var node = JsonNode.Parse(line)!.AsObject();
            node.Remove("id");
            node.Remove("doc");
            return node.ToJsonString();
        }).ToList();
    }

    /// <summary>A paragraph break is a newline where the JSON lines text has a space, nothing more.</summary>
    public static string Flatten(string text) => text.Replace('\n', ' ');
}

/// <summary>A folder of its own under the temp directory, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("parley-sources-").FullName;

    public string Write(string relative, byte[] bytes)
    {
        var file = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    public string Write(string relative, string text) => Write(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

using System.Text.Json;
using Parley.Storage;

namespace Parley.Server.Tests;

using CodedDocument = Parley.Storage.CodedDocument;

/// <summary>
/// The test assembly run as a program, a second process writing to the store while the server
/// answers: `dotnet Parley.Server.Tests.dll ingest STORE DOCUMENTS BATCHES` ingests BATCHES batches
/// of copies of the coded documents in the JSON file DOCUMENTS (so that it need not load the
/// models), printing "committed N" after each and then waiting for a line on standard input before the next
/// (so that the test's reads overlap the next batch's write however fast the writer is).
/// </summary>
public static class Program
{
    public const int BatchSize = 50;

    public static async Task<int> Main(string[] args)
    {
        if (args is not ["ingest", var location, var file, var batches]) { Console.Error.WriteLine("usage: ingest STORE DOCUMENTS BATCHES"); return 2; }
        var templates = JsonSerializer.Deserialize<List<CodedDocument>>(File.ReadAllText(file))!;
        await using var store = await EventStores.OpenAsync(location);
        for (var b = 0; b < int.Parse(batches); b++)
        {
            var batch = Enumerable.Range(b * BatchSize, BatchSize).Select(n => Copy(templates[n % templates.Count], n)).ToList();
            await store.IngestAsync(batch, Corpus.Provenance);
            Console.WriteLine($"committed {b + 1}");
            if (b + 1 < int.Parse(batches) && Console.ReadLine() is null) return 0;
        }
        return 0;
    }

    /// <summary>A document under a new id, a year later per copy, so that each copy is a story and events of its own.</summary>
    static CodedDocument Copy(CodedDocument template, int n) =>
        template.Copy($"copy-{n}-{template.Article.Id}", $"Copy {n}. ", date => date.AddYears(1 + n / 100));
}

using Parley.Model;

namespace Parley.Storage.Tests;

/// <summary>
/// The test assembly run as a program: `dotnet Parley.Storage.Tests.dll ingest LOCATION BATCHES TEMPLATES [bulk]`
/// ingests BATCHES batches of <see cref="ChildIngest.BatchSize"/> documents into the store, printing
/// "committed N" after each, for the killed-ingest tests to kill it part way: one IngestAsync per batch, as
/// `parley ingest` writes, or with "bulk" one IngestAllAsync over them all. TEMPLATES is a JSON file of
/// documents the test coded, so that the child starts without loading the models.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is not ["ingest", var location, var batches, var templates, .. var mode] || mode is not ([] or ["bulk"]))
        {
            Console.Error.WriteLine("usage: ingest LOCATION BATCHES TEMPLATES [bulk]");
            return 2;
        }
        ChildIngest.Load(templates);
        await using var store = await EventStores.OpenAsync(location);
        if (mode is ["bulk"])
        {
            var documents = Enumerable.Range(0, int.Parse(batches)).SelectMany(ChildIngest.Batch);
            await store.IngestAllAsync(documents, Samples.First, ChildIngest.BatchSize, new Committed());
            return 0;
        }
        for (var b = 0; b < int.Parse(batches); b++)
        {
            await store.IngestAsync(ChildIngest.Batch(b), Samples.First);
            Console.WriteLine($"committed {b + 1}");
        }
        return 0;
    }

    /// <summary>Prints "committed N" as each batch of a bulk ingest commits (synchronously, in order).</summary>
    sealed class Committed : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => Console.WriteLine($"committed {value.Documents / ChildIngest.BatchSize}");
    }
}

/// <summary>Batches of documents for the killed-ingest test: real coded stories, copied under new ids and dates.</summary>
public static class ChildIngest
{
    public const int BatchSize = 100;

    static Lazy<IReadOnlyList<CodedDocument>> Templates = new(() => [.. Samples.ThreeOutlets(), .. Samples.Spread()]);

    /// <summary>Writes the templates for a child process to read with <see cref="Load"/>.</summary>
    public static void Save(string path) => File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(Templates.Value));

    public static void Load(string path)
    {
        var templates = System.Text.Json.JsonSerializer.Deserialize<List<CodedDocument>>(File.ReadAllText(path))!;
        Templates = new(() => templates);
    }

    public static IReadOnlyList<CodedDocument> Batch(int batch) =>
        Enumerable.Range(0, BatchSize).Select(i => Copy(Templates.Value[i % Templates.Value.Count], batch * BatchSize + i)).ToList();

    /// <summary>A template under a new id, moved by whole weeks so that copies are separate stories and events.</summary>
    static CodedDocument Copy(CodedDocument template, int n) =>
        template.Copy($"copy-{n}", $"Copy {n}. ", date => date.AddDays(7 * (n + 1)));
}

using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Parley;
using Parley.Io;
using Parley.Model;

// `dotnet run -c Release --project bench/Parley.Bench -- corpus [FILE]` codes a corpus end to end
// (raw text to JSONL) on one thread and reports sentences per second and peak memory.
// `-- html [FILE]` measures HTML-to-text extraction against coding (SourcesBench.cs); `-- language [FILE]`
// how many documents of a corpus the language detector takes for English; `-- bigdoc [MB]` codes one document of
// that many megabytes (the Guardian corpus end to end, repeated) and reports its peak memory.
// Any other arguments go to BenchmarkDotNet (per-stage and end-to-end benchmarks).
if (args.Length > 0 && args[0] == "corpus")
{
    var file = args.Length > 1 ? args[1] : Path.Combine(CorpusBench.RepoRoot(), "..", "shared", "corpus", "guardian-2017-2019.jsonl");
    return CorpusBench.Run(file);
}
if (args.Length > 0 && args[0] == "html")
    return SourcesBench.Html(args.Length > 1 ? args[1] : CorpusBench.DefaultCorpus("guardian-2017-2019.jsonl"));
if (args.Length > 0 && args[0] == "language")
    return SourcesBench.Language(args.Length > 1 ? args[1] : CorpusBench.DefaultCorpus("guardian-2017-2019.jsonl"));
if (args.Length > 0 && args[0] == "bigdoc")
    return CorpusBench.BigDocument(args.Length > 1 ? int.Parse(args[1]) : 20);
if (args.Length > 0 && args[0] == "lookup")
    return CorpusBench.Lookup(args.Length > 1 ? args[1] : Path.Combine(CorpusBench.RepoRoot(), "..", "shared", "corpus", "guardian-2017-2019.jsonl"));
BenchmarkSwitcher.FromAssembly(typeof(CorpusBench).Assembly).Run(args);
return 0;

public static class CorpusBench
{
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }

    /// <summary>A corpus in shared/, beside the repository or beside its folder of worktrees.</summary>
    public static string DefaultCorpus(string name)
    {
        var root = RepoRoot();
        return new[] { Path.Combine(root, "..", "shared", "corpus", name), Path.Combine(root, "..", "..", "shared", "corpus", name) }
            .FirstOrDefault(File.Exists) ?? Path.Combine(root, "..", "shared", "corpus", name);
    }

    public static List<Article> Load(string file)
    {
        using var stream = File.OpenRead(file);
        return DocumentReader.ReadJsonLines(stream, file).Where(r => r.Article is not null).Select(r => r.Article!).ToList();
    }

    /// <summary>
    /// The cost of knowledge-base lookups alone: the longest actor and place phrase starting at every
    /// token of the corpus, against the full tries (all countries, organisations, people, 28,000 places).
    /// </summary>
    public static int Lookup(string file)
    {
        var articles = Load(file);
        var models = Models.Load(Models.ShippedDataDirectory);
        var pipeline = new Pipeline(models);
        var documents = articles.Select(a => { pipeline.Analyze(a, out var d, keepAnalyses: false); return d; }).ToList();
        var actors = new List<Parley.Knowledge.ActorEntry>(4);
        var places = new List<Place>(4);
        long tokens = 0, hits = 0;
        var best = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            tokens = 0;
            hits = 0;
            var watch = Stopwatch.StartNew();
            foreach (var d in documents)
                for (var t = 0; t < d.TokenCount; t++)
                {
                    tokens++;
                    if (models.Knowledge.Actors.LongestMatch(d, t, d.TokenCount, actors) > 0) hits++;
                    if (models.Knowledge.Places.LongestMatch(d, t, d.TokenCount, places) > 0) hits++;
                }
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        Console.WriteLine($"knowledge lookups: {tokens} tokens, {hits} phrase matches; best of 5: {best * 1e3:F1} ms = {tokens / best / 1e6:F2} M tokens/s (actor + place trie per token)");
        Console.WriteLine($"actor phrases {models.Knowledge.Actors.Count}, place phrases {models.Knowledge.Places.Count}");
        return 0;
    }

    /// <summary>One very long document: coded in windows, its memory must not grow with its size.</summary>
    public static int BigDocument(int megabytes)
    {
        var articles = Load(DefaultCorpus("guardian-2017-2019.jsonl"));
        var text = new System.Text.StringBuilder(megabytes * 1_050_000);
        while (text.Length < megabytes * 1_000_000)
            foreach (var a in articles) { text.Append(a.Text).Append("\n\n"); if (text.Length >= megabytes * 1_000_000) break; }
        var pipeline = new Pipeline(Models.Load(Models.ShippedDataDirectory));
        var before = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        var watch = Stopwatch.StartNew();
        var coded = pipeline.CodeDocument(new Article("big", text.ToString(), new DateOnly(2019, 1, 1)));
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine($"one document of {text.Length / 1e6:F1} M characters: {coded.Sentences} sentences, {coded.Events.Count} events in {watch.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"peak working set {peak:F0} MiB (after loading the models: {before:F0} MiB)");
        return 0;
    }

    public static int Run(string file)
    {
        var articles = Load(file);
        var pipeline = new Pipeline(Models.Load(Models.ShippedDataDirectory));
        using var sink = new EventWriter(Stream.Null);
        foreach (var a in articles.Take(20)) foreach (var e in pipeline.Code(a)) sink.Write(e); // warm-up
        var best = double.MaxValue;
        long sentences = 0, events = 0, characters = articles.Sum(a => (long)a.Text.Length);
        for (var round = 0; round < 3; round++)
        {
            sentences = 0;
            events = 0;
            var watch = Stopwatch.StartNew();
            foreach (var article in articles)
            {
                var coded = pipeline.Analyze(article, out var document, keepAnalyses: false);
                sentences += document.Sentences.Count;
                foreach (var e in coded) { sink.Write(e); events++; }
            }
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine($"corpus: {Path.GetFileName(file)}: {articles.Count} documents, {sentences} sentences, {characters / 1e6:F2} M characters, {events} events");
        Console.WriteLine($"end to end, one thread, best of 3: {best:F2} s = {sentences / best:F0} sentences/s, {characters / best / 1e6:F2} M chars/s");
        Console.WriteLine($"peak working set: {peak:F0} MiB");
        return 0;
    }
}

[MemoryDiagnoser]
public class EndToEndBenchmark
{
    Pipeline pipeline = null!;
    List<Article> articles = null!;

    [GlobalSetup]
    public void Setup()
    {
        pipeline = new Pipeline(Models.Load(Models.ShippedDataDirectory));
        articles = CorpusBench.Load(Path.Combine(CorpusBench.RepoRoot(), "..", "shared", "corpus", "guardian-2017-2019.jsonl")).Take(25).ToList();
    }

    [Benchmark(Description = "25 Guardian articles, raw text to events")]
    public int Code()
    {
        var n = 0;
        foreach (var a in articles) n += pipeline.Code(a).Count;
        return n;
    }
}

using System.Diagnostics;
using Parley.Io;
using System.Text.Json;
using Parley.Model;
using Parley.Storage.Sql;

namespace Parley.Storage.Bench;

/// <summary>
/// Parley's store on at least N events: the real corpora (Current Events 2002-2026 and the
/// Guardian) are coded once, then copied under new ids with dates moved by whole months until
/// there are N events, and streamed in date order, as news arrives. Measures bulk ingest of the
/// coded events, a dyad x month aggregation over all of them, one dyad for one year, and peak memory.
/// </summary>
static class StoreBench
{
    const int MonthShift = 31;

    public static async Task<int> RunAsync(int n, string? location, int batchSize = 10_000)
    {
        var clock = Stopwatch.StartNew();
        var coded = CodedCorpus();
        var perCopy = coded.Sum(d => d.Events.Count);
        var copies = (n + perCopy - 1) / perCopy;
        Console.WriteLine($"coded {coded.Count:N0} documents, {perCopy:N0} events in {clock.Elapsed.TotalSeconds:F0} s; {copies} copies make {(long)perCopy * copies:N0} events");

        location ??= Path.Combine(Path.GetTempPath(), $"parley-bench-{Guid.NewGuid():N}.db");
        await using var store = await EventStores.OpenAsync(location);
        var provenance = new Provenance(DataFingerprint.ParleyVersion, "bench");
        var order = Enumerable.Range(0, copies).SelectMany(k => Enumerable.Range(0, coded.Count).Select(i => (Doc: i, Copy: k)))
            .OrderBy(x => coded[x.Doc].Article.Date!.Value.DayNumber + x.Copy * MonthShift).ToArray();
        using var sampler = Environment.GetEnvironmentVariable("PARLEY_BENCH_ALLOCATIONS") is { Length: > 0 } ? new AllocationSampler() : null;
        using var memory = new MemorySampler();
        clock.Restart();
        IngestProfile.Reset();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var pauseBefore = GC.GetTotalPauseDuration();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        long lastReport = 0;
        var report = await store.IngestAllAsync(order.Select(x => Copy(coded[x.Doc], x.Copy)), provenance, batchSize,
            progress: new Progress(p =>
            {
                if (p.Events - lastReport < 500_000) return;
                lastReport = p.Events;
                Console.WriteLine($"  {p.Events:N0} events, {p.EventsPerSecond:N0} events/s, {p.DocumentsPerSecond:N0} documents/s");
            }));
        var ingest = clock.Elapsed;
        memory.Stage("the report and the queries after ingest");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Console.WriteLine("where ingest time went (wall clock, all batches; CPU time and allocations of the phase's thread; 'ahead' runs beside the writer):");
        foreach (var (phase, total, phaseCpu, allocated) in IngestProfile.Totals())
            Console.WriteLine($"  {phase,-32} {total.TotalSeconds,8:F1} s {phaseCpu.TotalSeconds,8:F1} s CPU {allocated / 1048576.0,8:N0} MiB");
        Console.WriteLine($"  bench process CPU time during ingest: {cpu.TotalSeconds:F1} s");
        Console.WriteLine($"  allocated during ingest: {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576.0:N0} MiB");
        Console.WriteLine($"  garbage collection pauses: {(GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds:F1} s " +
                          $"({GC.CollectionCount(0) - collectionsBefore[0]} / {GC.CollectionCount(1) - collectionsBefore[1]} / {GC.CollectionCount(2) - collectionsBefore[2]} collections of generation 0 / 1 / 2)");
        sampler?.Print();
        var counts = await store.CountAsync();
        Console.WriteLine($"ingest: {report.EventsAdded:N0} events ({counts.MergedEvents:N0} merged, {report.Duplicates:N0} duplicate documents) in {ingest.TotalSeconds:F1} s = {report.EventsAdded / ingest.TotalSeconds:N0} events/s");

        memory.Stage("dyad x month aggregation");
        var (aggregate, rows) = await BestAsync(async () => (await store.StatsAsync(new StatsQuery { By = StatsGroup.Dyad, Per = StatsPeriod.Month })).Count);
        Console.WriteLine($"dyad x month aggregation over all merged events: {aggregate:F0} ms ({rows:N0} rows)");
        var top = (await store.StatsAsync(new StatsQuery { By = StatsGroup.Dyad, Per = StatsPeriod.Year, Filter = new EventQuery { From = new DateOnly(2015, 1, 1), To = new DateOnly(2015, 12, 31) } }))
            .Where(r => r.Key.Length > 0 && r.Key2!.Length > 0 && r.Key != r.Key2).MaxBy(r => r.Events)!;
        var query = new EventQuery { Dyad = (top.Key, top.Key2!), From = new DateOnly(2015, 1, 1), To = new DateOnly(2015, 12, 31), Limit = 100 };
        memory.Stage("the dyad and names queries");
        var (dyad, found) = await BestAsync(async () => (await store.QueryAsync(query)).Events.Count);
        Console.WriteLine($"one dyad ({top.Key}->{top.Key2}, {top.Events:N0} merged events in 2015), one year, first page of 100: {dyad:F1} ms ({found} rows)");
        var (names, byName) = await BestAsync(async () => (await store.QueryAsync(query with { Dyad = ("united states", "china") })).Events.Count);
        Console.WriteLine($"the same by names (united states -> china): {names:F1} ms ({byName} rows)");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB");
        memory.Print();
        if (!EventStores.IsPostgres(location)) Console.WriteLine($"store file: {new FileInfo(location).Length / 1048576.0:N0} MiB ({location})");
        return 0;
    }

    /// <summary>
    /// The corpora coded by the pipeline, cached in the temporary directory under the data's
    /// fingerprint: coding takes minutes, and the store is what is measured.
    /// </summary>
    static List<CodedDocument> CodedCorpus()
    {
        var cache = Path.Combine(Path.GetTempPath(), $"parley-bench-coded-{DataFingerprint.Compute(Models.ShippedDataDirectory)[..16]}.json");
        if (File.Exists(cache)) return JsonSerializer.Deserialize<List<CodedDocument>>(File.ReadAllText(cache))!;
        var pipeline = new Pipeline(Models.Load(Models.ShippedDataDirectory));
        var coded = Corpus.Load(Corpus.File("current-events-2002-2026.jsonl")).Concat(Corpus.Load(Corpus.File("guardian-2017-2019.jsonl")))
            .Where(a => a.Date is not null)
            .Select(a => new CodedDocument(a, pipeline.Code(a), "en")).ToList();
        File.WriteAllText(cache, JsonSerializer.Serialize(coded));
        return coded;
    }

    sealed class Progress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }

    static async Task<(double Ms, int Rows)> BestAsync(Func<Task<int>> run)
    {
        var best = double.MaxValue;
        var rows = 0;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            rows = await run();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        return (best, rows);
    }

    /// <summary>A coded document under a new id, its dates moved by whole months per copy.</summary>
    static CodedDocument Copy(CodedDocument d, int copy) =>
        copy == 0 ? d : d.Copy($"c{copy}:{d.Article.Id}", "", date => date.AddDays(copy * MonthShift));
}

using Parley.Model;
using Parley.Storage.Sql;

namespace Parley.Storage.Tests;

/// <summary>
/// A bulk load into an empty store remembers what its batches stored instead of reading it back
/// (LoadMemory): its answers must be those of batches ingested one by one.
/// </summary>
public abstract partial class StoreContract
{
    /// <summary>Merged events as a reader sees them, with every count.</summary>
    static async Task<List<string>> MergedAsync(IEventStore store) =>
        (await AllAsync(store, new EventQuery()))
        .Select(m => $"{m.MergedId} {m.Event.Id} {m.Event.Category} {m.Event.Date} {m.Mentions} {m.Sources} {m.Articles}").ToList();

    /// <summary>Whole-store stats per dyad and month, as the rollup answers them.</summary>
    static async Task<List<string>> RollupAsync(IEventStore store) =>
        (await store.StatsAsync(new StatsQuery { By = StatsGroup.Dyad, Per = StatsPeriod.Month }))
        .Select(r => $"{r.Key} {r.Key2} {r.Period} {r.Events} {r.Mentions} {r.GoldsteinSum}").ToList();

    /// <summary>Calls back as each batch is reported, on the writer's thread (Progress&lt;T&gt; would post it elsewhere).</summary>
    sealed class AfterBatch(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }

    [StoreFact]
    public async Task A_bulk_load_sees_what_another_writer_stored_between_its_batches()
    {
        var location = await Target.NewLocationAsync();
        await using var store = await EventStores.OpenAsync(location);
        await using var other = await EventStores.OpenAsync(location);
        // Between the load's two batches another writer stores one of the second batch's documents, and a report
        // of the same strike in other words on the same day, whose merged event the load must find and add to.
        var strike = Samples.Code("bbc-1", "2023-07-03", "BBC", "Israeli aircraft struck targets in Gaza on Monday, witnesses said.");
        var first = Samples.ThreeOutlets();
        var second = Samples.Spread();
        var between = new[] { second[0], strike };
        var firstCommitted = new TaskCompletionSource();
        IEnumerable<CodedDocument> Documents()
        {
            foreach (var d in first) yield return d;
            // Read on the thread that prepares the next batch, while the first is written.
            firstCommitted.Task.Wait(TimeSpan.FromSeconds(60));
            other.IngestAsync(between, Samples.First).GetAwaiter().GetResult();
            foreach (var d in second) yield return d;
        }

        var report = await store.IngestAllAsync(Documents(), Samples.First, batchSize: first.Count,
            progress: new AfterBatch(_ => firstCommitted.TrySetResult()));

        await using var reference = await NewStoreAsync();
        foreach (var batch in new[] { first, between, second }) await reference.IngestAsync(batch, Samples.First);
        Assert.Equal(first.Count + second.Count - 1, report.DocumentsAdded);
        Assert.Equal(1, report.DocumentsUnchanged);
        Assert.Equal(await reference.CountAsync(), await store.CountAsync());
        Assert.Equal(await MergedAsync(reference), await MergedAsync(store));
        Assert.Equal(await RollupAsync(reference), await RollupAsync(store));
        Assert.Empty(await ((SqlEventStore)store).CheckAsync());
    }

    [StoreFact]
    public async Task A_bulk_load_links_a_reprint_in_a_later_batch_to_its_original()
    {
        await using var store = await NewStoreAsync();
        // The next batch's stories are linked from the load's memory while the batch before is written.
        var original = Samples.Guardian("guardian-065");
        var reprint = new Article("syndicated-065", "Reprinted. " + original.Text, original.Date!.Value.AddDays(2), "A new headline", "Other Paper");
        var reprintOfReprint = reprint with { Id = "syndicated-065b", Date = original.Date!.Value.AddDays(3), Source = "Third Paper" };
        CodedDocument[] documents = [Samples.Coded(original), Samples.Coded(reprint), Samples.Coded(reprintOfReprint), .. Samples.Spread()];

        var report = await store.IngestAllAsync(documents, Samples.First, batchSize: 1);

        Assert.Equal(2, report.Duplicates);
        Assert.Equal("guardian-065", (await store.GetDocumentAsync("syndicated-065"))!.DuplicateOf);
        Assert.Equal("guardian-065", (await store.GetDocumentAsync("syndicated-065b"))!.DuplicateOf);
        await using var reference = await NewStoreAsync();
        foreach (var d in documents) await reference.IngestAsync([d], Samples.First);
        Assert.Equal(await MergedAsync(reference), await MergedAsync(store));
        Assert.Empty(await ((SqlEventStore)store).CheckAsync());
    }

    [StoreFact]
    public async Task A_bulk_load_merges_an_event_dated_months_before_its_article_with_the_one_stored_then()
    {
        await using var store = await NewStoreAsync();
        // The later article reports the strike of the first, on its date, months after the days a load keeps in memory.
        const string text = "Israeli aircraft struck targets in Gaza on Monday.";
        var early = Samples.Code("early-1", "2023-01-10", "Reuters", text);
        var late = Samples.Code("late-1", "2023-06-01", "AP", text);
        late = late with { Events = late.Events.Select((e, i) => e with { Date = early.Events[i].Date }).ToList() };
        var filler = Samples.Spread();
        Assert.NotEmpty(early.Events);
        Assert.True(early.Events[0].Date!.Value.Date.DayNumber < late.Article.Date!.Value.DayNumber - LoadMemory.MergeDays);

        await store.IngestAllAsync([early, .. filler, late], Samples.First, batchSize: 1);

        await using var reference = await NewStoreAsync();
        foreach (var d in (CodedDocument[])[early, .. filler, late]) await reference.IngestAsync([d], Samples.First);
        var merged = await AllAsync(store, new EventQuery());
        var strike = Assert.Single(merged, m => m.Event.Doc == "early-1" && m.Event.Id == early.Events[0].Id);
        Assert.Equal(2, strike.Mentions);
        Assert.Equal(await MergedAsync(reference), await MergedAsync(store));
        Assert.Equal(await RollupAsync(reference), await RollupAsync(store));
        Assert.Empty(await ((SqlEventStore)store).CheckAsync());
    }
}

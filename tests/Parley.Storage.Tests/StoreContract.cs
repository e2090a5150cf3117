using System.Text;
using Parley.Io;
using Parley.Model;
using Parley.Storage.Export;
using Parley.Storage.Merging;
using Parley.Storage.Sql;

namespace Parley.Storage.Tests;

/// <summary>
/// The behaviour every store must have: each store's test class inherits these tests and supplies
/// fresh stores of its kind. Events are coded by the real pipeline from sentences written here.
/// </summary>
public abstract partial class StoreContract
{
    protected abstract IStoreTarget Target { get; }

    /// <summary>Marks the store at <paramref name="location"/> as written by a future Parley.</summary>
    protected abstract Task SetSchemaVersionAsync(string location, int version);

    protected async Task<IEventStore> NewStoreAsync() => await EventStores.OpenAsync(await Target.NewLocationAsync());

    protected static async Task<List<StoredEvent>> AllAsync(IEventStore store, EventQuery query) =>
        await store.QueryAllAsync(query).ToListAsync();

    static string Json(IEnumerable<PloverEvent> events)
    {
        using var stream = new MemoryStream();
        using (var writer = new EventWriter(stream)) foreach (var e in events) writer.Write(e);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();

    [StoreFact]
    public async Task Stored_events_read_back_exactly_as_the_coder_wrote_them()
    {
        await using var store = await NewStoreAsync();
        var docs = Samples.ThreeOutlets().Concat(Samples.Spread()).ToList();
        await store.IngestAsync(docs, Samples.First);

        var stored = await AllAsync(store, new EventQuery { Merged = false });

        Assert.True(stored.Count >= 10);
        Assert.Equal(Lines(Json(docs.SelectMany(d => d.Events))), Lines(Json(stored.Select(s => s.Event))));
    }

    [StoreFact]
    public async Task Ingesting_the_same_documents_again_changes_nothing()
    {
        await using var store = await NewStoreAsync();
        var docs = Samples.ThreeOutlets().Concat(Samples.Spread()).ToList();
        var empty = await store.VersionAsync();
        var first = await store.IngestAsync(docs, Samples.First);
        var before = await store.CountAsync();
        var merged = await AllAsync(store, new EventQuery());
        var version = await store.VersionAsync();

        var again = await store.IngestAsync(docs, Samples.First);

        Assert.Equal(docs.Count, first.DocumentsAdded);
        Assert.Equal(docs.Count, again.DocumentsUnchanged);
        Assert.Equal(0, again.EventsAdded);
        Assert.Equal(before, await store.CountAsync());
        // The version that tells readers their answers are out of date moved with the first ingest only.
        Assert.True(version > empty);
        Assert.Equal(version, await store.VersionAsync());
        Assert.Equal(merged.Select(m => (m.MergedId, m.Mentions, m.Sources)), (await AllAsync(store, new EventQuery())).Select(m => (m.MergedId, m.Mentions, m.Sources)));
    }

    [StoreFact]
    public async Task A_document_whose_text_changed_has_its_events_replaced()
    {
        await using var store = await NewStoreAsync();
        await store.IngestAsync(Samples.ThreeOutlets(), Samples.First);
        var changed = Samples.Code("reuters-1", "2023-05-12", "Reuters", "Russia accused Ukraine of attacking a bridge in Crimea.");

        var report = await store.IngestAsync([changed], Samples.First);

        Assert.Equal(1, report.DocumentsReplaced);
        Assert.Equal(2, await store.VersionAsync());
        var events = await AllAsync(store, new EventQuery { Merged = false });
        Assert.Equal([PloverCategory.Accuse], events.Where(e => e.Event.Doc == "reuters-1").Select(e => e.Event.Category));
        var meeting = Assert.Single(await AllAsync(store, new EventQuery { Category = PloverCategory.Consult }));
        Assert.Equal(2, meeting.Mentions);
        Assert.Empty(await ((SqlEventStore)store).CheckAsync());
    }

    [StoreFact]
    public async Task The_same_event_from_three_outlets_is_one_event_with_three_mentions()
    {
        await using var store = await NewStoreAsync();
        await store.IngestAsync(Samples.ThreeOutlets(), Samples.First);

        var merged = Assert.Single(await AllAsync(store, new EventQuery { Category = PloverCategory.Consult }));
        var raw = await AllAsync(store, new EventQuery { Category = PloverCategory.Consult, Merged = false });

        Assert.Equal((3, 3, 3), (merged.Mentions, merged.Sources, merged.Articles));
        Assert.Equal(3, raw.Count);
        Assert.All(raw, r => Assert.Equal(merged.MergedId, r.MergedId));
    }

    [StoreFact]
    public async Task A_later_report_that_becomes_the_representative_event_gives_the_merged_event_its_entities()
    {
        await using var store = await NewStoreAsync();
        await store.IngestAsync([Samples.ThreeOutlets()[0]], Samples.First);
        // A later batch reports the meeting from a document whose id sorts first: its event becomes the representative.
        var report = await store.IngestAsync([Samples.Code("a-1", "2023-05-12", "AFP", "Blinken met Qin Gang in Beijing on Thursday.")], Samples.First);

        Assert.Equal(0, report.MergedCreated);
        var merged = Assert.Single(await AllAsync(store, new EventQuery { Category = PloverCategory.Consult }));
        Assert.Equal(("a-1", 2), (merged.Event.Doc, merged.Mentions));
        foreach (var actor in merged.Event.Actor)
            Assert.Contains(merged.MergedId, (await AllAsync(store, new EventQuery { Actor = actor.Entity.Name })).Select(e => e.MergedId));
        Assert.Empty(await ((SqlEventStore)store).CheckAsync());
    }

    [StoreFact]
    public async Task An_event_shows_every_sentence_that_reported_it()
    {
        await using var store = await NewStoreAsync();
        await store.IngestAsync(Samples.ThreeOutlets(), Samples.First);
        var merged = Assert.Single(await AllAsync(store, new EventQuery { Category = PloverCategory.Consult }));

        var detail = await store.GetEventAsync(merged.MergedId!.Value);

        Assert.NotNull(detail);
        Assert.Equal(["AFP", "AP", "Reuters"], detail.Evidence.Select(m => m.Source).Order());
        Assert.All(detail.Evidence, m =>
        {
            var start = m.Event.SpanStart - m.SentenceStart!.Value;
            Assert.Equal(m.Event.EventText, m.Event.Text.Substring(start, m.Event.SpanEnd - m.Event.SpanStart));
        });
        Assert.Null(await store.GetEventAsync(-1));
    }

    [StoreFact]
    public async Task A_reprint_with_a_new_headline_and_one_changed_paragraph_is_linked_to_its_original()
    {
        await using var store = await NewStoreAsync();
        var original = Samples.Guardian("guardian-065");
        var other = Samples.Guardian("guardian-066");
        var sentences = Samples.Pipeline.Segment(original);
        var otherSentences = Samples.Pipeline.Segment(other);
        // Sentences 4 to 6 of the original become three sentences of another story.
        var replacement = string.Join(' ', otherSentences.Skip(2).Take(3).Select(s => other.Text[s.Start..s.End]));
        var text = original.Text[..sentences[4].Start] + replacement + " " + original.Text[sentences[6].End..].TrimStart();
        var reprint = new Article("syndicated-065", text, original.Date!.Value.AddDays(1), "Trump's chaos: a new headline", "Other Paper");

        await store.IngestAsync([Samples.Coded(original)], Samples.First);
        var report = await store.IngestAsync([Samples.Coded(reprint)], Samples.First);

        Assert.Equal(1, report.Duplicates);
        var stored = await store.GetDocumentAsync("syndicated-065");
        Assert.Equal("guardian-065", stored!.DuplicateOf);
        Assert.InRange(stored.Similarity!.Value, MinHash.DuplicateThreshold, 0.99);
        // Events both carry are counted once as a story, with both outlets as sources.
        var shared = (await AllAsync(store, new EventQuery())).Where(e => e.Sources == 2).ToList();
        Assert.NotEmpty(shared);
        Assert.All(shared, e => Assert.Equal((1, 1), (e.Mentions, e.Articles)));
    }

    [StoreFact]
    public async Task Two_different_stories_of_the_same_day_are_not_linked()
    {
        await using var store = await NewStoreAsync();
        var a = Samples.Guardian("guardian-065");
        var b = Samples.Guardian("guardian-066");
        Assert.Equal(a.Date, b.Date);

        var report = await store.IngestAsync([Samples.Coded(a), Samples.Coded(b)], Samples.First);

        Assert.Equal(0, report.Duplicates);
        Assert.Null((await store.GetDocumentAsync("guardian-066"))!.DuplicateOf);
    }

    [StoreFact]
    public async Task Two_one_sentence_reports_of_different_events_are_not_linked_but_a_copy_is()
    {
        await using var store = await NewStoreAsync();
        var first = Samples.Code("cep-1", "2005-10-26", "Wikipedia", "Three U.S. soldiers die in two separate insurgent attacks in Baghdad and near Baqouba.");
        var other = Samples.Code("cep-2", "2005-10-31", "Wikipedia", "Six U.S. soldiers die in two separate insurgent attacks.");
        var copy = Samples.Code("wire-1", "2005-10-27", "AP", "Three U.S. soldiers die in two separate insurgent attacks in Baghdad and near Baqouba.");

        var report = await store.IngestAsync([first, other, copy], Samples.First);

        Assert.Equal(1, report.Duplicates);
        Assert.Null((await store.GetDocumentAsync("cep-2"))!.DuplicateOf);
        Assert.Equal("cep-1", (await store.GetDocumentAsync("wire-1"))!.DuplicateOf);
    }

    [StoreFact]
    public async Task Recode_touches_only_documents_coded_with_other_data()
    {
        await using var store = await NewStoreAsync();
        var docs = Samples.ThreeOutlets();
        await store.IngestAsync(docs, Samples.First);
        Assert.Equal(["afp-1", "ap-1", "reuters-1"], await store.StaleDocumentsAsync(Samples.Second).ToListAsync());

        // New data recode one document, and one of its events changes category.
        var recoded = docs[0] with { Events = [.. docs[0].Events.Select((e, i) => i == 0 ? e with { Category = PloverCategory.Reject } : e)] };
        var report = await store.IngestAsync([recoded], Samples.Second);

        Assert.Equal(1, report.DocumentsReplaced);
        Assert.Equal(new DocumentChange("reuters-1", 0, 0, 1), Assert.Single(report.Changes));
        Assert.Equal(["afp-1", "ap-1"], await store.StaleDocumentsAsync(Samples.Second).ToListAsync());

        var all = await store.IngestAsync([recoded, docs[1], docs[2]], Samples.Second);
        Assert.Equal((1, 2), (all.DocumentsUnchanged, all.DocumentsReplaced));
        Assert.All(all.Changes, c => Assert.Equal((0, 0, 0), (c.Added, c.Removed, c.Recategorised)));
        Assert.Empty(await store.StaleDocumentsAsync(Samples.Second).ToListAsync());
        Assert.Empty(await ((SqlEventStore)store).CheckAsync());
    }

    [StoreFact]
    public async Task Stats_of_a_named_actor_count_the_merged_events_a_query_by_that_name_returns()
    {
        await using var store = await NewStoreAsync();
        foreach (var batch in Samples.RealUnits().Chunk(300)) await store.IngestAsync(batch, Samples.First);
        var names = (await store.SearchActorsAsync("a", 100)).Where(a => a.Events >= 5).Select(a => a.Name).Take(8).ToList();
        Assert.True(names.Count >= 3, $"only {names.Count} named actors with 5 events or more");

        foreach (var name in names)
            foreach (var filter in new EventQuery[] { new() { Actor = name }, new() { Recipient = name } })
            {
                var merged = (await AllAsync(store, filter)).Where(e => e.Event.Status == EventStatus.Asserted).ToList(); // every unit is dated: no merged event is left out as undated
                var stats = await store.StatsAsync(new StatsQuery { By = StatsGroup.Quad, Per = StatsPeriod.Year, Filter = filter });
                Assert.Equal(merged.GroupBy(e => e.Event.Quad.Name()).Select(g => (g.Key, (long)g.Count())).Order(),
                    stats.GroupBy(r => r.Key).Select(g => (g.Key, g.Sum(r => r.Events))).Order());
            }
    }

    [StoreFact]
    public async Task Actor_filters_match_codes_organisations_and_names()
    {
        await using var store = await NewStoreAsync();
        await store.IngestAsync([.. Samples.ThreeOutlets(), .. Samples.Spread()], Samples.First);

        async Task<string[]> Categories(EventQuery q) =>
            (await AllAsync(store, q)).Select(e => e.Event.Category.Name()).Order().ToArray();

        Assert.Equal(["CONSULT"], await Categories(new() { Actor = "USA" }));
        Assert.Equal(["CONSULT"], await Categories(new() { Actor = "antony blinken" }));
        Assert.Equal(["ACCUSE"], await Categories(new() { Actor = "NATO" }));
        Assert.Equal(["SANCTION"], await Categories(new() { Recipient = "Iran" }));
        Assert.Equal(["CONSULT"], await Categories(new() { Dyad = ("USA", "CHN") }));
        Assert.Empty(await Categories(new() { Dyad = ("CHN", "USA") }));
        Assert.Equal(["CONSULT"], await Categories(new() { Dyad = ("CHN", "USA"), EitherDirection = true }));
        Assert.Equal(["ACCUSE"], await Categories(new() { Recipient = "RUS" }));
    }

    [StoreFact]
    public async Task Event_date_place_text_and_source_filters_select_the_right_events()
    {
        await using var store = await NewStoreAsync();
        await store.IngestAsync([.. Samples.ThreeOutlets(), .. Samples.Spread()], Samples.First);

        async Task<string[]> Categories(EventQuery q) =>
            (await AllAsync(store, q)).Select(e => e.Event.Category.Name()).Order().ToArray();

        Assert.Equal(["ASSAULT", "ASSAULT", "ASSAULT"], await Categories(new() { Category = PloverCategory.Assault }));
        Assert.Equal(["ACCUSE", "CONSULT"], await Categories(new() { To = new DateOnly(2023, 5, 31) }));
        Assert.Equal(["ACCUSE", "ASSAULT", "PROTEST", "SANCTION"], await Categories(new() { From = new DateOnly(2023, 7, 1) }));
        Assert.Equal(["ASSAULT", "ASSAULT", "ASSAULT", "PROTEST", "SANCTION"], await Categories(new() { Quad = QuadClass.MaterialConflict }));
        Assert.Equal(["PROTEST"], await Categories(new() { Country = "FRA" }));
        Assert.Equal(["REQUEST"], await Categories(new() { Text = "CEASEFIRE both" }));
        Assert.Equal(["CONSULT"], await Categories(new() { MinSources = 3 }));
        Assert.Equal(7, (await AllAsync(store, new() { Status = EventStatus.Asserted, From = new DateOnly(2023, 6, 1) })).Count);
    }

    [StoreFact]
    public async Task Paging_returns_every_event_once_in_date_order()
    {
        await using var store = await NewStoreAsync();
        await store.IngestAsync([.. Samples.ThreeOutlets(), .. Samples.Spread()], Samples.First);
        var all = await AllAsync(store, new EventQuery { Merged = false });

        var paged = new List<StoredEvent>();
        var query = new EventQuery { Merged = false, Limit = 3 };
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await store.QueryAsync(query);
            paged.AddRange(page.Events);
            if (page.Next is null) break;
            query = query with { Cursor = page.Next };
        }

        Assert.Equal(all.Select(e => e.Event.Id), paged.Select(e => e.Event.Id));
        Assert.Equal(paged.Count, paged.Select(e => e.Event.Id).Distinct().Count());
        Assert.True(paged.Select(e => e.Event.Date!.Value.Date).SequenceEqual(paged.Select(e => e.Event.Date!.Value.Date).Order()));
    }

    [StoreFact]
    public async Task Newest_first_pages_of_merged_events_are_the_date_order_reversed()
    {
        await using var store = await NewStoreAsync();
        await store.IngestAsync([.. Samples.ThreeOutlets(), .. Samples.Spread()], Samples.First);
        var all = await AllAsync(store, new EventQuery());
        var quad = all.GroupBy(e => e.Event.Category.Quad()).MaxBy(g => g.Count())!.Key;

        var paged = new List<StoredEvent>();
        var query = new EventQuery { NewestFirst = true, Quad = quad, Limit = 2 };
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await store.QueryAsync(query);
            paged.AddRange(page.Events);
            if (page.Next is null) break;
            query = query with { Cursor = page.Next };
        }

        Assert.True(paged.Count > 2, $"{paged.Count} merged events");
        Assert.Equal(all.Where(e => e.Event.Category.Quad() == quad).Select(e => e.MergedId).Reverse(), paged.Select(e => e.MergedId));
    }

    [StoreFact]
    public async Task Stats_count_merged_events_per_dyad_and_month()
    {
        await using var store = await NewStoreAsync();
        await store.IngestAsync([.. Samples.ThreeOutlets(), .. Samples.Spread()], Samples.First);

        var rows = await store.StatsAsync(new StatsQuery { By = StatsGroup.Dyad, Per = StatsPeriod.Month });

        var meeting = Assert.Single(rows, r => r.Key == "USA" && r.Key2 == "CHN");
        Assert.Equal((new DateOnly(2023, 5, 1), 1L, 3L, 1L), (meeting.Period, meeting.Events, meeting.Mentions, meeting.VerbalCooperation));
        var strikes = Assert.Single(rows, r => r.Key == "ISR" && r.Key2 == "PSE" && r.Period == new DateOnly(2023, 7, 1));
        Assert.Equal((1L, 1L), (strikes.Events, strikes.MaterialConflict));
        Assert.Equal(-10.0, strikes.GoldsteinSum, 3);
        Assert.Equal((await AllAsync(store, new EventQuery())).Count, rows.Sum(r => r.Events));
    }

    [StoreFact]
    public async Task Stats_by_quad_per_year_weigh_goldstein_by_mentions()
    {
        await using var store = await NewStoreAsync();
        await store.IngestAsync([.. Samples.ThreeOutlets(), .. Samples.Spread()], Samples.First);
        var merged = await AllAsync(store, new EventQuery());

        var rows = await store.StatsAsync(new StatsQuery { By = StatsGroup.Quad, Per = StatsPeriod.Year });

        Assert.Equal(merged.Select(m => m.Event.Quad.Name()).Distinct().Order(), rows.Select(r => r.Key).Order());
        var coop = Assert.Single(rows, r => r.Key == "verbal-cooperation");
        var expected = merged.Where(m => m.Event.Quad == QuadClass.VerbalCooperation).ToList();
        Assert.Equal(expected.Sum(m => m.Event.Goldstein * m.Mentions) / expected.Sum(m => m.Mentions), coop.GoldsteinMentionWeightedMean, 6);
        Assert.Equal(expected.Sum(m => m.Event.Goldstein) / expected.Count, coop.GoldsteinMean, 6);
    }

    [StoreFact]
    public async Task Actor_search_finds_names_and_codes_by_prefix()
    {
        await using var store = await NewStoreAsync();
        await store.IngestAsync([.. Samples.ThreeOutlets(), .. Samples.Spread()], Samples.First);

        Assert.Contains(await store.SearchActorsAsync("anto"), a => a.Name == "Antony Blinken" && a.Events == 3);
        Assert.Contains(await store.SearchActorsAsync("nat"), a => a.Org == "NATO");
        Assert.Empty(await store.SearchActorsAsync("zzzz"));
    }

    [StoreFact]
    public async Task Exports_write_every_event_in_each_format()
    {
        await using var store = await NewStoreAsync();
        var docs = Samples.ThreeOutlets().Concat(Samples.Spread()).ToList();
        await store.IngestAsync(docs, Samples.First);
        var query = new EventQuery { Merged = false };
        var count = docs.Sum(d => d.Events.Count);

        async Task<string> Export(ExportFormat format)
        {
            using var stream = new MemoryStream();
            Assert.Equal(count, await EventExporter.ExportAsync(store.QueryAllAsync(query), format, stream));
            return format == ExportFormat.Parquet ? Convert.ToBase64String(stream.ToArray()) : Encoding.UTF8.GetString(stream.ToArray());
        }

        Assert.Equal(Lines(Json(docs.SelectMany(d => d.Events))), Lines(await Export(ExportFormat.JsonLines)));
        var csv = (await Export(ExportFormat.Csv)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count + 1, csv.Length);
        Assert.StartsWith("id,doc,sentence,date", csv[0]);
        Assert.Contains(csv, l => l.StartsWith("reuters-1:0:0,reuters-1,0,2023-05-11,day,CONSULT,", StringComparison.Ordinal));
        var tsv = (await Export(ExportFormat.PolecatTsv)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Event ID\tEvent Date\tEvent Type", tsv[0]);
        Assert.Equal(count + 1, tsv.Length);
        using var parquet = new MemoryStream(Convert.FromBase64String(await Export(ExportFormat.Parquet)));
        var rows = await Parquet.Serialization.ParquetSerializer.DeserializeUntypedAsync(parquet);
        Assert.Equal(count, rows.Data.Count);
    }

    [StoreFact]
    public async Task A_store_from_a_newer_schema_is_refused_and_left_as_it_was()
    {
        var location = await Target.NewLocationAsync();
        await using (var store = await EventStores.OpenAsync(location))
            await store.IngestAsync(Samples.ThreeOutlets(), Samples.First);
        await SetSchemaVersionAsync(location, 99);

        var error = await Assert.ThrowsAsync<StoreException>(() => EventStores.OpenAsync(location));

        Assert.Equal(StoreError.SchemaTooNew, error.Kind);
        Assert.Contains("newer Parley", error.Message);
        await SetSchemaVersionAsync(location, Schema.Current);
        await using var reopened = await EventStores.OpenAsync(location);
        Assert.Equal(3, (await reopened.CountAsync()).Documents);
    }

    [StoreFact]
    public async Task An_ingest_killed_part_way_leaves_whole_batches_and_the_next_ingest_completes()
    {
        var location = await Target.NewLocationAsync();
        await (await EventStores.OpenAsync(location)).DisposeAsync();
        // More batches than the child can write before the kill, however slowly this process reads its output.
        const int offered = 1000;

        using (var child = ChildProcess.StartIngest(location, offered))
        {
            // Let two batches commit, then kill it while it writes the next ones.
            await child.WaitForLineAsync("committed 2", TimeSpan.FromSeconds(60));
            await Task.Delay(Random.Shared.Next(5, 60));
            child.Kill();
        }

        await using var store = await EventStores.OpenAsync(location);
        var counts = await store.CountAsync();
        Assert.True(counts.Documents >= 2 * ChildIngest.BatchSize && counts.Documents < offered * ChildIngest.BatchSize,
            $"{counts.Documents} documents after the kill");
        Assert.Equal(0, counts.Documents % ChildIngest.BatchSize);
        Assert.Empty(await ((SqlEventStore)store).CheckAsync());

        // The next ingest: the batches already stored are recognised, two more are added.
        var batches = counts.Documents / ChildIngest.BatchSize + 2;
        var report = new IngestReport();
        for (var b = 0; b < batches; b++) report += await store.IngestAsync(ChildIngest.Batch(b), Samples.First);

        Assert.Equal(counts.Documents, report.DocumentsUnchanged);
        Assert.Equal(batches * ChildIngest.BatchSize, (await store.CountAsync()).Documents);
        Assert.Empty(await ((SqlEventStore)store).CheckAsync());
    }

    [StoreFact]
    public async Task A_bulk_load_into_an_empty_store_builds_its_query_indexes_at_the_end_or_at_the_next_ingest_if_killed()
    {
        var location = await Target.NewLocationAsync();
        await (await EventStores.OpenAsync(location)).DisposeAsync();
        const int offered = 1000;
        using (var child = ChildProcess.StartIngest(location, offered, bulk: true))
        {
            await child.WaitForLineAsync("committed 2", TimeSpan.FromSeconds(60));
            child.Kill();
        }

        await using var store = await EventStores.OpenAsync(location);
        var counts = await store.CountAsync();
        Assert.Equal(0, counts.Documents % ChildIngest.BatchSize);
        // Killed before its end, the bulk load left the indexes only queries read unbuilt, and nothing else wrong.
        var problem = Assert.Single(await ((SqlEventStore)store).CheckAsync());
        Assert.StartsWith("indexes missing", problem);
        Assert.Contains("merged_dyad", problem);
        // Queries still answer without them.
        Assert.NotEmpty((await store.QueryAsync(new EventQuery { Limit = 10 })).Events);

        var batches = counts.Documents / ChildIngest.BatchSize + 1;
        var report = new IngestReport();
        for (var b = 0; b < batches; b++) report += await store.IngestAsync(ChildIngest.Batch(b), Samples.First);
        Assert.Equal(counts.Documents, report.DocumentsUnchanged);
        Assert.Empty(await ((SqlEventStore)store).CheckAsync());

        // A bulk load that runs to its end into another empty store leaves every index in place.
        var second = await Target.NewLocationAsync();
        await using var fresh = await EventStores.OpenAsync(second);
        var bulk = await fresh.IngestAllAsync(Enumerable.Range(0, 3).SelectMany(ChildIngest.Batch), Samples.First, ChildIngest.BatchSize);
        Assert.Equal(3 * ChildIngest.BatchSize, bulk.DocumentsAdded);
        Assert.Empty(await ((SqlEventStore)fresh).CheckAsync());
    }

    [StoreFact]
    public async Task A_document_replaced_during_a_bulk_load_into_an_empty_store_keeps_only_its_new_events()
    {
        await using var store = await NewStoreAsync();
        // Its first version in the first batch, its second in the third: the load runs without the
        // indexes that find a document's old rows, so the replacement finds them by scanning.
        var changed = Samples.Code("reuters-1", "2023-05-12", "Reuters", "Russia accused Ukraine of attacking a bridge in Crimea.");
        var documents = Samples.ThreeOutlets().Concat(ChildIngest.Batch(0)).Append(changed);

        var report = await store.IngestAllAsync(documents, Samples.First, batchSize: 20);

        Assert.Equal(1, report.DocumentsReplaced);
        var events = await AllAsync(store, new EventQuery { Merged = false });
        Assert.Equal([PloverCategory.Accuse], events.Where(e => e.Event.Doc == "reuters-1").Select(e => e.Event.Category));
        Assert.Empty(await ((SqlEventStore)store).CheckAsync());
    }
}

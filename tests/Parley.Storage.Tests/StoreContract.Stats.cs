using Parley.Model;
using Parley.Storage.Sql;

namespace Parley.Storage.Tests;

/// <summary>Stats from the rollup kept at ingest must be the stats of the merged events themselves.</summary>
public abstract partial class StoreContract
{
    /// <summary>Runs SQL against the store at <paramref name="location"/>, outside Parley, as a person with a database shell would.</summary>
    protected abstract Task ExecuteSqlAsync(string location, string sql);

    /// <summary>Takes a store back to schema version 1 as an older Parley left it: no watch tables, no rollup, the covering dyad index.</summary>
    async Task RevertToVersion1Async(string location)
    {
        await RevertToVersion8Async(location);
        foreach (var sql in (string[])["DROP TABLE merged_entities", "DROP TABLE store_version", "DROP TABLE watch_feeds", "DROP TABLE watch_urls", "DROP INDEX documents_url", "DROP TABLE stats_months", "DROP INDEX merged_dyad",
                     "CREATE INDEX merged_dyad ON merged_events(actor_code, recipient_code, month, day, quad, goldstein, mentions)",
                     "DELETE FROM schema_version WHERE version > 1"])
            await ExecuteSqlAsync(location, sql);
    }

    /// <summary>
    /// Takes a store back to schema version 7: merged_entities keyed by (entity, side, merged event) as a
    /// primary key, as version 7 created it (on SQLite also clustered on it; the rows are what matter here).
    /// </summary>
    async Task RevertToVersion7Async(string location)
    {
        await RevertToVersion8Async(location);
        foreach (var sql in (string[])[
                     "CREATE TABLE merged_entities_v7 (entity_id BIGINT NOT NULL, side BIGINT NOT NULL, merged_id BIGINT NOT NULL, PRIMARY KEY (entity_id, side, merged_id))",
                     "INSERT INTO merged_entities_v7 SELECT entity_id, side, merged_id FROM merged_entities",
                     "DROP TABLE merged_entities", "ALTER TABLE merged_entities_v7 RENAME TO merged_entities",
                     "CREATE INDEX merged_entities_merged ON merged_entities(merged_id)",
                     "DELETE FROM schema_version WHERE version > 7"])
            await ExecuteSqlAsync(location, sql);
    }

    /// <summary>
    /// Takes a store back to schema version 9: stats_months keyed by (group, key, key2, month), as version 3 created it,
    /// without the index of version 10.
    /// </summary>
    async Task RevertToVersion9Async(string location)
    {
        // In the order of version 3's columns, then those version 6 added.
        var sums = "events BIGINT NOT NULL, mentions BIGINT NOT NULL, goldstein DOUBLE PRECISION NOT NULL, goldstein_mentions DOUBLE PRECISION NOT NULL, " +
                   "verbal_cooperation BIGINT NOT NULL, material_cooperation BIGINT NOT NULL, verbal_conflict BIGINT NOT NULL, material_conflict BIGINT NOT NULL, " +
                   string.Join(", ", Schema.QuadColumns.Select(c => $"{c} {(c.EndsWith("goldstein") || c.EndsWith("goldstein_mentions") ? "DOUBLE PRECISION" : "BIGINT")} NOT NULL DEFAULT 0"));
        var columns = "grp, key, key2, month, events, mentions, goldstein, goldstein_mentions, verbal_cooperation, material_cooperation, " +
                      "verbal_conflict, material_conflict, " + string.Join(", ", Schema.QuadColumns);
        foreach (var sql in (string[])[
                     $"CREATE TABLE stats_months_v9 (grp TEXT NOT NULL, key TEXT NOT NULL, key2 TEXT NOT NULL, month BIGINT NOT NULL, {sums}, " +
                     $"PRIMARY KEY (grp, key, key2, month)){(this is SqliteStoreTests ? " WITHOUT ROWID" : "")}",
                     $"INSERT INTO stats_months_v9 ({columns}) SELECT {columns} FROM stats_months",
                     "DROP TABLE stats_months", "ALTER TABLE stats_months_v9 RENAME TO stats_months",
                     "DELETE FROM schema_version WHERE version > 9"])
            await ExecuteSqlAsync(location, sql);
    }

    /// <summary>
    /// Takes a store back to schema version 8, as Parley wrote it before events and documents had integer keys: no rid
    /// columns, links and mentions pointing at the text event id, events, sentences and mentions at the text document id,
    /// a merged event's representative as its text id; the indexes of version 8 under their names.
    /// </summary>
    async Task RevertToVersion8Async(string location)
    {
        await RevertToVersion9Async(location);
        const string EventColumns = "e.id, d.id, e.sentence, e.day, e.date_precision, e.category, e.quad, e.mode, e.context, e.status, e.intensity, e.cameo, " +
                                    "e.goldstein, e.loc_text, e.loc_name, e.loc_country, e.loc_lat, e.loc_lon, e.event_text, e.span_start, e.span_end, e.rule, " +
                                    "e.actor_code, e.recipient_code";
        string[] links = ["event_actor", "event_recipient"];
        foreach (var sql in (string[])[
                     """
                     CREATE TABLE documents_v8 (
                         id TEXT PRIMARY KEY, url TEXT, source TEXT, title TEXT, day BIGINT, content_hash TEXT NOT NULL,
                         language TEXT, text TEXT NOT NULL, provenance TEXT NOT NULL CONSTRAINT documents_provenance_fkey REFERENCES provenance(key),
                         duplicate_of TEXT, similarity DOUBLE PRECISION, minhash BYTEA)
                     """.Replace("BYTEA", this is SqliteStoreTests ? "BLOB" : "BYTEA"),
                     "INSERT INTO documents_v8 SELECT id, url, source, title, day, content_hash, language, text, provenance, duplicate_of, similarity, minhash FROM documents ORDER BY rid",
                     "CREATE TABLE sentences_v8 (doc_id TEXT NOT NULL, idx BIGINT NOT NULL, start_offset BIGINT, text TEXT NOT NULL)",
                     "INSERT INTO sentences_v8 SELECT d.id, s.idx, s.start_offset, s.text FROM sentences s JOIN documents d ON d.rid = s.doc_rid ORDER BY s.doc_rid, s.idx",
                     ("CREATE TABLE events_v8 (id TEXT NOT NULL, doc_id TEXT NOT NULL, sentence BIGINT NOT NULL," + Schema.EventFields).TrimEnd().TrimEnd(';'),
                     $"INSERT INTO events_v8 SELECT {EventColumns} FROM events e JOIN documents d ON d.rid = e.doc_rid ORDER BY e.rid",
                     .. links.SelectMany(t => new[]
                     {
                         $"CREATE TABLE {t}_v8 (event_id TEXT NOT NULL, pos BIGINT NOT NULL, entity_id BIGINT NOT NULL, text TEXT NOT NULL, start_offset BIGINT, end_offset BIGINT)",
                         $"INSERT INTO {t}_v8 SELECT e.id, l.pos, l.entity_id, l.text, l.start_offset, l.end_offset FROM {t} l JOIN events e ON e.rid = l.event_rid ORDER BY l.event_rid, l.pos",
                     }),
                     "CREATE TABLE mentions_v8 (event_id TEXT NOT NULL, merged_id BIGINT NOT NULL, doc_id TEXT NOT NULL, sentence BIGINT NOT NULL, source TEXT, day BIGINT, duplicate BIGINT NOT NULL)",
                     // A mention's day is its event's date, else its document's (the day merging uses).
                     "INSERT INTO mentions_v8 SELECT e.id, m.merged_id, d.id, e.sentence, d.source, coalesce(e.day, d.day), m.duplicate FROM mentions m " +
                     "JOIN events e ON e.rid = m.event_rid JOIN documents d ON d.rid = e.doc_rid ORDER BY m.event_rid",
                     "ALTER TABLE merged_events ADD COLUMN rep_event_id TEXT",
                     "UPDATE merged_events SET rep_event_id = (SELECT e.id FROM events e WHERE e.rid = merged_events.rep_event)",
                     "ALTER TABLE merged_events DROP COLUMN rep_event",
                     .. ((string[])["event_actor", "event_recipient", "mentions", "events", "sentences", "documents"]).SelectMany(t => new[]
                     {
                         $"DROP TABLE {t}", $"ALTER TABLE {t}_v8 RENAME TO {t}",
                     }),
                     .. links.SelectMany(t => new[] { $"CREATE UNIQUE INDEX {t}_key ON {t}(event_id, pos)", $"CREATE INDEX {t}_entity ON {t}(entity_id)" }),
                     "CREATE UNIQUE INDEX mentions_event ON mentions(event_id)", "CREATE INDEX mentions_merged ON mentions(merged_id)",
                     "CREATE UNIQUE INDEX events_id ON events(id)", "CREATE INDEX events_doc ON events(doc_id)", "CREATE INDEX events_day ON events(day, id)",
                     "CREATE UNIQUE INDEX sentences_key ON sentences(doc_id, idx)",
                     "CREATE INDEX documents_day ON documents(day)", "CREATE INDEX documents_url ON documents(url)",
                     "DELETE FROM schema_version WHERE version > 8"])
            await ExecuteSqlAsync(location, sql);
    }

    static readonly StatsQuery[] RollupQueries =
    [
        .. Enum.GetValues<StatsGroup>().SelectMany(by => new[]
        {
            new StatsQuery { By = by, Per = StatsPeriod.Month },
            new StatsQuery { By = by, Per = StatsPeriod.Year },
        }),
        new StatsQuery { By = StatsGroup.Dyad, Per = StatsPeriod.Month, Filter = new EventQuery { From = new DateOnly(2003, 1, 1), To = new DateOnly(2009, 6, 30) } },
        new StatsQuery { By = StatsGroup.Event, Per = StatsPeriod.Year, Filter = new EventQuery { From = new DateOnly(2005, 1, 1) } },
    ];

    /// <summary>
    /// Real coded news in four batches, with what changes stored merged events: a story whose text
    /// changed (its events replaced), reprints under other outlets' names, and a recode.
    /// </summary>
    static async Task IngestChangingStoriesAsync(IEventStore store)
    {
        var units = Samples.RealUnits();
        foreach (var batch in units.Chunk(300)) await store.IngestAsync(batch, Samples.First);
        var reprints = units.Where((_, i) => i % 7 == 0).Select(d => d with
        {
            Article = d.Article with { Id = "reprint-" + d.Article.Id, Source = "Other Paper", Date = d.Article.Date!.Value.AddDays(1) },
            Events = d.Events.Select(e => e with { Id = e.Id with { Doc = "reprint-" + d.Article.Id }, Doc = "reprint-" + d.Article.Id }).ToList(),
        }).ToList();
        await store.IngestAsync(reprints, Samples.First);
        var changed = units.Where(d => d.Events.Count > 1).Take(20).Select(d => Samples.Code(d.Article.Id, d.Article.Date!.Value.ToString("yyyy-MM-dd"),
            d.Article.Source ?? "wcep", "Russia accused Ukraine of attacking a bridge in Crimea. " + d.Article.Text[..(d.Article.Text.Length / 2)])).ToList();
        await store.IngestAsync(changed, Samples.First);
        await store.IngestAsync(units.Take(50).ToList(), Samples.Second);
    }

    static void AssertSameStats(IReadOnlyList<StatsRow> expected, IReadOnlyList<StatsRow> actual, StatsQuery query)
    {
        Assert.True(expected.Count == actual.Count, $"{query.By} per {query.Per}: {expected.Count} rows from merged events, {actual.Count} from the rollup");
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.Equal((e.Key, e.Key2, e.Period, e.Events, e.Mentions, e.Trend), (a.Key, a.Key2, a.Period, a.Events, a.Mentions, a.Trend));
            Assert.Equal((e.VerbalCooperation, e.MaterialCooperation, e.VerbalConflict, e.MaterialConflict),
                (a.VerbalCooperation, a.MaterialCooperation, a.VerbalConflict, a.MaterialConflict));
            Assert.Equal(e.GoldsteinSum, a.GoldsteinSum, 9);
            Assert.Equal(e.GoldsteinMentionWeightedMean, a.GoldsteinMentionWeightedMean, 9);
            Assert.Equal(e.Baseline ?? -1, a.Baseline ?? -1, 9);
        }
    }

    static async Task AssertRollupMatchesMergedEventsAsync(SqlEventStore store)
    {
        foreach (var query in RollupQueries)
        {
            Assert.True(StatsRollup.CanAnswer(query));
            var fromEvents = await store.StatsAsync(query, useRollup: false, default);
            var fromRollup = await store.RollupStatsAsync(query, default);
            Assert.NotEmpty(fromEvents);
            AssertSameStats(fromEvents, fromRollup, query);
        }
    }

    [StoreFact]
    public async Task Stats_from_the_rollup_equal_stats_counted_from_the_merged_events()
    {
        await using var store = await NewStoreAsync();
        await IngestChangingStoriesAsync(store);

        var dyads = await store.StatsAsync(new StatsQuery { By = StatsGroup.Dyad, Per = StatsPeriod.Month });

        Assert.True(dyads.Count > 300, $"{dyads.Count} dyad-months");
        Assert.Equal((await AllAsync(store, new EventQuery())).Count(e => e.Event.Date is not null && e.Event.Status == EventStatus.Asserted), dyads.Sum(r => r.Events));
        await AssertRollupMatchesMergedEventsAsync((SqlEventStore)store);
        // Reprints, replaced stories and a recode changed stored merged events: their entities followed.
        Assert.Empty(await ((SqlEventStore)store).CheckAsync());
    }

    [StoreFact]
    public async Task One_members_series_per_quad_from_the_rollup_equals_its_merged_events_counted_by_quad()
    {
        await using var store = await NewStoreAsync();
        await IngestChangingStoriesAsync(store);
        await AssertSeriesMatchMergedEventsAsync(store);
    }

    /// <summary>Series per quad of the busiest dyad, actor, recipient, country and category, from the rollup and from the merged events.</summary>
    static async Task AssertSeriesMatchMergedEventsAsync(IEventStore store)
    {
        var sql = (SqlEventStore)store;
        async Task<string> Busiest(StatsGroup by, Func<StatsRow, bool>? where = null) =>
            (await store.StatsAsync(new StatsQuery { By = by, Per = StatsPeriod.Year })).Where(r => r.Key.Length > 0 && (where?.Invoke(r) ?? true))
            .GroupBy(r => r.Key2 is null ? r.Key : r.Key + "," + r.Key2).MaxBy(g => g.Sum(r => r.Events))!.Key;
        var dyad = (await Busiest(StatsGroup.Dyad, r => r.Key2!.Length > 0 && r.Key != r.Key2)).Split(',');
        EventQuery[] filters =
        [
            new() { Dyad = (dyad[0], dyad[1]) },
            new() { Actor = await Busiest(StatsGroup.Actor) },
            new() { Recipient = await Busiest(StatsGroup.Recipient) },
            new() { Country = await Busiest(StatsGroup.Country) },
            new() { Category = Enum.Parse<PloverCategory>(await Busiest(StatsGroup.Event), ignoreCase: true) },
        ];
        var years = (await store.StatsAsync(new StatsQuery { By = StatsGroup.Quad, Per = StatsPeriod.Year, Filter = filters[0] })).Select(r => r.Period.Year).ToList();
        filters = [.. filters, filters[0] with { From = new DateOnly(years.Min(), 2, 1), To = new DateOnly(years.Max(), 11, 30) }];
        foreach (var filter in filters)
            foreach (var per in new[] { StatsPeriod.Month, StatsPeriod.Year })
            {
                var query = new StatsQuery { By = StatsGroup.Quad, Per = per, Filter = filter };
                var member = StatsRollup.SeriesMember(query);
                Assert.NotNull(member);
                var fromEvents = await sql.StatsAsync(query, useRollup: false, default);
                if (filter.From is null) Assert.NotEmpty(fromEvents);
                AssertSameStats(fromEvents, await sql.RollupSeriesAsync(query, member.Value, default), query);
                AssertSameStats(fromEvents, await store.StatsAsync(query), query);
            }
        // Two filters, a date inside a month or an entity's name: the merged events answer.
        Assert.Null(StatsRollup.SeriesMember(new StatsQuery { By = StatsGroup.Quad, Filter = filters[0] with { Country = "USA" } }));
        Assert.Null(StatsRollup.SeriesMember(new StatsQuery { By = StatsGroup.Quad, Filter = filters[0] with { From = new DateOnly(2010, 3, 15) } }));
    }

    [StoreFact]
    public async Task Stats_count_what_happened_unless_asked_for_another_status()
    {
        await using var store = await NewStoreAsync();
        await store.IngestAsync([
            Samples.Code("wire-1", "2024-03-04", "Wire", "Turkish troops attacked Kurdish fighters in north-eastern Syria on Monday."),
            Samples.Code("wire-2", "2024-03-05", "Wire", "Turkey will attack Kurdish fighters in northern Syria next week, its defence minister said."),
        ], Samples.First);
        var coded = await AllAsync(store, new EventQuery { Category = PloverCategory.Assault });
        Assert.Equal([EventStatus.Asserted, EventStatus.Future], coded.Select(e => e.Event.Status).Order());

        foreach (var per in new[] { StatsPeriod.Month, StatsPeriod.Week })
        {
            // Month from the rollup, week from the merged events: both count the attack that happened, not the one announced.
            var happened = await store.StatsAsync(new StatsQuery { By = StatsGroup.Event, Per = per });
            Assert.Equal(1, happened.Where(r => r.Key == "ASSAULT").Sum(r => r.Events));
            var planned = await store.StatsAsync(new StatsQuery { By = StatsGroup.Event, Per = per, Filter = new EventQuery { Status = EventStatus.Future } });
            Assert.Equal(1, planned.Where(r => r.Key == "ASSAULT").Sum(r => r.Events));
        }
    }

    [StoreFact]
    public async Task Stats_with_a_filter_the_rollup_cannot_answer_count_the_merged_events()
    {
        await using var store = await NewStoreAsync();
        await store.IngestAsync([.. Samples.ThreeOutlets(), .. Samples.Spread()], Samples.First);
        var query = new StatsQuery { By = StatsGroup.Dyad, Per = StatsPeriod.Month, Filter = new EventQuery { Actor = "antony blinken", From = new DateOnly(2023, 5, 2) } };

        var rows = await store.StatsAsync(query);

        Assert.False(StatsRollup.CanAnswer(query));
        var row = Assert.Single(rows);
        Assert.Equal(("USA", "CHN", 1L, 3L), (row.Key, row.Key2, row.Events, row.Mentions));
    }

    [StoreFact]
    public async Task A_version_1_store_is_migrated_with_its_rollup_filled_from_the_stored_events()
    {
        var location = await Target.NewLocationAsync();
        var units = Samples.RealUnits();
        var notices = new List<string>();
        await using (var store = await EventStores.OpenAsync(location, notices.Add))
            foreach (var batch in units.Take(600).Chunk(300)) await store.IngestAsync(batch, Samples.First);
        Assert.Empty(notices); // a new store is created, not upgraded
        await RevertToVersion1Async(location);

        await using var migrated = await EventStores.OpenAsync(location, notices.Add);

        Assert.StartsWith($"upgrading {migrated.Description} from schema version 1 to {Schema.Current}: ", Assert.Single(notices));

        Assert.Equal(600, (await migrated.CountAsync()).Documents);
        await AssertRollupMatchesMergedEventsAsync((SqlEventStore)migrated);
        await AssertSeriesMatchMergedEventsAsync(migrated);
        await migrated.IngestAsync(units.Skip(600).ToList(), Samples.First);
        await AssertRollupMatchesMergedEventsAsync((SqlEventStore)migrated);
        await AssertSeriesMatchMergedEventsAsync(migrated);
        Assert.Empty(await ((SqlEventStore)migrated).CheckAsync());
    }

    [StoreFact]
    public async Task A_version_7_store_is_migrated_and_its_name_filters_answer_as_before()
    {
        var location = await Target.NewLocationAsync();
        var units = Samples.RealUnits();
        List<EventQuery> filters;
        List<List<long>> before = [];
        await using (var store = await EventStores.OpenAsync(location))
        {
            foreach (var batch in units.Take(600).Chunk(300)) await store.IngestAsync(batch, Samples.First);
            var names = (await store.SearchActorsAsync("a", 100)).Where(a => a.Events >= 3).Select(a => a.Name).Take(6).ToList();
            Assert.True(names.Count >= 3, $"only {names.Count} named actors with 3 events or more");
            filters = [.. names.SelectMany(n => new EventQuery[] { new() { Actor = n }, new() { Recipient = n } })];
            foreach (var filter in filters) before.Add((await AllAsync(store, filter)).Select(e => e.MergedId!.Value).ToList());
        }
        await RevertToVersion7Async(location);
        var notices = new List<string>();

        await using var migrated = await EventStores.OpenAsync(location, notices.Add);

        Assert.StartsWith($"upgrading {migrated.Description} from schema version 7 to {Schema.Current}: ", Assert.Single(notices));
        for (var i = 0; i < filters.Count; i++)
            Assert.Equal(before[i], (await AllAsync(migrated, filters[i])).Select(e => e.MergedId!.Value).ToList());
        Assert.Empty(await ((SqlEventStore)migrated).CheckAsync());
        await migrated.IngestAsync(units.Skip(600).ToList(), Samples.First);
        Assert.Empty(await ((SqlEventStore)migrated).CheckAsync());
    }

    /// <summary>What a reader of the store sees: every event, merged and raw, with its entities and counts; each merged event's evidence; names, stats, counts.</summary>
    static async Task<List<string>> AnswersAsync(IEventStore store)
    {
        static string Json(object? value) => System.Text.Json.JsonSerializer.Serialize(value);
        var answers = new List<string>();
        var merged = await AllAsync(store, new EventQuery());
        answers.AddRange(merged.Concat(await AllAsync(store, new EventQuery { Merged = false })).Select(Json));
        foreach (var e in merged) answers.Add(Json(await store.GetEventAsync(e.MergedId!.Value)));
        var names = (await store.SearchActorsAsync("a", 100)).Where(a => a.Events >= 3).Select(a => a.Name).Take(6).ToList();
        answers.Add(Json(await store.SearchActorsAsync("a", 100)));
        foreach (var n in names)
            foreach (var filter in new EventQuery[] { new() { Actor = n }, new() { Recipient = n }, new() { Actor = n, Merged = false } })
                answers.AddRange((await AllAsync(store, filter)).Select(Json));
        // Goldstein sums to 9 places: PostgreSQL adds the doubles in the order its plan reads the rows, which the rebuilt tables
        // may change (-185 before, -184.99999999999997 after, in some runs).
        foreach (var query in RollupQueries)
            answers.Add(Json((await store.StatsAsync(query)).Select(r => r with
            {
                GoldsteinSum = Math.Round(r.GoldsteinSum, 9), GoldsteinMentionWeightedMean = Math.Round(r.GoldsteinMentionWeightedMean, 9),
            })));
        answers.Add(Json(await store.CountAsync()));
        return answers;
    }

    [StoreFact]
    public async Task A_version_8_store_is_migrated_to_integer_event_keys_and_answers_as_before()
    {
        var location = await Target.NewLocationAsync();
        List<string> before;
        await using (var store = await EventStores.OpenAsync(location))
        {
            // Replaced stories, reprints and a recode: merged events whose representative changed.
            await IngestChangingStoriesAsync(store);
            before = await AnswersAsync(store);
        }
        await RevertToVersion8Async(location);
        var notices = new List<string>();

        await using var migrated = await EventStores.OpenAsync(location, notices.Add);

        Assert.StartsWith($"upgrading {migrated.Description} from schema version 8 to {Schema.Current}: ", Assert.Single(notices));
        var after = await AnswersAsync(migrated);
        Assert.True(before.Count > 1000, $"{before.Count} answers");
        Assert.Equal(before, after);
        Assert.Empty(await ((SqlEventStore)migrated).CheckAsync());
        // Ingest goes on over the migrated rows: new rids follow the migrated ones, a replaced story finds its old rows.
        await IngestChangingStoriesAsync(migrated);
        Assert.Empty(await ((SqlEventStore)migrated).CheckAsync());
        await AssertRollupMatchesMergedEventsAsync((SqlEventStore)migrated);
    }

    [StoreFact]
    public async Task A_version_9_store_gets_its_rollup_keyed_by_month_and_answers_as_before()
    {
        var location = await Target.NewLocationAsync();
        List<string> before;
        await using (var store = await EventStores.OpenAsync(location))
        {
            await IngestChangingStoriesAsync(store);
            before = await AnswersAsync(store);
        }
        await RevertToVersion9Async(location);
        var notices = new List<string>();

        await using var migrated = await EventStores.OpenAsync(location, notices.Add);

        Assert.StartsWith($"upgrading {migrated.Description} from schema version 9 to {Schema.Current}: ", Assert.Single(notices));
        Assert.Equal(before, await AnswersAsync(migrated));
        Assert.Empty(await ((SqlEventStore)migrated).CheckAsync());
        // Rows the batches add to or sum into after the upgrade land under the new key.
        await IngestChangingStoriesAsync(migrated);
        await AssertRollupMatchesMergedEventsAsync((SqlEventStore)migrated);
    }
}

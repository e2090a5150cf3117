namespace Parley.Storage.Sql;

/// <summary>
/// The store's tables, one migration per schema version. SQLite and PostgreSQL share this text:
/// only the binary type's name ({blob}), the integer key ({id_key}: SQLite's row id) and the
/// clustering of keyed tables ({without_rowid}: SQLite stores them in key order) differ. Dates are day numbers (DateOnly.DayNumber) with
/// the week (its Monday's day number), month (yyyymm) and year beside them, so grouping by period
/// is integer grouping in both databases. Every index costs ingest time, so there are only those
/// the queries use. Wide rows go into tables in arrival order (SQLite's row id, PostgreSQL's heap),
/// their keys into narrow unique indexes: keys such as event ids arrive in no useful order, and a
/// random insert into a narrow index dirties far fewer pages than one into a table clustered on it.
/// Whole-store statistics per month or year read stats_months, a rollup ingest keeps up to date.
/// Keys that ingest looks up by date (merge keys) lead with the day: news arrives in date order,
/// so new rows land on the same few pages instead of all over the index. Story signatures live in
/// their documents' rows; the LSH bands are built in memory per batch over the documents of the
/// batch's dates (20 band rows per document cost more to write than the whole event). Codes and categories are stored in EVENTS.md's spelling,
/// so rows read the same as the JSON and do not depend on enum order.
/// </summary>
static class Schema
{
    /// <summary>The newest version this Parley knows; a store with a higher one was written by a newer Parley.</summary>
    public static int Current => Migrations.Length;

    /// <summary>The quads as stored, and the prefix of their columns in stats_months.</summary>
    public static readonly (string Quad, string Column)[] Quads =
    [
        ("verbal-cooperation", "verbal_cooperation"), ("material-cooperation", "material_cooperation"),
        ("verbal-conflict", "verbal_conflict"), ("material-conflict", "material_conflict"),
    ];

    /// <summary>The per-quad sums of stats_months, after its counts: mentions, Goldstein, Goldstein times mentions.</summary>
    // Declared before Migrations, which uses them: static fields are set in the order written.
    public static readonly string[] QuadColumns =
        [.. Quads.SelectMany(q => new[] { $"{q.Column}_mentions", $"{q.Column}_goldstein", $"{q.Column}_goldstein_mentions" })];

    /// <summary>Every column of stats_months since version 6: its key, the sums of version 3, each quad's sums (declared before Migrations, which uses it).</summary>
    static readonly string StatsMonthsColumns =
        "grp, key, key2, month, events, mentions, goldstein, goldstein_mentions, verbal_cooperation, material_cooperation, " +
        "verbal_conflict, material_conflict, " + string.Join(", ", QuadColumns);

    /// <summary>
    /// The columns of an event after its keys, as version 1 created them and version 9 copied them (a migration that
    /// rebuilds the table restates them; a later change to them is a migration of its own).
    /// </summary>
    public const string EventFields = """

            day BIGINT, date_precision TEXT, category TEXT NOT NULL, quad TEXT NOT NULL, mode TEXT,
            context TEXT NOT NULL, status TEXT NOT NULL, intensity DOUBLE PRECISION NOT NULL,
            cameo TEXT NOT NULL, goldstein DOUBLE PRECISION NOT NULL,
            loc_text TEXT, loc_name TEXT, loc_country TEXT, loc_lat DOUBLE PRECISION, loc_lon DOUBLE PRECISION,
            event_text TEXT NOT NULL, span_start BIGINT NOT NULL, span_end BIGINT NOT NULL, rule TEXT,
            actor_code TEXT NOT NULL, recipient_code TEXT NOT NULL);

        """;

    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE provenance (
            key TEXT PRIMARY KEY, parley_version TEXT NOT NULL, data_hash TEXT NOT NULL);
        CREATE TABLE documents (
            id TEXT PRIMARY KEY, url TEXT, source TEXT, title TEXT, day BIGINT, content_hash TEXT NOT NULL,
            language TEXT, text TEXT NOT NULL, provenance TEXT NOT NULL REFERENCES provenance(key),
            duplicate_of TEXT, similarity DOUBLE PRECISION, minhash {blob});
        CREATE INDEX documents_day ON documents(day);
        CREATE TABLE sentences (doc_id TEXT NOT NULL, idx BIGINT NOT NULL, start_offset BIGINT, text TEXT NOT NULL);
        CREATE UNIQUE INDEX sentences_key ON sentences(doc_id, idx);
        CREATE TABLE events (
            id TEXT NOT NULL, doc_id TEXT NOT NULL, sentence BIGINT NOT NULL,
        """ + EventFields + """
        CREATE UNIQUE INDEX events_id ON events(id);
        CREATE INDEX events_doc ON events(doc_id);
        CREATE INDEX events_day ON events(day, id);
        CREATE TABLE entities (
            id {id_key}, name TEXT NOT NULL, name_key TEXT NOT NULL, country TEXT, sector TEXT,
            title TEXT, org TEXT, org_type TEXT, kind TEXT NOT NULL);
        CREATE INDEX entities_name ON entities(name_key);
        CREATE INDEX entities_country ON entities(country);
        CREATE INDEX entities_org ON entities(org);
        CREATE TABLE event_actor (
            event_id TEXT NOT NULL, pos BIGINT NOT NULL, entity_id BIGINT NOT NULL, text TEXT NOT NULL,
            start_offset BIGINT, end_offset BIGINT);
        CREATE UNIQUE INDEX event_actor_key ON event_actor(event_id, pos);
        CREATE INDEX event_actor_entity ON event_actor(entity_id);
        CREATE TABLE event_recipient (
            event_id TEXT NOT NULL, pos BIGINT NOT NULL, entity_id BIGINT NOT NULL, text TEXT NOT NULL,
            start_offset BIGINT, end_offset BIGINT);
        CREATE UNIQUE INDEX event_recipient_key ON event_recipient(event_id, pos);
        CREATE INDEX event_recipient_entity ON event_recipient(entity_id);
        CREATE TABLE merged_events (
            id {id_key}, merge_key TEXT NOT NULL, day BIGINT NOT NULL, week BIGINT, month BIGINT, year BIGINT,
            category TEXT NOT NULL, quad TEXT NOT NULL, status TEXT NOT NULL, mode TEXT, cameo TEXT NOT NULL,
            goldstein DOUBLE PRECISION NOT NULL, actor_code TEXT NOT NULL, recipient_code TEXT NOT NULL,
            country TEXT, mentions BIGINT NOT NULL, sources BIGINT NOT NULL, articles BIGINT NOT NULL,
            rep_event_id TEXT);
        CREATE INDEX merged_key ON merged_events(day, merge_key);
        CREATE INDEX merged_dyad ON merged_events(actor_code, recipient_code, month, day, quad, goldstein, mentions);
        CREATE INDEX merged_day ON merged_events(day, id);
        CREATE TABLE mentions (
            event_id TEXT NOT NULL, merged_id BIGINT NOT NULL, doc_id TEXT NOT NULL, sentence BIGINT NOT NULL,
            source TEXT, day BIGINT, duplicate BIGINT NOT NULL);
        CREATE UNIQUE INDEX mentions_event ON mentions(event_id);
        CREATE INDEX mentions_merged ON mentions(merged_id);
        """,
        // Version 2: what `parley watch` keeps between runs (IWatchState). Times are Unix milliseconds.
        // Documents are looked up by URL so that a page stored from any source is never fetched again.
        """
        CREATE TABLE watch_feeds (
            url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, next_poll BIGINT NOT NULL, last_polled BIGINT,
            failures BIGINT NOT NULL, last_error TEXT, items BIGINT NOT NULL);
        CREATE TABLE watch_urls (
            url TEXT PRIMARY KEY, feed TEXT NOT NULL, seen_at BIGINT NOT NULL, outcome TEXT NOT NULL, doc_id TEXT, message TEXT);
        CREATE INDEX documents_url ON documents(url);
        """,
        // 3: stats per group and month kept at ingest (StatsRollup), filled from the merged events
        // stored; the dyad index no longer covers statistics, only the dyad-and-dates query. Keyed
        // by group first, so whole-store stats read each group's months in order and need no sort.
        """
        DROP INDEX merged_dyad;
        CREATE INDEX merged_dyad ON merged_events(actor_code, recipient_code, day);
        CREATE TABLE stats_months (
            grp TEXT NOT NULL, key TEXT NOT NULL, key2 TEXT NOT NULL, month BIGINT NOT NULL,
            events BIGINT NOT NULL, mentions BIGINT NOT NULL,
            goldstein DOUBLE PRECISION NOT NULL, goldstein_mentions DOUBLE PRECISION NOT NULL,
            verbal_cooperation BIGINT NOT NULL, material_cooperation BIGINT NOT NULL,
            verbal_conflict BIGINT NOT NULL, material_conflict BIGINT NOT NULL,
            PRIMARY KEY (grp, key, key2, month)) {without_rowid};
        """ + FillStatsMonths("day > 0", quadSums: false),
        // 4: the rollup counts only merged events that happened (status asserted), as stats do unless asked for
        // another status: planned, hypothetical, denied and long-past events swelled the counts.
        "DELETE FROM stats_months;\n" + FillStatsMonths("day > 0 AND status = 'asserted'", quadSums: false),
        // 5: a number every committed change of documents and events raises (IEventStore.VersionAsync),
        // so that a reader keeping answers (the server's cache of API answers) knows when they are out of date.
        """
        CREATE TABLE store_version (id BIGINT PRIMARY KEY, version BIGINT NOT NULL);
        INSERT INTO store_version (id, version) VALUES (1, 0);
        """,
        // 6: each quad's mentions and Goldstein sums beside its count, so that one dyad's, actor's,
        // recipient's, country's or category's series per quad (the dashboard's time series) is read
        // from the rollup instead of counted from the merged events; refilled from the merged events.
        QuadSums(),
        // 7: the representative event's entities of each merged event (side 0 actor, 1 recipient), so that
        // a filter by an entity's name is one index range, as a filter by code is: before, every merged
        // event was checked against the set of the entity's event ids.
        """
        CREATE TABLE merged_entities (
            entity_id BIGINT NOT NULL, side BIGINT NOT NULL, merged_id BIGINT NOT NULL,
            PRIMARY KEY (entity_id, side, merged_id)) {without_rowid};
        CREATE INDEX merged_entities_merged ON merged_entities(merged_id);
        INSERT INTO merged_entities SELECT DISTINCT l.entity_id, 0, g.id FROM merged_events g JOIN event_actor l ON l.event_id = g.rep_event_id;
        INSERT INTO merged_entities SELECT DISTINCT l.entity_id, 1, g.id FROM merged_events g JOIN event_recipient l ON l.event_id = g.rep_event_id;
        """,
        // 8: merged_entities stored in arrival order (merged event ids grow), its key (entity, side, merged event) an
        // index instead of the table's order: a bulk load into an empty store builds that index at its end
        // (QueryIndexes) instead of inserting each row at its entity's place. Rows are unique by construction
        // (each merged event's are deleted before they are written again), so the key need not enforce it.
        """
        CREATE TABLE merged_entities_v8 (entity_id BIGINT NOT NULL, side BIGINT NOT NULL, merged_id BIGINT NOT NULL);
        INSERT INTO merged_entities_v8 (entity_id, side, merged_id) SELECT entity_id, side, merged_id FROM merged_entities ORDER BY merged_id, side, entity_id;
        DROP TABLE merged_entities;
        ALTER TABLE merged_entities_v8 RENAME TO merged_entities;
        CREATE INDEX merged_entities_key ON merged_entities(entity_id, side, merged_id);
        CREATE INDEX merged_entities_merged ON merged_entities(merged_id);
        """,
        // 9: integer keys for events and documents, the rows referenced most. Events get rid (SQLite's row id), and the rows
        // that point at an event (actor and recipient links, mentions, a merged event's representative) hold it instead
        // of the text event id; documents get rid too, held by their events, sentences and mentions instead of the text
        // document id. New rows get rids in the order written, so the keys by event and by document grow at their end
        // instead of landing all over a text index, and the rows are narrower. The text ids keep one unique index each,
        // for lookups by id. Existing rows are numbered in the order of their ids. A mention keeps only what its event
        // and document do not say (its merged event, and whether the document is a reprint): its document, sentence,
        // source and day were copies of the event's and the document's, written for every mention and never read. The documents' key to provenance is
        // named as PostgreSQL named it before (Schema.ProvenanceKey drops and adds it by that name).
        """
        CREATE TABLE documents_v9 (
            rid {id_key}, id TEXT NOT NULL, url TEXT, source TEXT, title TEXT, day BIGINT, content_hash TEXT NOT NULL,
            language TEXT, text TEXT NOT NULL, provenance TEXT NOT NULL CONSTRAINT documents_provenance_fkey REFERENCES provenance(key),
            duplicate_of TEXT, similarity DOUBLE PRECISION, minhash {blob});
        INSERT INTO documents_v9 SELECT row_number() OVER (ORDER BY id), id, url, source, title, day, content_hash,
            language, text, provenance, duplicate_of, similarity, minhash FROM documents;
        DROP TABLE documents;
        ALTER TABLE documents_v9 RENAME TO documents;
        CREATE UNIQUE INDEX documents_id ON documents(id);
        CREATE INDEX documents_day ON documents(day);
        CREATE INDEX documents_url ON documents(url);
        CREATE TABLE sentences_v9 (doc_rid BIGINT NOT NULL, idx BIGINT NOT NULL, start_offset BIGINT, text TEXT NOT NULL);
        INSERT INTO sentences_v9 SELECT d.rid, s.idx, s.start_offset, s.text FROM sentences s JOIN documents d ON d.id = s.doc_id ORDER BY d.rid, s.idx;
        DROP TABLE sentences;
        ALTER TABLE sentences_v9 RENAME TO sentences;
        CREATE UNIQUE INDEX sentences_key ON sentences(doc_rid, idx);
        CREATE TABLE events_v9 (
            rid {id_key}, id TEXT NOT NULL, doc_rid BIGINT NOT NULL, sentence BIGINT NOT NULL,
        """ + EventFields + """
        INSERT INTO events_v9 SELECT row_number() OVER (ORDER BY e.id), e.id, d.rid, e.sentence, e.day, e.date_precision, e.category,
            e.quad, e.mode, e.context, e.status, e.intensity, e.cameo, e.goldstein, e.loc_text, e.loc_name, e.loc_country, e.loc_lat,
            e.loc_lon, e.event_text, e.span_start, e.span_end, e.rule, e.actor_code, e.recipient_code
            FROM events e JOIN documents d ON d.id = e.doc_id;
        DROP TABLE events;
        ALTER TABLE events_v9 RENAME TO events;
        CREATE UNIQUE INDEX events_id ON events(id);
        CREATE INDEX events_doc ON events(doc_rid);
        CREATE INDEX events_day ON events(day, id);
        """ + LinksByRid("event_actor") + LinksByRid("event_recipient") + """
        CREATE TABLE mentions_v9 (event_rid BIGINT NOT NULL, merged_id BIGINT NOT NULL, duplicate BIGINT NOT NULL);
        INSERT INTO mentions_v9 SELECT e.rid, m.merged_id, m.duplicate FROM mentions m JOIN events e ON e.id = m.event_id ORDER BY e.rid;
        DROP TABLE mentions;
        ALTER TABLE mentions_v9 RENAME TO mentions;
        CREATE UNIQUE INDEX mentions_event ON mentions(event_rid);
        CREATE INDEX mentions_merged ON mentions(merged_id);
        ALTER TABLE merged_events ADD COLUMN rep_event BIGINT;
        UPDATE merged_events SET rep_event = (SELECT e.rid FROM events e WHERE e.id = merged_events.rep_event_id);
        ALTER TABLE merged_events DROP COLUMN rep_event_id;
        """,
        // 10: stats_months keyed by month before its group's keys, (grp, month, key, key2), so that a batch's rows, all of a
        // month or two when news arrives in date order, land on a few pages instead of one or more pages per key all over the
        // table: at 1 M events the version 9 key had each commit write about 800 of the table's 1,900 pages, 37 % of all the
        // load wrote to the WAL. Reading a group's keys in order (whole-store stats) goes through stats_months_key, which
        // holds the columns it reads: a query index (QueryIndexes), built once at the end of a bulk load.
        $$"""
        CREATE TABLE stats_months_v10 (
            grp TEXT NOT NULL, key TEXT NOT NULL, key2 TEXT NOT NULL, month BIGINT NOT NULL,
            events BIGINT NOT NULL, mentions BIGINT NOT NULL,
            goldstein DOUBLE PRECISION NOT NULL, goldstein_mentions DOUBLE PRECISION NOT NULL,
            verbal_cooperation BIGINT NOT NULL, material_cooperation BIGINT NOT NULL,
            verbal_conflict BIGINT NOT NULL, material_conflict BIGINT NOT NULL,
            {{string.Join(", ", QuadColumns.Select(c => $"{c} {QuadColumnType(c)} NOT NULL DEFAULT 0"))}},
            PRIMARY KEY (grp, month, key, key2)) {without_rowid};
        INSERT INTO stats_months_v10 ({{StatsMonthsColumns}}) SELECT {{StatsMonthsColumns}} FROM stats_months;
        DROP TABLE stats_months;
        ALTER TABLE stats_months_v10 RENAME TO stats_months;
        CREATE INDEX stats_months_key ON {{StatsMonthsKey}};
        """,
    ];

    /// <summary>
    /// The index whole-store stats read a group's rows through, in the order of their keys and months, with the columns
    /// they read (version 10): the table itself is in month order.
    /// </summary>
    const string StatsMonthsKey =
        "stats_months(grp, key, key2, month, events, mentions, goldstein, goldstein_mentions, " +
        "verbal_cooperation, material_cooperation, verbal_conflict, material_conflict)";

    /// <summary>The type of one of <see cref="QuadColumns"/>: each quad's mentions are counts, its sums doubles.</summary>
    static string QuadColumnType(string column) =>
        column.EndsWith("_mentions") && !column.EndsWith("goldstein_mentions") ? "BIGINT" : "DOUBLE PRECISION";

    /// <summary>Version 9 for a link table (event_actor, event_recipient): the event it links by rid instead of text id.</summary>
    static string LinksByRid(string table) =>
        $"""
        CREATE TABLE {table}_v9 (
            event_rid BIGINT NOT NULL, pos BIGINT NOT NULL, entity_id BIGINT NOT NULL, text TEXT NOT NULL,
            start_offset BIGINT, end_offset BIGINT);
        INSERT INTO {table}_v9 SELECT e.rid, l.pos, l.entity_id, l.text, l.start_offset, l.end_offset
            FROM {table} l JOIN events e ON e.id = l.event_id ORDER BY e.rid, l.pos;
        DROP TABLE {table};
        ALTER TABLE {table}_v9 RENAME TO {table};
        CREATE UNIQUE INDEX {table}_key ON {table}(event_rid, pos);
        CREATE INDEX {table}_entity ON {table}(entity_id);

        """;

    /// <summary>
    /// Indexes that queries read and ingest does not, except to replace a document's events. A run of
    /// batches into an empty store (<see cref="SqlEventStore.IngestAllAsync"/>) drops them and builds them
    /// once at its end: rows arriving in date order go to the ends of the tables, but these keys (entities,
    /// dyads, URLs, documents' ids: Guardian-style ids such as "guardian-248" do not follow the dates)
    /// arrive in no order, and each insert into them dirtied about a page that the commit then wrote.
    /// Without them a query answers with one scan, and a document replaced during such a load finds its
    /// old rows by scanning, slow but right. A store opened with any of them missing (a bulk load killed
    /// before its end) gets them back at its next ingest. Kept: the keys ingest reads every batch
    /// (documents by id and day, merged events by day and merge key, links by event for merged_entities,
    /// mentions and merged_entities by merged event); the keys a query joins row by row (events by id,
    /// sentences by document and index, mentions by event: without them one page of a code's merged
    /// events at 1 M events took 27 s instead of milliseconds); and merged_day: PostgreSQL reads merge
    /// candidates by day range through it (without it the lookup took 66 s instead of 8 at 1 M events),
    /// and its keys arrive in order anyway. The keys by event and by document (event_actor_key,
    /// event_recipient_key, mentions_event, sentences_key, events_doc) stay too: since schema 9 they are
    /// integer keys that grow at their end (built at the end as text keys, the links' took 7 s more to sort
    /// than inserting them saved at 1 M events).
    /// Definitions as the newest migration left them.
    /// </summary>
    public static readonly (string Name, string On)[] QueryIndexes =
    [
        ("event_actor_entity", "event_actor(entity_id)"),
        ("event_recipient_entity", "event_recipient(entity_id)"),
        ("merged_dyad", "merged_events(actor_code, recipient_code, day)"),
        ("events_day", "events(day, id)"),
        ("documents_url", "documents(url)"),
        ("merged_entities_key", "merged_entities(entity_id, side, merged_id)"),
        ("stats_months_key", StatsMonthsKey),
        // Entity ids are hashes, so new entities land all over their table and these indexes: at 1 M events the three
        // were 78 MiB of what the load wrote to SQLite's WAL, for indexes of 1 MiB.
        ("entities_name", "entities(name_key)"),
        ("entities_country", "entities(country)"),
        ("entities_org", "entities(org)"),
    ];

    /// <summary>Something a bulk load into an empty store leaves out until its end: how to drop it and how to put it back.</summary>
    public sealed record Deferred(string Name, string Drop, string Create);

    /// <summary>
    /// merged_day, which SQLite's ingest never reads (it probes merge candidates through merged_key): a bulk load into an
    /// empty SQLite store builds it at its end too. PostgreSQL reads merge candidates by day range through it, and keeps it.
    /// </summary>
    public static readonly Deferred MergedDay = Index("merged_day", "merged_events(day, id)");

    static Deferred Index(string name, string on) => new(name, $"DROP INDEX IF EXISTS {name}", $"CREATE INDEX IF NOT EXISTS {name} ON {on}");

    /// <summary><see cref="QueryIndexes"/> as <see cref="Deferred"/>: dropped, then built once from the loaded rows.</summary>
    public static readonly Deferred[] DeferredIndexes =
        [.. QueryIndexes.Select(i => Index(i.Name, i.On))];

    /// <summary>
    /// The foreign key of documents to provenance, which PostgreSQL checks with one lookup of provenance per document row
    /// (4.7 s of 9.9 s of server time for 1 M documents; validating the key once over the loaded rows took 0.5 s). Every
    /// ingest batch stores its provenance row before its documents, in the same transaction, so a load without the key
    /// stores no document it would refuse; putting it back checks that all the same. PostgreSQL's default name for it.
    /// (SQLite cannot drop a constraint; its store checks the key per row throughout.)
    /// </summary>
    public static readonly Deferred ProvenanceKey = new("documents_provenance_fkey",
        "ALTER TABLE documents DROP CONSTRAINT IF EXISTS documents_provenance_fkey",
        "ALTER TABLE documents ADD CONSTRAINT documents_provenance_fkey FOREIGN KEY (provenance) REFERENCES provenance(key)");

    static string QuadSums()
    {
        var add = string.Join("", QuadColumns.Select(c =>
            $"ALTER TABLE stats_months ADD COLUMN {c} {QuadColumnType(c)} NOT NULL DEFAULT 0;\n"));
        return add + "DELETE FROM stats_months;\n" + FillStatsMonths("day > 0 AND status = 'asserted'", quadSums: true);
    }

    /// <summary>
    /// One INSERT per stats group filling stats_months from the merged events that match <paramref name="where"/>:
    /// counts, mentions, Goldstein sums and quad counts, and with <paramref name="quadSums"/> each quad's
    /// mentions and Goldstein sums (the columns of version 6).
    /// </summary>
    static string FillStatsMonths(string where, bool quadSums)
    {
        var sums = "count(*), sum(mentions), sum(goldstein), sum(goldstein * mentions), " +
                   string.Join(", ", Quads.Select(q => $"sum(CASE WHEN quad = '{q.Quad}' THEN 1 ELSE 0 END)"));
        if (quadSums)
            sums += ", " + string.Join(", ", Quads.SelectMany(q => new[] { "mentions", "goldstein", "goldstein * mentions" }
                .Select(v => $"sum(CASE WHEN quad = '{q.Quad}' THEN {v} ELSE 0 END)")));
        (string Group, string Keys, string GroupBy)[] groups =
        [
            ("dyad", "actor_code, recipient_code", "actor_code, recipient_code"), ("actor", "actor_code, ''", "actor_code"),
            ("recipient", "recipient_code, ''", "recipient_code"), ("country", "coalesce(country, ''), ''", "coalesce(country, '')"),
            ("event", "category, ''", "category"), ("quad", "quad, ''", "quad"),
        ];
        return string.Join("", groups.Select(g =>
            $"INSERT INTO stats_months SELECT '{g.Group}', {g.Keys}, month, {sums} FROM merged_events WHERE {where} GROUP BY {g.GroupBy}, month;\n"));
    }
}

namespace Parley.Storage.Sql;

/// <summary>
/// The store's tables, one migration per schema version. SQLite and PostgreSQL share this text:
/// only the binary type's name differs ({blob}). Dates are day numbers (DateOnly.DayNumber) with
/// the week (its Monday's day number), month (yyyymm) and year beside them, so grouping by period
/// is integer grouping in both databases. Codes and categories are stored in EVENTS.md's spelling,
/// so rows read the same as the JSON and do not depend on enum order.
/// </summary>
static class Schema
{
    /// <summary>The newest version this Parley knows; a store with a higher one was written by a newer Parley.</summary>
    public static int Current => Migrations.Length;

    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE provenance (
            key TEXT PRIMARY KEY, parley_version TEXT NOT NULL, data_hash TEXT NOT NULL);
        CREATE TABLE documents (
            id TEXT PRIMARY KEY, url TEXT, source TEXT, title TEXT, day BIGINT, content_hash TEXT NOT NULL,
            language TEXT, text TEXT NOT NULL, provenance TEXT NOT NULL REFERENCES provenance(key),
            duplicate_of TEXT, similarity DOUBLE PRECISION, minhash {blob});
        CREATE INDEX documents_duplicate_of ON documents(duplicate_of);
        CREATE INDEX documents_provenance ON documents(provenance, id);
        CREATE TABLE story_bands (band_key BIGINT NOT NULL, day BIGINT, doc_id TEXT NOT NULL);
        CREATE INDEX story_bands_key ON story_bands(band_key, day);
        CREATE INDEX story_bands_doc ON story_bands(doc_id);
        CREATE TABLE sentences (
            doc_id TEXT NOT NULL, idx BIGINT NOT NULL, start_offset BIGINT, text TEXT NOT NULL,
            PRIMARY KEY (doc_id, idx));
        CREATE TABLE events (
            id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, sentence BIGINT NOT NULL,
            day BIGINT, date_precision TEXT, category TEXT NOT NULL, quad TEXT NOT NULL, mode TEXT,
            context TEXT NOT NULL, status TEXT NOT NULL, intensity DOUBLE PRECISION NOT NULL,
            cameo TEXT NOT NULL, goldstein DOUBLE PRECISION NOT NULL,
            loc_text TEXT, loc_name TEXT, loc_country TEXT, loc_lat DOUBLE PRECISION, loc_lon DOUBLE PRECISION,
            event_text TEXT NOT NULL, span_start BIGINT NOT NULL, span_end BIGINT NOT NULL, rule TEXT);
        CREATE INDEX events_doc ON events(doc_id);
        CREATE INDEX events_day ON events(day, id);
        CREATE TABLE entities (
            id BIGINT PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL, country TEXT, sector TEXT,
            title TEXT, org TEXT, org_type TEXT, kind TEXT NOT NULL);
        CREATE INDEX entities_name ON entities(name_key);
        CREATE INDEX entities_country ON entities(country);
        CREATE INDEX entities_org ON entities(org);
        CREATE TABLE event_actor (
            event_id TEXT NOT NULL, pos BIGINT NOT NULL, entity_id BIGINT NOT NULL, text TEXT NOT NULL,
            start_offset BIGINT, end_offset BIGINT, code TEXT, name_key TEXT NOT NULL, day BIGINT,
            PRIMARY KEY (event_id, pos));
        CREATE INDEX event_actor_code ON event_actor(code, day);
        CREATE INDEX event_actor_name ON event_actor(name_key, day);
        CREATE INDEX event_actor_entity ON event_actor(entity_id);
        CREATE TABLE event_recipient (
            event_id TEXT NOT NULL, pos BIGINT NOT NULL, entity_id BIGINT NOT NULL, text TEXT NOT NULL,
            start_offset BIGINT, end_offset BIGINT, code TEXT, name_key TEXT NOT NULL, day BIGINT,
            PRIMARY KEY (event_id, pos));
        CREATE INDEX event_recipient_code ON event_recipient(code, day);
        CREATE INDEX event_recipient_name ON event_recipient(name_key, day);
        CREATE INDEX event_recipient_entity ON event_recipient(entity_id);
        CREATE TABLE merged_events (
            id BIGINT PRIMARY KEY, merge_key TEXT NOT NULL, day BIGINT, week BIGINT, month BIGINT, year BIGINT,
            category TEXT NOT NULL, quad TEXT NOT NULL, status TEXT NOT NULL, mode TEXT, cameo TEXT NOT NULL,
            goldstein DOUBLE PRECISION NOT NULL, actor_code TEXT NOT NULL, recipient_code TEXT NOT NULL,
            country TEXT, mentions BIGINT NOT NULL, sources BIGINT NOT NULL, articles BIGINT NOT NULL,
            rep_event_id TEXT);
        CREATE INDEX merged_key ON merged_events(merge_key, day);
        CREATE INDEX merged_dyad ON merged_events(actor_code, recipient_code, day);
        CREATE INDEX merged_day ON merged_events(day, id);
        CREATE INDEX merged_rep ON merged_events(rep_event_id);
        CREATE TABLE mentions (
            event_id TEXT PRIMARY KEY, merged_id BIGINT NOT NULL, doc_id TEXT NOT NULL, sentence BIGINT NOT NULL,
            source TEXT, day BIGINT, duplicate BIGINT NOT NULL);
        CREATE INDEX mentions_merged ON mentions(merged_id);
        CREATE INDEX mentions_doc ON mentions(doc_id);
        """,
    ];
}

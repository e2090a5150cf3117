namespace Parley.Storage.Sql;

abstract partial class SqlEventStore
{
    /// <summary>
    /// The invariants a killed or failed ingest must never break, as sentences naming what is wrong;
    /// empty when the store is consistent. Each batch is one transaction, so these hold after any crash.
    /// </summary>
    internal Task<IReadOnlyList<string>> CheckAsync(CancellationToken cancel = default) => Guard(async () =>
    {
        (string Problem, string Sql)[] checks =
        [
            ("events without their document", "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.rid = e.doc_rid)"),
            ("events without their sentence", "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.doc_rid = e.doc_rid AND s.idx = e.sentence)"),
            ("actor links without their event", "SELECT count(*) FROM event_actor l WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.rid = l.event_rid)"),
            ("recipient links without their event", "SELECT count(*) FROM event_recipient l WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.rid = l.event_rid)"),
            ("links to unknown entities", "SELECT count(*) FROM event_actor l WHERE NOT EXISTS (SELECT 1 FROM entities n WHERE n.id = l.entity_id)"),
            ("mentions without their event", "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.rid = m.event_rid)"),
            ("mentions of missing merged events", "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM merged_events g WHERE g.id = m.merged_id)"),
            ("non-negated events that no merged event counts", "SELECT count(*) FROM events e WHERE e.status <> 'negated' AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_rid = e.rid)"),
            ("merged events without mentions", "SELECT count(*) FROM merged_events g WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.merged_id = g.id)"),
            ("merged events whose first mention is gone", "SELECT count(*) FROM merged_events g WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.rid = g.rep_event)"),
            ("documents without a story signature", "SELECT count(*) FROM documents WHERE minhash IS NULL"),
            ("documents of unknown provenance", "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM provenance p WHERE p.key = d.provenance)"),
            ("merged events' entities that their representative event lacks",
                "SELECT count(*) FROM merged_entities x WHERE NOT EXISTS (SELECT 1 FROM merged_events g JOIN event_actor l ON l.event_rid = g.rep_event " +
                "WHERE x.side = 0 AND g.id = x.merged_id AND l.entity_id = x.entity_id) AND NOT EXISTS (SELECT 1 FROM merged_events g " +
                "JOIN event_recipient l ON l.event_rid = g.rep_event WHERE x.side = 1 AND g.id = x.merged_id AND l.entity_id = x.entity_id)"),
            ("representative events' actors missing from merged_entities",
                "SELECT count(*) FROM merged_events g JOIN event_actor l ON l.event_rid = g.rep_event " +
                "WHERE NOT EXISTS (SELECT 1 FROM merged_entities x WHERE x.merged_id = g.id AND x.side = 0 AND x.entity_id = l.entity_id)"),
            ("representative events' recipients missing from merged_entities",
                "SELECT count(*) FROM merged_events g JOIN event_recipient l ON l.event_rid = g.rep_event " +
                "WHERE NOT EXISTS (SELECT 1 FROM merged_entities x WHERE x.merged_id = g.id AND x.side = 1 AND x.entity_id = l.entity_id)"),
        ];
        var problems = new List<string>();
        await using var connection = await OpenConnectionAsync(cancel);
        if (await MissingQueryIndexesAsync(connection, cancel) is { Count: > 0 } missing)
            problems.Add($"indexes missing (or keys: a bulk load stopped before its end; the next ingest builds them): {string.Join(", ", missing.Select(m => m.Name))}");
        foreach (var (problem, sql) in checks)
            if (await ScalarAsync(connection, null, sql, cancel) is long n && n > 0)
                problems.Add($"{n} {problem}");
        return (IReadOnlyList<string>)problems;
    });
}

using System.Data.Common;
using System.Text;
using Parley.Model;

namespace Parley.Storage.Sql;

/// <summary>
/// Turns an <see cref="EventQuery"/> into a parameterised WHERE clause over merged events (g),
/// their representative event (e) and its sentence (s). No value is ever spliced into SQL.
/// An actor term that is some entity's canonical name ("Antony Blinken", "Iran") matches events
/// with that entity on that side; any other term is a code (country or organisation: "USA",
/// "NATO") and matches the side's primary code, GDELT's Actor1Code/Actor2Code, which the merged
/// events index with the date so that a dyad over a year is one index range.
/// </summary>
sealed class EventFilter(SqlEventStore store, DbCommand command)
{
    readonly List<string> clauses = [];
    int next;

    /// <summary>True when a clause reads the event or its sentence, so the query must join them.</summary>
    public bool NeedsEvent { get; private set; }

    string Param(object? value)
    {
        var name = "@f" + next++;
        SqlEventStore.Add(command, name, value);
        return name;
    }

    /// <param name="merged">Whether rows are merged events (g) rather than raw events (e, with g left-joined).</param>
    public async Task<string> BuildAsync(EventQuery q, bool merged, System.Data.Common.DbConnection connection, CancellationToken cancel)
    {
        foreach (var term in ActorTerms(q))
            if (!names.ContainsKey(term)) names[term] = await EntitiesNamedAsync(connection, term, cancel);
        // Merged rows filter on the merged event's own columns where it has them, so stats need no join.
        var t = merged ? "g" : "e";
        var day = merged ? "g.day" : "e.day";
        if (q.From is { } from) clauses.Add($"{day} >= {Param((long)from.DayNumber)}");
        if (q.To is { } to) clauses.Add($"{day} <= {Param((long)to.DayNumber)}");
        if (q.Category is { } category) clauses.Add($"{t}.category = {Param(category.Name())}");
        if (q.Quad is { } quad) clauses.Add($"{t}.quad = {Param(quad.Name())}");
        if (q.Mode is { } mode) clauses.Add($"{t}.mode = {Param(mode)}");
        if (q.Status is { } status) clauses.Add($"{t}.status = {Param(status.Name())}");
        if (q.Country is { } country) clauses.Add($"{(merged ? "g.country" : "e.loc_country")} = {Param(country)}");
        if (q.MinSources is { } sources) clauses.Add($"g.sources >= {Param((long)sources)}");
        if (q.Actor is { } actor) clauses.Add(Side(true, actor, t));
        if (q.Recipient is { } recipient) clauses.Add(Side(false, recipient, t));
        if (q.Dyad is var (a, b))
        {
            var forward = $"({Side(true, a, t)} AND {Side(false, b, t)})";
            clauses.Add(q.EitherDirection ? $"({forward} OR ({Side(true, b, t)} AND {Side(false, a, t)}))" : forward);
        }
        if (!string.IsNullOrWhiteSpace(q.Text))
        {
            NeedsEvent = true;
            foreach (var word in q.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                clauses.Add($"s.text {store.CaseInsensitiveLike} {Param("%" + EscapeLike(word) + "%")} ESCAPE '\\'");
        }
        return clauses.Count == 0 ? "1 = 1" : string.Join(" AND ", clauses);
    }

    readonly Dictionary<string, long[]> names = new(StringComparer.Ordinal);

    /// <summary>The actor terms of a query: actor, recipient and the dyad's two sides.</summary>
    public static IEnumerable<string> ActorTerms(EventQuery q) => new[] { q.Actor, q.Recipient, q.Dyad?.A, q.Dyad?.B }.OfType<string>();

    /// <summary>The stored entities whose canonical name the term is; none when it is a code.</summary>
    public static async Task<long[]> EntitiesNamedAsync(System.Data.Common.DbConnection connection, string term, CancellationToken cancel)
    {
        await using var find = SqlEventStore.Command(connection, null, "SELECT id FROM entities WHERE name_key = @n");
        SqlEventStore.Add(find, "@n", EventRows.NameKey(term));
        var ids = new List<long>();
        await using var reader = await find.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel)) ids.Add(reader.GetInt64(0));
        return [.. ids];
    }

    /// <summary>One side of an event matches a name (through its entities) or a primary code.</summary>
    string Side(bool actor, string term, string t)
    {
        var ids = names[term];
        if (ids.Length == 0) return $"{t}.{(actor ? "actor_code" : "recipient_code")} = {Param(term)}";
        var name = "@f" + next++;
        store.ListParameter(command, name, ids);
        if (t == "g")
            return $"g.id IN (SELECT merged_id FROM merged_entities WHERE side = {(actor ? 0 : 1)} AND {store.InList("entity_id", name)})";
        return $"e.rid IN (SELECT event_rid FROM {(actor ? "event_actor" : "event_recipient")} WHERE {store.InList("entity_id", name)})";
    }

    public static string EscapeLike(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '%' or '_' or '\\') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}

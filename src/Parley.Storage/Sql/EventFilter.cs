using System.Data.Common;
using System.Text;
using Parley.Model;

namespace Parley.Storage.Sql;

/// <summary>
/// Turns an <see cref="EventQuery"/> into a parameterised WHERE clause over merged events (g),
/// their representative event (e) and its sentence (s). No value is ever spliced into SQL.
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
    public string Build(EventQuery q, bool merged, bool includeNegated = true)
    {
        // Merged rows filter on the merged event's own columns where it has them, so stats need no join.
        var t = merged ? "g" : "e";
        var day = merged ? "g.day" : "e.day";
        if (q.From is { } from) clauses.Add($"{day} >= {Param((long)from.DayNumber)}");
        if (q.To is { } to) clauses.Add($"{day} <= {Param((long)to.DayNumber)}");
        if (q.Category is { } category) clauses.Add($"{t}.category = {Param(category.Name())}");
        if (q.Quad is { } quad) clauses.Add($"{t}.quad = {Param(quad.Name())}");
        if (q.Mode is { } mode) clauses.Add($"{t}.mode = {Param(mode)}");
        if (q.Status is { } status) clauses.Add($"{t}.status = {Param(status.Name())}");
        else if (!merged && !includeNegated) clauses.Add($"e.status <> {Param(EventStatus.Negated.Name())}");
        if (q.Country is { } country) clauses.Add($"{(merged ? "g.country" : "e.loc_country")} = {Param(country)}");
        if (q.MinSources is { } sources) clauses.Add($"g.sources >= {Param((long)sources)}");
        var eventId = merged ? "g.rep_event_id" : "e.id";
        if (q.Actor is { } actor) clauses.Add(Side("event_actor", actor, eventId, q));
        if (q.Recipient is { } recipient) clauses.Add(Side("event_recipient", recipient, eventId, q));
        if (q.Dyad is var (a, b))
        {
            var forward = $"({Side("event_actor", a, eventId, q)} AND {Side("event_recipient", b, eventId, q)})";
            clauses.Add(q.EitherDirection
                ? $"({forward} OR ({Side("event_actor", b, eventId, q)} AND {Side("event_recipient", a, eventId, q)}))"
                : forward);
        }
        if (!string.IsNullOrWhiteSpace(q.Text))
        {
            NeedsEvent = true;
            foreach (var word in q.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                clauses.Add($"s.text {store.CaseInsensitiveLike} {Param("%" + EscapeLike(word) + "%")} ESCAPE '\\'");
        }
        return clauses.Count == 0 ? "1 = 1" : string.Join(" AND ", clauses);
    }

    /// <summary>An entity on one side matches a code (country or organisation) or a canonical name.</summary>
    string Side(string table, string term, string eventId, EventQuery q)
    {
        var range = (q.From is { } from ? $" AND day >= {Param((long)from.DayNumber)}" : "")
                    + (q.To is { } to ? $" AND day <= {Param((long)to.DayNumber)}" : "");
        return $"{eventId} IN (SELECT event_id FROM {table} WHERE (code = {Param(term)} OR name_key = {Param(EventRows.NameKey(term))}){range})";
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

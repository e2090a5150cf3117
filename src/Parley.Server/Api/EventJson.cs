using Parley.Model;
using Parley.Storage;

namespace Parley.Server.Api;

/// <summary>An event as EVENTS.md writes it: the same field names and spellings as `parley code` outputs.</summary>
public sealed record EventJson(
    string Id, string Doc, int Sentence, string? Date, string? DatePrecision, string Event, string? Mode, IReadOnlyList<string> Context,
    string Status, double Intensity, string Quad, string Cameo, double Goldstein, IReadOnlyList<EntityJson> Actor, IReadOnlyList<EntityJson> Recipient,
    LocationJson? Location, string EventText, int[] Span, string Text)
{
    public static EventJson From(PloverEvent e) => new(
        e.Id.ToString(), e.Doc, e.Sentence, e.Date?.Date.ToString("yyyy-MM-dd"), e.Date?.Precision.Name(), e.Category.Name(), e.Mode?.Name(),
        e.Context.Select(c => c.Name()).ToList(), e.Status.Name(), e.Intensity, e.Quad.Name(), e.Cameo.Value, e.Goldstein,
        e.Actor.Select(EntityJson.From).ToList(), e.Recipient.Select(EntityJson.From).ToList(),
        e.Location is { } l ? new LocationJson(l.Text, l.Place.Name, l.Place.Country, Math.Round(l.Place.Lat, 4), Math.Round(l.Place.Lon, 4)) : null,
        e.EventText, [e.SpanStart, e.SpanEnd], e.Text);
}

/// <summary>An actor or recipient: the words in the text and what they resolve to; <c>code</c> is the organisation, else the state.</summary>
public sealed record EntityJson(string Text, string Name, string? Code, string? Country, string? Sector, string? Title, string? Org, string? OrgType)
{
    public static EntityJson From(EventEntity e) =>
        new(e.Text, e.Entity.Name, e.Entity.Code, e.Entity.Country, e.Entity.Sector?.Name(), e.Entity.Title, e.Entity.Org, e.Entity.OrgType?.ToString());
}

/// <summary>Where an event happened.</summary>
public sealed record LocationJson(string Text, string Name, string Country, double Lat, double Lon);

/// <summary>A stored event: the merged event it belongs to (its id opens the evidence), how widely it was reported, and the coded record.</summary>
public sealed record StoredEventJson(long? MergedId, int Mentions, int Sources, int Articles, string? Rule, EventJson Event)
{
    public static StoredEventJson From(StoredEvent e) => new(e.MergedId, e.Mentions, e.Sources, e.Articles, e.Rule, EventJson.From(e.Event));
}

/// <summary>One page of events, and the cursor that asks for the next (null on the last page).</summary>
public sealed record EventPageJson(IReadOnlyList<StoredEventJson> Events, string? Next);

using Parley.Model;

namespace Parley.Storage;

/// <summary>
/// Filters for events, as `parley query` and the API take them. Every filter is optional; all given
/// filters must hold. An actor filter matches an entity's country code, organisation short name or
/// canonical name (case-insensitive), so "USA", "NATO" and "Joe Biden" all work.
/// </summary>
public sealed record EventQuery
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Actor { get; init; }
    public string? Recipient { get; init; }
    /// <summary>Both sides of a dyad, A acting on B (in either direction when <see cref="EitherDirection"/>).</summary>
    public (string A, string B)? Dyad { get; init; }
    public bool EitherDirection { get; init; }
    public PloverCategory? Category { get; init; }
    public QuadClass? Quad { get; init; }
    public string? Mode { get; init; }
    public EventStatus? Status { get; init; }
    /// <summary>ISO alpha-3 code of the event's location.</summary>
    public string? Country { get; init; }
    /// <summary>Words that must all occur in the sentence (case-insensitive).</summary>
    public string? Text { get; init; }
    /// <summary>Only merged events reported by at least this many sources.</summary>
    public int? MinSources { get; init; }
    /// <summary>
    /// True (the default): one row per merged event, shown by its first mention. False: every
    /// coded sentence event, as Parley wrote it, including negated ones.
    /// </summary>
    public bool Merged { get; init; } = true;
    /// <summary>Rows per page.</summary>
    public int Limit { get; init; } = 100;
    /// <summary>The <see cref="EventPage.Next"/> of the previous page, or null for the first.</summary>
    public string? Cursor { get; init; }
    /// <summary>Newest first: (date, id) descending, as a dashboard lists events. Cursors page the same way.</summary>
    public bool NewestFirst { get; init; }
}

/// <summary>A stored event: the coded record and the merged event it belongs to.</summary>
public sealed record StoredEvent(PloverEvent Event, long? MergedId, int Mentions, int Sources, int Articles, string? Rule = null);

/// <summary>One page of events in (date, id) order, and the cursor of the next page (null at the end).</summary>
public sealed record EventPage(IReadOnlyList<StoredEvent> Events, string? Next);

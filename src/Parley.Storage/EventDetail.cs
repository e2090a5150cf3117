using Parley.Model;

namespace Parley.Storage;

/// <summary>A merged event with every sentence that reported it: what `parley serve` shows behind a number.</summary>
public sealed record EventDetail(long MergedId, int Mentions, int Sources, int Articles, IReadOnlyList<Mention> Evidence);

/// <summary>
/// One report of an event: the document, the sentence and where in it the event's words are
/// (<see cref="SentenceStart"/> is the sentence's offset in the document; the event's span is in
/// document offsets, as EVENTS.md gives it).
/// </summary>
public sealed record Mention(PloverEvent Event, string? Source, string? Url, string? Title, int? SentenceStart, bool FromDuplicate, string? Rule);

/// <summary>A stored document.</summary>
public sealed record StoredDocument(
    Article Article, string ContentHash, string? Language, string ProvenanceKey, string? DuplicateOf, double? Similarity, int EventCount);

/// <summary>An actor as stored: what `parley actors` and the dashboard's search offer.</summary>
public sealed record ActorMatch(string Name, string? Country, string? Sector, string? Org, string? OrgType, long Events);

namespace Parley.Model;

/// <summary>An entity as it appears in an event: the words in the text and what they resolve to.</summary>
public sealed record EventEntity(string Text, Entity Entity);

/// <summary>A coded event: EVENTS.md's output record.</summary>
public sealed record PloverEvent
{
    public required EventId Id { get; init; }
    public required string Doc { get; init; }
    public required int Sentence { get; init; }
    public EventDate? Date { get; init; }
    public required PloverCategory Category { get; init; }
    public PloverMode? Mode { get; init; }
    public IReadOnlyList<PloverContext> Context { get; init; } = [];
    public required EventStatus Status { get; init; }
    public required double Intensity { get; init; }
    public required CameoCode Cameo { get; init; }
    public required double Goldstein { get; init; }
    public required IReadOnlyList<EventEntity> Actor { get; init; }
    public required IReadOnlyList<EventEntity> Recipient { get; init; }
    public EventLocation? Location { get; init; }
    public required string EventText { get; init; }
    public required int SpanStart { get; init; }
    public required int SpanEnd { get; init; }
    public required string Text { get; init; }

    public QuadClass Quad => Category.Quad();
}

/// <summary>Where an event happened.</summary>
public sealed record EventLocation(string Text, Place Place);

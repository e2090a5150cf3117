namespace Parley.Model;

/// <summary>A news document as it arrives: EVENTS.md's input record.</summary>
public sealed record Article(string Id, string Text, DateOnly? Date, string? Title = null, string? Source = null, string? Url = null);

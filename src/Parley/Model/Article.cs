namespace Parley.Model;

/// <summary>A news document as it arrives: EVENTS.md's input record. <see cref="Language"/> is an ISO 639-1 code
/// ("en"), given by the input or detected by the reader, or null when unknown.</summary>
public sealed record Article(string Id, string Text, DateOnly? Date, string? Title = null, string? Source = null, string? Url = null, string? Language = null);

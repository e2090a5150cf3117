namespace Parley.Sources.Html;

/// <summary>What a page says about itself in its markup: title, publication time, canonical URL, site.</summary>
public sealed record PageMetadata(string? Title, DateTimeOffset? Published, string? CanonicalUrl, string? SiteName);

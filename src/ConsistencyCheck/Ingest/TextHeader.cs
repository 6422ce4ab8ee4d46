namespace ConsistencyCheck.Ingest;

/// <summary>What <see cref="HeaderScanner"/> found at the top of a text.</summary>
/// <param name="Title">The headline, or null.</param>
/// <param name="Published">The publication time from a dateline or byline, or null.</param>
/// <param name="Publisher">The outlet named in a dateline or byline, or null.</param>
internal readonly record struct TextHeader(string? Title, DateTimeOffset? Published, string? Publisher);

namespace ConsistencyCheck.Ingest;

/// <summary>What a byline or dateline line says about its document.</summary>
/// <param name="IsByline">True when the line names an author ("By ...").</param>
/// <param name="Published">The first publication time it gives, or null.</param>
/// <param name="Publisher">The outlet it names ("Ansel Valley Post | 14 March 2024"), or null.</param>
internal readonly record struct HeaderLine(bool IsByline, DateTimeOffset? Published, string? Publisher);

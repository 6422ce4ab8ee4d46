using System.Collections.Immutable;

namespace ConsistencyCheck.Ingest;

/// <summary>What the head of a web page says about its article.</summary>
/// <param name="Title">og:title, JSON-LD headline, the first h1, or the title element.</param>
/// <param name="Publisher">og:site_name, JSON-LD publisher name, or a publisher meta tag.</param>
/// <param name="Url">og:url, the canonical link, or the JSON-LD address.</param>
/// <param name="Published">article:published_time, JSON-LD datePublished, a date meta tag, or the first time element.</param>
/// <param name="Diagnostics">Metadata that could not be read (invalid JSON-LD, unreadable dates).</param>
internal sealed record HtmlMetadata(string? Title, string? Publisher, string? Url, DateTimeOffset? Published, ImmutableArray<Diagnostic> Diagnostics);

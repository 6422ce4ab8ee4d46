namespace ConsistencyCheck.Ingest;

/// <summary>What a document says about itself: headline, outlet, address and publication time.</summary>
/// <remarks>All members are optional; <see cref="Empty"/> is the default.</remarks>
public sealed record DocumentMetadata
{
    /// <summary>No metadata at all.</summary>
    public static DocumentMetadata Empty { get; } = new();

    /// <summary>Headline or page title, or null.</summary>
    public string? Title { get; init; }

    /// <summary>The outlet that published the document (for example "The Harbour Courier"), or null.</summary>
    public string? Publisher { get; init; }

    /// <summary>Canonical address of the document, or null.</summary>
    public string? Url { get; init; }

    /// <summary>
    /// When the document was published, or null when no date was found. Relative dates in the text
    /// ("yesterday", "on Tuesday") are resolved against this, never against the machine clock.
    /// </summary>
    public DateTimeOffset? Published { get; init; }
}

namespace ConsistencyCheck.Stories;

/// <summary>
/// Options of story grouping: how a document's <see cref="StorySignature"/> is made and when two documents report the
/// same story. The defaults were chosen on the development half of the real-news stories and are explained in
/// docs/stories.md; <see cref="Validate"/> is called by <see cref="StorySignature.FromDocument"/> and by the
/// <see cref="StoryGrouper"/> constructor.
/// </summary>
public sealed record StoryOptions
{
    /// <summary>Defaults.</summary>
    public static StoryOptions Default { get; } = new();

    /// <summary>
    /// The most terms a signature keeps: the heaviest, so a signature stays small however long the document is.
    /// Default 96; between 4 and 512.
    /// </summary>
    public int MaxTerms { get; init; } = 96;

    /// <summary>How much more a word of the headline counts than a word of the text. Default 3; between 1 and 20.</summary>
    public double TitleWeight { get; init; } = 3;

    /// <summary>
    /// Fewer content words than this (words that are not function words, headline included) and the document is a story
    /// of its own, with a diagnostic: too little text to say what it reports. Default 20; between 1 and 10,000.
    /// </summary>
    public int MinContentWords { get; init; } = 20;

    /// <summary>
    /// How many of a signature's heaviest terms serve as blocking keys: two documents are only compared when they share
    /// at least <see cref="MinSharedKeys"/> of them. Default 12; between 1 and <see cref="MaxTerms"/>.
    /// </summary>
    public int BlockingTerms { get; init; } = 12;

    /// <summary>How many blocking keys two documents must share to be compared. Default 2; between 1 and <see cref="BlockingTerms"/>.</summary>
    public int MinSharedKeys { get; init; } = 2;

    /// <summary>
    /// A blocking key held by more documents than this is too common to say anything (a politician in every article of
    /// a year) and is not used for finding candidates; the documents are still compared through their other keys. This
    /// bounds the work at documents × <see cref="BlockingTerms"/> × MaxBlockSize. Default 200; at least 2.
    /// </summary>
    public int MaxBlockSize { get; init; } = 200;

    /// <summary>
    /// The most links a document keeps to the documents after it in sorted order (its strongest), so that memory stays
    /// linear in the number of documents even when thousands of them look alike. A story much larger than this may
    /// split, because the links its members did not keep count as 0 in the averages. Default 64; at least 1.
    /// </summary>
    public int MaxLinksPerDocument { get; init; } = 64;

    /// <summary>
    /// The least weighted cosine that counts as a link between two documents; a weaker pair counts as 0 in the averages
    /// of <see cref="SimilarityThreshold"/>. Default 0.10; above 0, at most <see cref="SimilarityThreshold"/>.
    /// </summary>
    public double LinkThreshold { get; init; } = 0.10;

    /// <summary>
    /// The average weighted cosine between the documents of two groups that merges them into one story (average
    /// linkage). Higher splits stories, lower merges stories about the same people. Default 0.335 (the middle of the range
    /// that reproduces the real-news development stories, 0.32 to 0.35); above 0, at most 1.
    /// </summary>
    public double SimilarityThreshold { get; init; } = 0.335;

    /// <summary>
    /// The average weighted cosine that merges two groups inside a named collection (any collection but
    /// <see cref="Ingest.Document.DefaultCollection"/>). A collection someone named says its documents belong together, so
    /// it is split only into parts that are not even linked on average, not into parts that are merely less alike than
    /// <see cref="SimilarityThreshold"/>. Default 0.10 (the default <see cref="LinkThreshold"/>); above 0, at most
    /// <see cref="SimilarityThreshold"/>.
    /// </summary>
    public double NamedCollectionThreshold { get; init; } = 0.10;

    /// <summary>
    /// Publication dates further apart than this weaken a link (multiplied by <see cref="DistantDateFactor"/>); null
    /// ignores dates. A weak signal only: grouping works without dates. Default 30 days; positive when set.
    /// </summary>
    public TimeSpan? DateWindow { get; init; } = TimeSpan.FromDays(30);

    /// <summary>The factor applied to the cosine of two documents published further apart than <see cref="DateWindow"/>. Default 0.8; between 0 and 1.</summary>
    public double DistantDateFactor { get; init; } = 0.8;

    /// <summary>How many words label a story. Default 4; between 1 and 16.</summary>
    public int LabelWords { get; init; } = 4;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        Check(MaxTerms is >= 4 and <= 512, nameof(MaxTerms), "between 4 and 512", MaxTerms);
        Check(TitleWeight is >= 1 and <= 20, nameof(TitleWeight), "between 1 and 20", TitleWeight);
        Check(MinContentWords is >= 1 and <= 10_000, nameof(MinContentWords), "between 1 and 10,000", MinContentWords);
        Check(BlockingTerms >= 1 && BlockingTerms <= MaxTerms, nameof(BlockingTerms), $"between 1 and {nameof(MaxTerms)} ({MaxTerms})", BlockingTerms);
        Check(MinSharedKeys >= 1 && MinSharedKeys <= BlockingTerms, nameof(MinSharedKeys), $"between 1 and {nameof(BlockingTerms)} ({BlockingTerms})", MinSharedKeys);
        Check(MaxBlockSize >= 2, nameof(MaxBlockSize), "at least 2", MaxBlockSize);
        Check(MaxLinksPerDocument >= 1, nameof(MaxLinksPerDocument), "at least 1", MaxLinksPerDocument);
        Check(SimilarityThreshold is > 0 and <= 1, nameof(SimilarityThreshold), "above 0 and at most 1", SimilarityThreshold);
        Check(LinkThreshold > 0 && LinkThreshold <= SimilarityThreshold, nameof(LinkThreshold), $"above 0 and at most {nameof(SimilarityThreshold)} ({SimilarityThreshold})", LinkThreshold);
        Check(NamedCollectionThreshold > 0 && NamedCollectionThreshold <= SimilarityThreshold, nameof(NamedCollectionThreshold), $"above 0 and at most {nameof(SimilarityThreshold)} ({SimilarityThreshold})", NamedCollectionThreshold);
        Check(DateWindow is null || DateWindow > TimeSpan.Zero, nameof(DateWindow), "positive or null", DateWindow);
        Check(DistantDateFactor is >= 0 and <= 1, nameof(DistantDateFactor), "between 0 and 1", DistantDateFactor);
        Check(LabelWords is >= 1 and <= 16, nameof(LabelWords), "between 1 and 16", LabelWords);
    }

    private static void Check(bool valid, string name, string range, object? value)
    {
        if (!valid)
        {
            throw new ArgumentException($"{name} must be {range}; it is {value}.", name);
        }
    }
}

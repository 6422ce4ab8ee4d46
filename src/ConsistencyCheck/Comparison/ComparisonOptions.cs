namespace ConsistencyCheck.Comparison;

/// <summary>Tolerances for comparing figures. docs/semantics.md explains each.</summary>
public sealed record ComparisonOptions
{
    /// <summary>Defaults.</summary>
    public static ComparisonOptions Default { get; } = new();

    /// <summary>
    /// Two assertions whose <c>asOf</c> dates lie at most this many days apart refer to the same time.
    /// Default 1: outlets report the same day's figure a day apart; two days apart, a level ("18 remain in hospital")
    /// has usually moved.
    /// </summary>
    public int SameTimeToleranceDays { get; init; } = 1;

    /// <summary>
    /// The longest gap, in days, over which two figures are read as one quantity that changed. Default 730 (two
    /// years): a running count in the news is reported within weeks or months, and figures further apart ("the 2013
    /// derailment killed seven" against this year's three) are about different events, so no finding is made.
    /// </summary>
    public int MaxChangeOverTimeDays { get; init; } = 730;

    /// <summary>
    /// Whether a round figure is read as rounded: "40,000" (precision 1,000) then allows 39,500 to 40,500 when compared.
    /// Default true.
    /// </summary>
    public bool ReadRounding { get; init; } = true;

    /// <summary>
    /// Lowest confidence a finding must reach to be reported, 0 to 1. Default 0.5.
    /// </summary>
    public double MinimumConfidence { get; init; } = 0.5;

    /// <summary>
    /// Above this many voices (one per document and distinct figure), a cluster is summarised: one agreement per group
    /// of consistent figures, contradictions between groups, changes between dates — instead of every pair. Default 12.
    /// </summary>
    public int MaxPairwiseVoices { get; init; } = 12;

    /// <summary>
    /// Lowest FuzzySharp token-set similarity (0–100) of the content words of two places ("northern harl's ford",
    /// "southern ebbing vale") for them to count as the same place. Default 80: one-word names that merely share
    /// letters ("harwick", "fenwick") stay apart.
    /// </summary>
    public int MinimumPlaceSimilarity { get; init; } = 80;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        if (MaxChangeOverTimeDays <= SameTimeToleranceDays)
        {
            throw new ArgumentException(
                $"{nameof(MaxChangeOverTimeDays)} must be greater than {nameof(SameTimeToleranceDays)} ({SameTimeToleranceDays}); it is {MaxChangeOverTimeDays}.",
                nameof(MaxChangeOverTimeDays));
        }

        if (SameTimeToleranceDays < 0)
        {
            throw new ArgumentException($"{nameof(SameTimeToleranceDays)} must not be negative; it is {SameTimeToleranceDays}.", nameof(SameTimeToleranceDays));
        }

        if (MinimumPlaceSimilarity is < 0 or > 100)
        {
            throw new ArgumentException($"{nameof(MinimumPlaceSimilarity)} must lie between 0 and 100; it is {MinimumPlaceSimilarity}.", nameof(MinimumPlaceSimilarity));
        }

        if (MaxPairwiseVoices < 2)
        {
            throw new ArgumentException($"{nameof(MaxPairwiseVoices)} must be at least 2; it is {MaxPairwiseVoices}.", nameof(MaxPairwiseVoices));
        }

        if (MinimumConfidence is < 0 or > 1 || double.IsNaN(MinimumConfidence))
        {
            throw new ArgumentException($"{nameof(MinimumConfidence)} must lie in [0, 1]; it is {MinimumConfidence}.", nameof(MinimumConfidence));
        }
    }
}

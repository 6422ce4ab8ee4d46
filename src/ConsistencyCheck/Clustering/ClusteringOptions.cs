namespace ConsistencyCheck.Clustering;

/// <summary>Options for grouping assertions.</summary>
public sealed record ClusteringOptions
{
    /// <summary>Defaults.</summary>
    public static ClusteringOptions Default { get; } = new();

    /// <summary>
    /// Lowest similarity (0–100, FuzzySharp token-set ratio over the subject phrases and restrictors) at which two
    /// assertions under the same blocking key are taken to count the same thing. Default 60.
    /// </summary>
    public int MinimumSimilarity { get; init; } = 60;

    /// <summary>Whether assertions of one document are clustered with each other (intra-document repeats). Default true.</summary>
    public bool IncludeSameDocument { get; init; } = true;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        if (MinimumSimilarity is < 0 or > 100)
        {
            throw new ArgumentException($"{nameof(MinimumSimilarity)} must lie between 0 and 100; it is {MinimumSimilarity}.", nameof(MinimumSimilarity));
        }
    }
}

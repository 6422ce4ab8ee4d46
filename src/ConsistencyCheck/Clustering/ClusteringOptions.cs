namespace ConsistencyCheck.Clustering;

/// <summary>Options for grouping assertions.</summary>
public sealed record ClusteringOptions
{
    /// <summary>Defaults.</summary>
    public static ClusteringOptions Default { get; } = new();

    /// <summary>Whether assertions of one document are clustered with each other (intra-document repeats). Default true.</summary>
    public bool IncludeSameDocument { get; init; } = true;
}

using ConsistencyCheck.Assertions;

namespace ConsistencyCheck.Clustering;

/// <summary>Clusters by blocking key, then by similarity.</summary>
public sealed class BlockingClusteringStrategy : IClusteringStrategy
{
    /// <summary>Creates the strategy.</summary>
    public BlockingClusteringStrategy(ClusteringOptions options) => Options = options;

    /// <summary>The options.</summary>
    public ClusteringOptions Options { get; }

    /// <inheritdoc/>
    public IReadOnlyList<AssertionCluster> Cluster(IReadOnlyList<Assertion> assertions, CancellationToken cancellationToken = default) => [];
}

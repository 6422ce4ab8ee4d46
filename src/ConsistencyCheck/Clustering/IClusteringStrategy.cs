using ConsistencyCheck.Assertions;

namespace ConsistencyCheck.Clustering;

/// <summary>Groups assertions about the same quantity of the same thing. Implementations are thread-safe and deterministic.</summary>
public interface IClusteringStrategy
{
    /// <summary>
    /// Groups <paramref name="assertions"/> (all of them held in memory) into clusters. Every returned cluster has at
    /// least two members from at least one document; assertions that match nothing are left out. The result is the
    /// same for any order of the input.
    /// </summary>
    IReadOnlyList<AssertionCluster> Cluster(IReadOnlyList<Assertion> assertions, CancellationToken cancellationToken = default);
}

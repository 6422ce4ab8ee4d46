using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Benchmarks.Comparison;

/// <summary>Comparing clusters: the corpus's many small clusters, and one cluster of thousands of agreeing voices (summarised, not judged pair by pair).</summary>
[MemoryDiagnoser]
public class ComparisonBenchmarks
{
    private StageCorpus _corpus = null!;
    private ImmutableArray<Assertion> _crowd;
    private ImmutableArray<AssertionCluster> _crowdCluster;

    [Params(200)]
    public int Stories { get; set; } = 200;

    /// <summary>Voices in the large cluster.</summary>
    public int CrowdSize { get; set; } = 5000;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = StageCorpus.Create(Stories);

        // One figure repeated by thousands of documents, as wire copy is: a single cluster far above MaxPairwiseVoices.
        var seed = _corpus.Assertions.First(a => BlockingClusteringStrategy.KeyOf(a) is not null);
        _crowd = [.. Enumerable.Range(0, CrowdSize).Select(i => seed with
        {
            Id = new AssertionId($"crowd/{i:D5}@{seed.Quantity.Span.Start}"),
            DocumentId = new DocumentId($"crowd/{i:D5}"),
            Collection = "crowd",
        })];
        _crowdCluster = [.. _corpus.Pipeline.Cluster(_crowd)];
    }

    /// <summary>Baseline: compare every cluster of the corpus.</summary>
    [Benchmark(Baseline = true)]
    public int CompareCorpus() => _corpus.Pipeline.Compare(_corpus.Assertions, _corpus.Clusters).Length;

    /// <summary>One cluster of <see cref="CrowdSize"/> agreeing voices: a bounded summary, not n² pairs.</summary>
    [Benchmark]
    public int CompareLargeCluster() => _corpus.Pipeline.Compare(_crowd, _crowdCluster).Length;
}

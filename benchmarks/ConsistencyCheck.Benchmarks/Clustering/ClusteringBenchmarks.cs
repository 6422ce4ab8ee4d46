using BenchmarkDotNet.Attributes;
using ConsistencyCheck.Clustering;

namespace ConsistencyCheck.Benchmarks.Clustering;

/// <summary>Clustering the corpus's assertions, against hashing each by its blocking key alone.</summary>
[MemoryDiagnoser]
public class ClusteringBenchmarks
{
    private StageCorpus _corpus = null!;

    [Params(200)]
    public int Stories { get; set; } = 200;

    [GlobalSetup]
    public void Setup() => _corpus = StageCorpus.Create(Stories);

    /// <summary>Baseline: group by blocking key in a dictionary.</summary>
    [Benchmark(Baseline = true)]
    public int BlockingKeys()
    {
        var blocks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var assertion in _corpus.Assertions)
        {
            if (BlockingClusteringStrategy.KeyOf(assertion) is { } key)
            {
                blocks[key] = blocks.GetValueOrDefault(key) + 1;
            }
        }

        return blocks.Count;
    }

    /// <summary>The clustering strategy: blocking plus place groups.</summary>
    [Benchmark]
    public int Cluster() => _corpus.Pipeline.Cluster(_corpus.Assertions).Count;
}

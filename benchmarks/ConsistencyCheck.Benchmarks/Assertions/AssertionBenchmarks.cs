using BenchmarkDotNet.Attributes;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Benchmarks.Assertions;

/// <summary>Building assertions from recognized mentions (mentions precomputed), against the segmentation it starts with.</summary>
[MemoryDiagnoser]
public class AssertionBenchmarks
{
    private StageCorpus _corpus = null!;
    private AssertionExtractor _extractor = null!;

    [Params(200)]
    public int Stories { get; set; } = 200;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = StageCorpus.Create(Stories);
        _extractor = new AssertionExtractor(ExtractionOptions.Default);
    }

    /// <summary>Baseline: sentence segmentation, the first step of extraction.</summary>
    [Benchmark(Baseline = true)]
    public int Segment() => Baselines.CountSentences(_corpus.Documents);

    /// <summary>Build the assertions of every document from its mentions.</summary>
    [Benchmark]
    public int Extract()
    {
        var count = 0;
        for (var i = 0; i < _corpus.Documents.Length; i++)
        {
            count += _extractor.Extract(_corpus.Documents[i], _corpus.Mentions[i]).Length;
        }

        return count;
    }
}

using BenchmarkDotNet.Attributes;
using ConsistencyCheck.Reporting;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Benchmarks;

/// <summary>
/// The whole check over the sample corpus, against two baselines measured in the same run: sentence segmentation
/// alone (the cheapest pass over every character) and recognition alone.
/// </summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private BenchmarkCorpus _corpus = null!;
    private ConsistencyPipeline _pipeline = null!;

    /// <summary>How many copies of the sample story (each its own collection) are checked per operation.</summary>
    [Params(20)]
    public int Copies { get; set; } = 20;

    /// <summary>Loads the corpus and builds the pipeline, outside the measured methods.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchmarkCorpus.LoadAsync(Copies).GetAwaiter().GetResult();
        _pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();
    }

    /// <summary>Baseline: split every document into sentences.</summary>
    [Benchmark(Baseline = true)]
    public int Segment() => Baselines.CountSentences(_corpus.Documents);

    /// <summary>Recognize numbers, quantities and dates in every document.</summary>
    [Benchmark]
    public int Recognize()
    {
        var count = 0;
        foreach (var document in _corpus.Documents)
        {
            count += _pipeline.Recognize(document.Text).Length;
        }

        return count;
    }

    /// <summary>The whole check: recognize, extract, cluster, compare.</summary>
    [Benchmark]
    public ConsistencyReport Check() => _pipeline.CheckAsync(_corpus.Documents).GetAwaiter().GetResult();
}

using BenchmarkDotNet.Attributes;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Benchmarks.Text;

/// <summary>Sentence segmentation and word tokenization over news text, against a scan for full stops.</summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private StageCorpus _corpus = null!;

    [Params(200)]
    public int Stories { get; set; } = 200;

    [GlobalSetup]
    public void Setup() => _corpus = StageCorpus.Create(Stories);

    /// <summary>Baseline: count full stops (the cheapest pass over every character).</summary>
    [Benchmark(Baseline = true)]
    public int CountFullStops()
    {
        var count = 0;
        foreach (var document in _corpus.Documents)
        {
            count += document.Text.AsSpan().Count('.');
        }

        return count;
    }

    /// <summary>Split every document into sentences.</summary>
    [Benchmark]
    public int Sentences() => Baselines.CountSentences(_corpus.Documents);

    /// <summary>Split into sentences and every sentence into words.</summary>
    [Benchmark]
    public int Words()
    {
        var count = 0;
        foreach (var document in _corpus.Documents)
        {
            foreach (var sentence in SentenceSegmenter.Split(document.Text))
            {
                count += WordTokenizer.Tokenize(document.Text, sentence).Length;
            }
        }

        return count;
    }
}

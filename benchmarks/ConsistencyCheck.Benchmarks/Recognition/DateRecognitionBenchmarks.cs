using BenchmarkDotNet.Attributes;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Recognition.Dates;

namespace ConsistencyCheck.Benchmarks.Recognition;

/// <summary>Date recognition over news text, single-threaded, against the whole recognition stage.</summary>
[MemoryDiagnoser]
public class DateRecognitionBenchmarks
{
    private StageCorpus _corpus = null!;
    private DateRecognizer _dates = null!;

    [Params(200)]
    public int Stories { get; set; } = 200;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = StageCorpus.Create(Stories);
        _dates = new DateRecognizer();
    }

    /// <summary>Baseline: the date recognizer alone.</summary>
    [Benchmark(Baseline = true)]
    public int Dates()
    {
        var results = new List<Mention>();
        foreach (var document in _corpus.Documents)
        {
            _dates.Recognize(document.Text, StageCorpus.Context(document), results);
        }

        return results.Count;
    }

    /// <summary>The whole recognition stage: numbers, quantities and dates with overlap resolution.</summary>
    [Benchmark]
    public int WholeStage()
    {
        var count = 0;
        foreach (var document in _corpus.Documents)
        {
            count += _corpus.Pipeline.Recognize(document.Text, StageCorpus.Context(document)).Length;
        }

        return count;
    }
}

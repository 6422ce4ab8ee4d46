using BenchmarkDotNet.Attributes;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Recognition.Numbers;
using ConsistencyCheck.Recognition.Quantities;

namespace ConsistencyCheck.Benchmarks.Recognition;

/// <summary>Number and quantity recognition over news text, single-threaded.</summary>
[MemoryDiagnoser]
public class NumberRecognitionBenchmarks
{
    private StageCorpus _corpus = null!;
    private NumberRecognizer _numbers = null!;
    private TextRecognizer _quantities = null!;

    [Params(200)]
    public int Stories { get; set; } = 200;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = StageCorpus.Create(Stories);
        _numbers = new NumberRecognizer();
        _quantities = new TextRecognizer([new NumberRecognizer(), new QuantityRecognizer()]);
    }

    /// <summary>Baseline: the number recognizer alone.</summary>
    [Benchmark(Baseline = true)]
    public int Numbers()
    {
        var results = new List<Mention>();
        foreach (var document in _corpus.Documents)
        {
            _numbers.Recognize(document.Text, StageCorpus.Context(document), results);
        }

        return results.Count;
    }

    /// <summary>Numbers and quantities (units, money), with overlap resolution.</summary>
    [Benchmark]
    public int NumbersAndQuantities()
    {
        var count = 0;
        foreach (var document in _corpus.Documents)
        {
            count += _quantities.Recognize(document.Text, StageCorpus.Context(document)).Length;
        }

        return count;
    }
}

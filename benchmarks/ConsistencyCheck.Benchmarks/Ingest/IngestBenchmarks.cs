using BenchmarkDotNet.Attributes;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Benchmarks.Ingest;

/// <summary>Reading a JSONL corpus: documents with boilerplate marked, against reading its lines alone.</summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private StageCorpus _corpus = null!;

    /// <summary>Stories in the generated corpus (about five documents each).</summary>
    [Params(200)]
    public int Stories { get; set; } = 200;

    [GlobalSetup]
    public void Setup() => _corpus = StageCorpus.Create(Stories);

    /// <summary>Baseline: read the file line by line as strings.</summary>
    [Benchmark(Baseline = true)]
    public long ReadLines()
    {
        long characters = 0;
        foreach (var line in File.ReadLines(_corpus.Path))
        {
            characters += line.Length;
        }

        return characters;
    }

    /// <summary>The loader: parse each line, decode, mark boilerplate, read metadata.</summary>
    [Benchmark]
    public int Load() => StageCorpus.LoadAsync(_corpus.Path).GetAwaiter().GetResult().Length;
}

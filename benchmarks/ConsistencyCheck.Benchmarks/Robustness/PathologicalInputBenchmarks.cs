using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Benchmarks.Robustness;

/// <summary>
/// Time per MiB of the pathological inputs (<see cref="PathologicalInputs"/>) at 1 KB, 1 MB and 10 MB (and 50 MB
/// with <c>CC_BENCH_50MB=1</c>): ingest (the reader of the input's format), recognition, and ingest plus full
/// extraction. Linear stages show a flat <c>ms/MiB</c> column. Each operation is long, so the job measures single
/// invocations (monitoring strategy): one warm-up and three measured iterations.
/// </summary>
/// <remarks>
/// Every stage is measured on every input; the scaling tests in <c>tests/ConsistencyCheck.Tests/Robustness</c> hold
/// the same inputs to linear time.
/// Run: <c>dotnet run -c Release --project benchmarks/ConsistencyCheck.Benchmarks -- --filter '*Pathological*'</c>.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[Config(typeof(Config))]
public class PathologicalInputBenchmarks
{
    private ConsistencyPipeline _pipeline = null!;
    private string _text = null!;

    /// <summary>The input's name (see <see cref="PathologicalInputs.Names"/>).</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "comma-ones";

    /// <summary>The input's size in characters.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; } = 1024;

    /// <summary>Every input but the one that crashes recognition.</summary>
    public static IEnumerable<string> Inputs() => PathologicalInputs.Names;

    /// <summary>1 KB, 1 MB, 10 MB, and 50 MB when <c>CC_BENCH_50MB=1</c>.</summary>
    public static IEnumerable<int> Sizes() =>
        Environment.GetEnvironmentVariable("CC_BENCH_50MB") == "1" ? [1 << 10, 1 << 20, 10 << 20, 50 << 20] : [1 << 10, 1 << 20, 10 << 20];

    /// <summary>Builds the input and the pipeline, outside the measured methods.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();
        _text = PathologicalInputs.Build(Input, Size);
    }

    /// <summary>Reads the input with the reader of its format.</summary>
    [Benchmark]
    public Document Ingest() => Read(Input, _text);

    /// <summary>Recognizes numbers, quantities and dates in the raw input.</summary>
    [Benchmark]
    public int Recognize() => _pipeline.Recognize(_text).Length;

    /// <summary>Reads the input and extracts its assertions (the language check is bypassed so that the work is done).</summary>
    [Benchmark]
    public int IngestAndExtract() =>
        _pipeline.Extract(Read(Input, _text) with { Diagnostics = [] }).Length;

    /// <summary>Reads <paramref name="text"/> as the loader would a file named after <paramref name="input"/>.</summary>
    public static Document Read(string input, string text) => PathologicalInputs.Extension(input) switch
    {
        ".html" => new HtmlDocumentReader().Read(new DocumentId(input), input, text),
        ".md" => new MarkdownDocumentReader().Read(new DocumentId(input), input, text),
        _ => new TextDocumentReader().Read(new DocumentId(input), input, text),
    };

    private sealed class Config : BenchmarkDotNet.Configs.ManualConfig
    {
        public Config() => AddColumn(new PerMegabyteColumn());
    }
}

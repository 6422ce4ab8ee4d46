using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Benchmarks.Reporting;
using ConsistencyCheck.Reporting;

namespace ConsistencyCheck.Benchmarks.Robustness;

/// <summary>
/// One large one-line article whose figures are all about one thing (<see cref="PathologicalInputs.OneSubject"/>) at 1,
/// 2, 4, 8 and 16 MiB: the whole check (<see cref="Check"/>) and the compare stage alone (<see cref="Compare"/>), where
/// an insertion sort once made the time grow with the square of the size. A flat <c>ms/MiB</c> column shows n log n or
/// better. The writers on the same article: the streamed report (<see cref="CompareAndWriteLines"/>, as
/// <c>check --format jsonl</c>), the JSON report (<see cref="WriteJson"/>) and the assertion lines
/// (<see cref="WriteAssertionLines"/>), each into a stream that only counts bytes, so that the allocated column shows
/// whether a writer holds its output (it once held the whole report, several times). Single invocations (monitoring
/// strategy): one warm-up and three measured iterations.
/// </summary>
/// <remarks>
/// Run: <c>dotnet run -c Release --project benchmarks/ConsistencyCheck.Benchmarks -- --filter '*LargeDocument*'</c>.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[Config(typeof(Config))]
public class LargeDocumentBenchmarks
{
    private ConsistencyPipeline _pipeline = null!;
    private Document _document = null!;
    private ImmutableArray<Assertion> _assertions;
    private IReadOnlyList<AssertionCluster> _clusters = [];
    private ConsistencyReport _report = null!;

    /// <summary>The article's size in characters: 1, 2, 4, 8 and 16 MiB.</summary>
    [Params(1 << 20, 2 << 20, 4 << 20, 8 << 20, 16 << 20)]
    public int Size { get; set; } = 1 << 20;

    /// <summary>Builds the article, its assertions and its clusters, outside the measured methods.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();
        _document = new TextDocumentReader().Read(new DocumentId("big.txt"), "big.txt", PathologicalInputs.OneSubject(Size));
        _assertions = [.. _pipeline.Extract(_document).OrderBy(a => a.Id)];
        _clusters = _pipeline.Cluster(_assertions);
        _report = _pipeline.CheckAsync([_document]).GetAwaiter().GetResult();
    }

    /// <summary>The whole check of the article: recognition, extraction, clustering and comparison.</summary>
    [Benchmark]
    public ConsistencyReport Check() => _pipeline.CheckAsync([_document]).GetAwaiter().GetResult();

    /// <summary>The compare stage alone, on the article's assertions and clusters.</summary>
    [Benchmark]
    public int Compare() => _pipeline.Compare(_assertions, _clusters).Length;

    /// <summary>The second half of the run (order, group, compare) and the streamed report's lines, as <c>check --format jsonl</c> runs them; returns the bytes.</summary>
    [Benchmark]
    public long CompareAndWriteLines()
    {
        using var stream = new CountingStream();
        using var sink = new JsonLinesSink(stream);
        _pipeline.CompareAsync([DocumentSummary.From(_document)], _assertions, sink).GetAwaiter().GetResult();
        return stream.Length;
    }

    /// <summary>The JSON report of the article (made in setup) written to a stream; returns the bytes.</summary>
    [Benchmark]
    public long WriteJson()
    {
        using var stream = new CountingStream();
        new JsonReportWriter().WriteAsync(_report, stream).GetAwaiter().GetResult();
        return stream.Length;
    }

    /// <summary>The article's assertion lines, as <c>extract --out</c> writes them; returns the bytes.</summary>
    [Benchmark]
    public long WriteAssertionLines()
    {
        using var stream = new CountingStream();
        var extracted = new ExtractedDocument(DocumentSummary.From(_document), _assertions);
        AssertionLinesWriter.WriteAsync(new[] { extracted }.ToAsyncEnumerable(), stream).GetAwaiter().GetResult();
        return stream.Length;
    }

    private sealed class Config : BenchmarkDotNet.Configs.ManualConfig
    {
        public Config() => AddColumn(new PerMegabyteColumn());
    }
}

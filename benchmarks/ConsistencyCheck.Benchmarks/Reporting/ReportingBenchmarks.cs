using BenchmarkDotNet.Attributes;
using ConsistencyCheck.Reporting;
using ConsistencyCheck.Assertions;

namespace ConsistencyCheck.Benchmarks.Reporting;

/// <summary>Writing the corpus's report as one JSON document, as report lines, and writing its assertion lines.</summary>
[MemoryDiagnoser]
public class ReportingBenchmarks
{
    private StageCorpus _corpus = null!;
    private ExtractedDocument[] _extracted = null!;

    [Params(200)]
    public int Stories { get; set; } = 200;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = StageCorpus.Create(Stories);
        var byDocument = _corpus.Assertions.ToLookup(a => a.DocumentId);
        _extracted = [.. _corpus.Report.Documents.Select(d => new ExtractedDocument(d, [.. byDocument[d.Id]]))];
    }

    /// <summary>Baseline: the whole report as one JSON document.</summary>
    [Benchmark(Baseline = true)]
    public int Json() => JsonReportWriter.ToUtf8Bytes(_corpus.Report).Length;

    /// <summary>The report as lines (findings with their assertions, then a summary), streamed.</summary>
    [Benchmark]
    public long JsonLines()
    {
        using var sink = new CountingStream();
        new JsonLinesReportWriter().WriteAsync(_corpus.Report, sink).GetAwaiter().GetResult();
        return sink.Length;
    }

    /// <summary>The assertion lines <c>extract</c> writes.</summary>
    [Benchmark]
    public long AssertionLines()
    {
        long bytes = 0;
        foreach (var document in _extracted)
        {
            bytes += AssertionLinesWriter.ToUtf8Lines(document).Length;
        }

        return bytes;
    }
}

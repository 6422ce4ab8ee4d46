using System.Text;
using ConsistencyCheck.Benchmarks.Corpus;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Reporting;

public class JsonLinesSinkTests
{
    private string _folder = null!;
    private List<Document> _documents = null!;

    // Enough stories for several chunks of clusters (a chunk holds 64).
    [OneTimeSetUp]
    public async Task Generate()
    {
        _folder = Directory.CreateTempSubdirectory("cc-sink-").FullName;
        var corpus = Path.Combine(_folder, "corpus.jsonl");
        CorpusFiles.Write(new StoryGenerator(seed: 11) { IncludeKnownIssues = false }, 60, corpus, Path.Combine(_folder, "truth.jsonl"));
        _documents = await new DocumentLoader().LoadAsync([corpus, TestPaths.Samples]).ToListAsync();
    }

    [OneTimeTearDown]
    public void Remove() => Directory.Delete(_folder, recursive: true);

    private static ConsistencyPipeline Pipeline(int degree) =>
        new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Configure(o => o with { MaxDegreeOfParallelism = degree }).Build();

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public async Task The_streamed_lines_are_those_of_the_report_and_the_same_for_any_number_of_threads(int degree)
    {
        var pipeline = Pipeline(degree);
        var assertions = _documents.SelectMany(d => pipeline.Extract(d)).ToList();
        var summaries = _documents.Select(DocumentSummary.From).ToList();

        using var streamed = new MemoryStream();
        using var sink = new JsonLinesSink(streamed);
        var outcome = await pipeline.CompareAsync(summaries, assertions, sink);
        using var single = new MemoryStream();
        using var singleSink = new JsonLinesSink(single);
        await Pipeline(1).CompareAsync(summaries, assertions, singleSink);
        var report = await pipeline.CompareExtractedAsync(summaries, assertions);
        using var fromReport = new MemoryStream();
        await new JsonLinesReportWriter().WriteAsync(report, fromReport);

        outcome.Clusters.Should().BeGreaterThan(3 * 64);
        streamed.ToArray().Should().Equal(single.ToArray(), "the lines come in plan order whatever the number of threads");
        Lines(streamed).Order(StringComparer.Ordinal).Should().Equal(Lines(fromReport).Order(StringComparer.Ordinal), "the report holds the same lines, in cluster-id order");
        sink.Summary.Should().Be(JsonLinesReportWriter.Summarize(report));
        outcome.Counts.Findings.Should().Be(report.Findings.Length);
    }

    [Test]
    public async Task A_failing_sink_stops_the_run_and_surfaces_its_error()
    {
        var pipeline = Pipeline(2);
        var assertions = _documents.SelectMany(d => pipeline.Extract(d)).ToList();
        using var output = new MemoryStream();
        using var lines = new JsonLinesSink(output);

        var act = () => pipeline.CompareAsync(_documents.Select(DocumentSummary.From), assertions, new FailingSink(lines, failAt: 2));

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("boom");
    }

    private static string[] Lines(MemoryStream stream) => Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Passes everything on, but its <c>failAt</c>-th chunk throws on the worker.</summary>
    private sealed class FailingSink(JsonLinesSink inner, int failAt) : IFindingSink<JsonLinesSink.Lines>
    {
        private int _chunks;

        public ValueTask AddDocumentAsync(DocumentSummary document, CancellationToken cancellationToken) => inner.AddDocumentAsync(document, cancellationToken);

        public ValueTask BeginAsync(ComparisonPlan plan, CancellationToken cancellationToken) => inner.BeginAsync(plan, cancellationToken);

        public JsonLinesSink.Lines Prepare(ComparedChunk chunk) =>
            Interlocked.Increment(ref _chunks) == failAt ? throw new InvalidOperationException("boom") : inner.Prepare(chunk);

        public ValueTask AddAsync(JsonLinesSink.Lines part, CancellationToken cancellationToken) => inner.AddAsync(part, cancellationToken);

        public ValueTask CompleteAsync(ComparisonOutcome outcome, CancellationToken cancellationToken) => inner.CompleteAsync(outcome, cancellationToken);
    }
}

using ConsistencyCheck.Assertions;
using ConsistencyCheck.Benchmarks.Robustness;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Reporting;

/// <summary>
/// The writers hand their output to the stream a bounded number of bytes at a time, whatever the size of one
/// document, one cluster or the whole report, and write the same bytes as when everything was rendered at once.
/// </summary>
public class BoundedOutputBufferTests
{
    private static readonly ConsistencyPipeline Pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();
    private List<Document> _documents = null!;

    // One document whose ~13,000 figures are about one thing: one cluster with about as many findings (~20 MB of
    // lines, more than a chunk renders on its worker), and the samples after it, so that other clusters follow it.
    [OneTimeSetUp]
    public async Task Load()
    {
        var big = new TextDocumentReader().Read(new DocumentId("big.txt"), "big.txt", PathologicalInputs.OneSubject(600_000));
        _documents = [big, .. await new DocumentLoader().LoadAsync([TestPaths.Samples]).ToListAsync()];
    }

    [Test]
    public async Task A_cluster_larger_than_a_chunk_is_written_in_pieces_with_the_lines_of_the_report()
    {
        var assertions = _documents.SelectMany(d => Pipeline.Extract(d)).ToList();
        var summaries = _documents.Select(DocumentSummary.From).ToList();

        var report = await Pipeline.CompareExtractedAsync(summaries, assertions);
        using var fromReport = new MemoryStream();
        await new JsonLinesReportWriter().WriteAsync(report, fromReport);
        using var compared = new RecordingStream();
        using var sink = new JsonLinesSink(compared);
        await Pipeline.CompareAsync(summaries, assertions, sink);

        sink.Summary.Should().Be(JsonLinesReportWriter.Summarize(report));
        sink.Summary.Findings.Should().BeGreaterThan(10_000);
        Lines(compared.ToArray()).Should().Equal(Lines(fromReport.ToArray()), "the same lines (in cluster order rather than cluster-id order)");
        compared.Length.Should().BeGreaterThan(16L << 20);
        compared.LargestWrite.Should().BeLessThan(9 << 20, "a chunk renders at most 8 MB (and one line) on its worker");
    }

    private static IEnumerable<string> Lines(byte[] utf8) =>
        System.Text.Encoding.UTF8.GetString(utf8).Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);

    [Test]
    public async Task Assertion_lines_of_one_large_document_go_out_in_pieces()
    {
        var extracted = _documents.Select(d => new ExtractedDocument(DocumentSummary.From(d), Pipeline.Extract(d))).ToList();
        using var output = new RecordingStream();
        await AssertionLinesWriter.WriteAsync(extracted.ToAsyncEnumerable(), output);

        output.ToArray().Should().Equal(extracted.SelectMany(AssertionLinesWriter.ToUtf8Lines).ToArray());
        output.Length.Should().BeGreaterThan(8L << 20);
        output.LargestWrite.Should().BeLessThan(64 * 1024);
    }

    [Test]
    public async Task The_json_report_goes_out_in_pieces_with_the_bytes_rendered_at_once()
    {
        var report = await Pipeline.CheckAsync(_documents);
        using var output = new RecordingStream();
        await new JsonReportWriter().WriteAsync(report, output);

        output.ToArray().Should().Equal(JsonReportWriter.ToUtf8Bytes(report));
        output.Length.Should().BeGreaterThan(8L << 20);
        output.LargestWrite.Should().BeLessThan(256 * 1024);
    }

    /// <summary>A memory stream that remembers the largest single write it was given.</summary>
    private sealed class RecordingStream : MemoryStream
    {
        public int LargestWrite { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            base.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            LargestWrite = Math.Max(LargestWrite, count);
            return base.WriteAsync(buffer, offset, count, cancellationToken);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            return base.WriteAsync(buffer, cancellationToken);
        }
    }
}

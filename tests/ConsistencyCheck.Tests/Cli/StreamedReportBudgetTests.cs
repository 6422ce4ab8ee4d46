using ConsistencyCheck.Assertions;
using ConsistencyCheck.Cli;
using ConsistencyCheck.Cli.Commands;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;
using ConsistencyCheck.Tests.Robustness;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Cli;

/// <summary>
/// The streamed report (<c>--format jsonl</c>, where the command line compares and writes cluster by cluster) gives
/// each cluster the per-document time budget and honours cancellation inside the comparison, as the in-memory report
/// does; a cluster abandoned at the budget is named on standard error, not dropped silently.
/// </summary>
public class StreamedReportBudgetTests
{
    private static readonly Document[] Documents =
    [
        new TextDocumentReader().Read(new DocumentId("courier"), "courier.txt", "Officials said 41 senior doctors signed the letter on Monday."),
        new TextDocumentReader().Read(new DocumentId("ledger"), "ledger.txt", "Officials said 130 senior doctors signed the letter on Monday."),
    ];

    [Test]
    public async Task A_cluster_over_the_budget_has_no_findings_and_is_named_on_standard_error()
    {
        var clock = new ExpiringClock();
        var pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().UseTimeProvider(clock).Build();
        var assertions = Documents.SelectMany(d => pipeline.Extract(d)).ToList();

        var (within, _) = await WriteAsync(pipeline, [.. assertions]);
        clock.Expired = true;
        var (over, error) = await WriteAsync(pipeline, [.. assertions]);

        within.Contradictions.Should().Be(1, "within the budget the two figures are compared");
        over.Findings.Should().Be(0);
        error.Should().Contain("warning: cluster c1 (2 assertions) was not compared").And.Contain("the limit of 30 s (ConsistencyOptions.MaxDocumentTime)").And.Contain("courier, ledger");
    }

    [Test]
    public async Task Cancellation_stops_the_streamed_comparison()
    {
        var pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();
        var assertions = Documents.SelectMany(d => pipeline.Extract(d)).ToList();

        var act = () => WriteAsync(pipeline, assertions, new CancellationToken(canceled: true));

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    private static async Task<(FindingCounts Summary, string Error)> WriteAsync(ConsistencyPipeline pipeline, List<Assertion> assertions, CancellationToken cancellationToken = default)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var (outcome, _) = await ReportOutput.RunAsync(
            new CompareRun(pipeline, assertions), ReportFormat.Jsonl, null, new CliStreams(TextReader.Null, output, error), cancellationToken);
        return (outcome.Counts, error.ToString());
    }

    private sealed class CompareRun(ConsistencyPipeline pipeline, List<Assertion> assertions) : IRun
    {
        public Task<ComparisonOutcome> RunAsync<TPart>(IFindingSink<TPart> sink, CancellationToken cancellationToken) =>
            pipeline.CompareAsync(Documents.Select(DocumentSummary.From), assertions, sink, cancellationToken);
    }
}

using System.Collections.Immutable;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Benchmarks.Robustness;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Robustness;

/// <summary>
/// One large document whose figures are all about one thing (<see cref="PathologicalInputs.OneSubject"/>): a cluster of
/// hundreds of thousands of members from one document. Comparing it must be n log n, not quadratic (an insertion sort
/// once made a 15 MB article run for more than 8 minutes), and the compare stage must honour cancellation and the
/// per-document time budget.
/// </summary>
public class LargeDocumentTests
{
    private static ConsistencyPipeline Pipeline(TimeProvider? clock = null, int degree = 1)
    {
        var builder = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates()
            .Configure(o => o with { MaxDegreeOfParallelism = degree });
        return (clock is null ? builder : builder.UseTimeProvider(clock)).Build();
    }

    private static (ImmutableArray<Assertion> Assertions, IReadOnlyList<AssertionCluster> Clusters) Extracted(ConsistencyPipeline pipeline, string text)
    {
        var assertions = pipeline.Extract(new TextDocumentReader().Read(new DocumentId("big.txt"), "big.txt", text));
        var sorted = assertions.OrderBy(a => a.Id).ToImmutableArray();
        return (sorted, pipeline.Cluster(sorted));
    }

    [Test]
    public void Comparing_one_large_document_is_not_quadratic()
    {
        // 0.5 MB against 2 MB (about 11,000 and 45,000 figures in one cluster): n log n gives a ratio near 4.5, the old
        // insertion sort about 16 and more. Only the compare stage is timed; extraction is done beforehand.
        var pipeline = Pipeline();
        Scaling.AssertLinear(PathologicalInputs.OneSubject, 512 * 1024, text => Extracted(pipeline, text),
            input => pipeline.Compare(input.Assertions, input.Clusters), "Compare of one large document");
    }

    [Test]
    public void The_large_document_makes_one_cluster_with_every_figure()
    {
        var (assertions, clusters) = Extracted(Pipeline(), PathologicalInputs.OneSubject(64 * 1024));

        assertions.Length.Should().BeGreaterThan(1000);
        clusters.Should().ContainSingle().Which.AssertionIds.Length.Should().Be(assertions.Length);
    }

    [Test]
    public void Compare_given_a_cancelled_token_throws_inside_one_cluster()
    {
        var pipeline = Pipeline();
        var (assertions, clusters) = Extracted(pipeline, PathologicalInputs.OneSubject(64 * 1024));
        var cancelled = new CancellationToken(canceled: true);
        var comparer = new ClusterComparer(ComparisonOptions.Default);

        var inCluster = () => comparer.Compare(clusters[0], assertions.ToDictionary(a => a.Id), cancelled).ToList();
        var stage = () => pipeline.Compare(assertions, clusters, cancelled);

        inCluster.Should().Throw<OperationCanceledException>();
        stage.Should().Throw<OperationCanceledException>();
    }

    [Test]
    public async Task A_cluster_over_the_time_budget_is_abandoned_and_its_documents_get_a_warning()
    {
        var clock = new ExpiringClock();
        var pipeline = Pipeline(clock, degree: 2);
        var documents = new[]
        {
            new TextDocumentReader().Read(new DocumentId("courier"), "courier.txt", "Officials said 41 senior doctors signed the letter on Monday."),
            new TextDocumentReader().Read(new DocumentId("ledger"), "ledger.txt", "Officials said 130 senior doctors signed the letter on Monday."),
        };
        var summaries = documents.Select(DocumentSummary.From).ToList();
        var assertions = documents.SelectMany(d => pipeline.Extract(d)).ToList();
        (await pipeline.CompareExtractedAsync(summaries, assertions)).Findings.Should().NotBeEmpty("within the budget the two figures are compared");

        // From now on every budget is spent as soon as it starts: the comparison of the cluster runs over.
        clock.Expired = true;
        var report = await pipeline.CompareExtractedAsync(summaries, assertions);

        report.Clusters.Should().ContainSingle();
        report.Findings.Should().BeEmpty();
        report.Documents.Should().HaveCount(2).And.OnlyContain(d => d.Diagnostics.Any(x =>
            x.Severity == DiagnosticSeverity.Warning &&
            x.Message.Contains("not compared: comparing cluster c1", StringComparison.Ordinal) &&
            x.Message.Contains("(ConsistencyOptions.MaxDocumentTime)", StringComparison.Ordinal)));
        report.Documents.Select(d => d.Diagnostics[0].Message).Should().Equal(
            "courier.txt: not compared: comparing cluster c1 (2 assertions, '" + report.Clusters[0].Key + "') took longer than the limit of 30 s (ConsistencyOptions.MaxDocumentTime); the cluster has no findings.",
            "ledger.txt: not compared: comparing cluster c1 (2 assertions, '" + report.Clusters[0].Key + "') took longer than the limit of 30 s (ConsistencyOptions.MaxDocumentTime); the cluster has no findings.");
    }

    [Test]
    public async Task Caller_cancellation_during_compare_is_not_reported_as_over_budget()
    {
        var clock = new ExpiringClock { Expired = true };
        var pipeline = Pipeline(clock);
        var (assertions, clusters) = Extracted(Pipeline(), PathologicalInputs.OneSubject(16 * 1024));
        var summaries = new[] { new TextDocumentReader().Read(new DocumentId("big.txt"), "big.txt", "x") }.Select(DocumentSummary.From);
        clusters.Should().NotBeEmpty();

        var act = () => pipeline.CompareExtractedAsync(summaries, assertions, new CancellationToken(canceled: true));

        await act.Should().ThrowAsync<OperationCanceledException>();
    }
}

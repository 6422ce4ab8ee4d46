using ConsistencyCheck.Benchmarks;
using ConsistencyCheck.Benchmarks.Assertions;
using ConsistencyCheck.Benchmarks.Clustering;
using ConsistencyCheck.Benchmarks.Comparison;
using ConsistencyCheck.Benchmarks.Corpus;
using ConsistencyCheck.Benchmarks.Ingest;
using ConsistencyCheck.Benchmarks.Recognition;
using ConsistencyCheck.Benchmarks.Reporting;
using ConsistencyCheck.Benchmarks.Text;
using ConsistencyCheck.Comparison;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Benchmarks;

/// <summary>Runs each benchmark method once and checks its answer, so no benchmark silently measures broken code.</summary>
public class BenchmarkAnswerTests
{
    private const int Stories = 12;

    [Test]
    public void End_to_end_benchmark_methods_give_the_right_answers()
    {
        var benchmark = new EndToEndBenchmarks { Copies = 2 };
        benchmark.Setup();

        benchmark.Segment().Should().BeGreaterThan(50);
        benchmark.Recognize().Should().BeGreaterThan(50);
        var report = benchmark.Check();
        report.Documents.Should().HaveCount(12);
        report.Findings.Count(f => f.Kind == FindingKind.Contradiction).Should().Be(4, "each copy of the story is its own collection with two contradictions");
    }

    [Test]
    public void Ingest_benchmarks_read_every_document()
    {
        var benchmark = new IngestBenchmarks { Stories = Stories };
        benchmark.Setup();
        var documents = benchmark.Load();
        documents.Should().BeInRange(3 * Stories, 7 * Stories);
        benchmark.ReadLines().Should().BeGreaterThan(1000 * documents);
    }

    [Test]
    public void Segmentation_benchmarks_find_sentences_and_words()
    {
        var benchmark = new SegmentationBenchmarks { Stories = Stories };
        benchmark.Setup();
        var stops = benchmark.CountFullStops();
        var sentences = benchmark.Sentences();
        sentences.Should().BeGreaterThan(stops / 2).And.BeLessThanOrEqualTo(stops + (10 * Stories));
        benchmark.Words().Should().BeGreaterThan(5 * sentences);
    }

    [Test]
    public void Recognition_benchmarks_find_the_planted_figures_and_dates()
    {
        var numbers = new NumberRecognitionBenchmarks { Stories = Stories };
        numbers.Setup();
        var count = numbers.Numbers();
        count.Should().BeGreaterThan(10 * Stories);
        numbers.NumbersAndQuantities().Should().BeGreaterThan(count / 2);

        var dates = new DateRecognitionBenchmarks { Stories = Stories };
        dates.Setup();
        dates.Dates().Should().BeGreaterThan(Stories);
        dates.WholeStage().Should().BeGreaterThan(count);
    }

    [Test]
    public void Assertion_benchmarks_build_assertions()
    {
        var benchmark = new AssertionBenchmarks { Stories = Stories };
        benchmark.Setup();
        benchmark.Segment().Should().BeGreaterThan(20 * Stories);
        benchmark.Extract().Should().BeGreaterThan(8 * Stories);
    }

    [Test]
    public void Clustering_benchmarks_group_assertions()
    {
        var benchmark = new ClusteringBenchmarks { Stories = Stories };
        benchmark.Setup();
        var blocks = benchmark.BlockingKeys();
        blocks.Should().BeGreaterThan(2 * Stories);
        benchmark.Cluster().Should().BeGreaterThan(Stories).And.BeLessThanOrEqualTo(blocks * 3);
    }

    [Test]
    public void Comparison_benchmarks_find_findings_and_summarise_a_large_cluster()
    {
        var benchmark = new ComparisonBenchmarks { Stories = Stories, CrowdSize = 500 };
        benchmark.Setup();
        benchmark.CompareCorpus().Should().BeGreaterThan(5 * Stories);
        benchmark.CompareLargeCluster().Should().Be(1, "500 documents giving one figure agree in one bounded finding, not 124,750 pairs");
    }

    [Test]
    public void Reporting_benchmarks_write_the_report()
    {
        var benchmark = new ReportingBenchmarks { Stories = Stories };
        benchmark.Setup();
        benchmark.Json().Should().BeGreaterThan(10_000);
        benchmark.JsonLines().Should().BeGreaterThan(10_000);
        benchmark.AssertionLines().Should().BeGreaterThan(10_000);
    }

    [Test]
    public void The_performance_chart_is_an_svg_with_both_series()
    {
        var svg = PerformanceChart.Render(
        [
            new CorpusRun(10_000, 20_000_000, 2, 3, 300, 50_000, 60_000, 1, 0, string.Empty),
            new CorpusRun(100_000, 200_000_000, 20, 30, 900, 500_000, 600_000, 1, 0, string.Empty),
        ]);
        svg.Should().StartWith("<svg").And.Contain("<polyline").And.Contain("100,000").And.EndWith("</svg>\n");
    }
}

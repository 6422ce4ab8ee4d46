using ConsistencyCheck.Benchmarks.Robustness;
using ConsistencyCheck.Reporting;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Robustness;

/// <summary>Runs the pathological-input benchmark once per input at 1 KB and checks its answers, so it never measures broken code.</summary>
public class PathologicalBenchmarkAnswerTests
{
    [TestCaseSource(typeof(PathologicalInputBenchmarks), nameof(PathologicalInputBenchmarks.Inputs))]
    public void Each_benchmark_method_gives_a_sensible_answer(string input)
    {
        var benchmark = new PathologicalInputBenchmarks { Input = input, Size = 1024 };
        benchmark.Setup();

        benchmark.Ingest().Id.Value.Should().Be(input);
        benchmark.Recognize().Should().BeGreaterThanOrEqualTo(0);
        benchmark.IngestAndExtract().Should().BeGreaterThanOrEqualTo(0);
    }

    [Test]
    public void Figures_in_the_number_inputs_are_recognized()
    {
        var benchmark = new PathologicalInputBenchmarks { Input = "comma-ones", Size = 1024 };
        benchmark.Setup();

        benchmark.Recognize().Should().BeGreaterThan(100);
    }

    [Test]
    public void The_large_document_benchmark_checks_and_compares_the_article()
    {
        var benchmark = new LargeDocumentBenchmarks { Size = 16 * 1024 };
        benchmark.Setup();

        var report = benchmark.Check();
        report.Documents.Should().ContainSingle().Which.Diagnostics.Should().BeEmpty();
        report.Clusters.Should().ContainSingle();
        report.Findings.Should().NotBeEmpty();
        benchmark.Compare().Should().Be(report.Findings.Length);
        benchmark.WriteJson().Should().Be(JsonReportWriter.ToUtf8Bytes(report).Length);
        benchmark.CompareAndWriteLines().Should().BeGreaterThan(benchmark.WriteJson() / 2);
        benchmark.WriteAssertionLines().Should().BeGreaterThan(report.Assertions.Length * 100L);
    }
}

using ConsistencyCheck.Benchmarks;
using ConsistencyCheck.Comparison;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Benchmarks;

/// <summary>Runs each benchmark method once and checks its answer, so no benchmark silently measures broken code.</summary>
public class BenchmarkAnswerTests
{
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
}

using ConsistencyCheck.Benchmarks.Robustness;
using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Robustness;

/// <summary>
/// Runs the cancellation benchmark's methods once on a small runaway and checks what does not depend on the machine's
/// speed (whether a small runaway meets a 100 ms limit does), so the benchmark never measures broken code.
/// </summary>
public class CancellationBenchmarkAnswerTests
{
    [Test]
    public void Each_benchmark_method_lists_every_document()
    {
        var benchmark = new CancellationBenchmarks { RunawaySize = 16 << 10 };
        benchmark.Setup();

        var articles = benchmark.Articles();
        var withBudget = benchmark.ArticlesAndRunawayWithBudget();
        var withoutBudget = benchmark.ArticlesAndRunawayWithoutBudget();
        benchmark.CancelInsideRunaway();

        articles.Documents.Should().HaveCount(24).And.OnlyContain(d => d.Diagnostics.IsEmpty);
        withoutBudget.Documents.Should().HaveCount(25).And.OnlyContain(d => d.Diagnostics.IsEmpty, "without a budget the runaway is read to the end");
        withBudget.Documents.Should().HaveCount(25);
        var runaway = withBudget.Documents.Single(d => d.Id.Value == "runaway.txt");
        if (!runaway.Diagnostics.IsEmpty)
        {
            runaway.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(
                d => d.Severity == DiagnosticSeverity.Error && d.Message.EndsWith("(ConsistencyOptions.MaxDocumentTime).", StringComparison.Ordinal));
        }

        withBudget.Assertions.Where(a => a.DocumentId.Value != "runaway.txt").Should().HaveCount(articles.Assertions.Length);
    }
}

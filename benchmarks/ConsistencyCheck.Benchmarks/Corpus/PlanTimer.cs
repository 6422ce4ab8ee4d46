using System.Diagnostics;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Benchmarks.Corpus;

/// <summary>
/// A sink that passes everything to another and notes the process's CPU time when the plan arrives (after reading,
/// extracting, ordering and grouping), so that the corpus runner can split CPU-seconds between the halves of a run.
/// </summary>
internal sealed class PlanTimer<TPart>(IFindingSink<TPart> inner, Process self) : IFindingSink<TPart>
{
    /// <summary>The process's CPU time when the plan arrived.</summary>
    public TimeSpan CpuAtPlan { get; private set; }

    public ValueTask AddDocumentAsync(DocumentSummary document, CancellationToken cancellationToken) => inner.AddDocumentAsync(document, cancellationToken);

    public ValueTask BeginAsync(ComparisonPlan plan, CancellationToken cancellationToken)
    {
        self.Refresh();
        CpuAtPlan = self.TotalProcessorTime;
        return inner.BeginAsync(plan, cancellationToken);
    }

    public TPart Prepare(ComparedChunk chunk) => inner.Prepare(chunk);

    public ValueTask AddAsync(TPart part, CancellationToken cancellationToken) => inner.AddAsync(part, cancellationToken);

    public ValueTask CompleteAsync(ComparisonOutcome outcome, CancellationToken cancellationToken) => inner.CompleteAsync(outcome, cancellationToken);
}

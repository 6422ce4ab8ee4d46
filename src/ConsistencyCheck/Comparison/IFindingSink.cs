using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Comparison;

/// <summary>
/// Receives what one run of the pipeline produces, in order: every document as it is read, then the plan of the
/// comparison, then the compared clusters story by story (the clusters of one story arrive together, in order), then
/// the outcome. <see cref="ConsistencyPipeline.RunAsync{TPart}"/> and <see cref="ConsistencyPipeline.CompareAsync{TPart}(Assertions.ExtractedRun, Comparison.IFindingSink{TPart}, CancellationToken)"/>
/// drive it; <c>Reporting.ReportSink</c> builds the in-memory report and <c>Reporting.JsonLinesSink</c> streams report
/// lines. Only <see cref="Prepare"/> is called concurrently; every other call comes from one thread at a time, in the order
/// above.
/// </summary>
/// <typeparam name="TPart">What <see cref="Prepare"/> makes of a chunk of compared clusters on the thread that compared
/// them (rendered lines, or the findings themselves), handed back to <see cref="AddAsync"/> in order.</typeparam>
public interface IFindingSink<TPart>
{
    /// <summary>A document as it is read, in completion order (not input order); also one that could not be read and one that stands for a missing path.</summary>
    /// <param name="document">Its summary.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    ValueTask AddDocumentAsync(DocumentSummary document, CancellationToken cancellationToken);

    /// <summary>Once, after every document is read and the assertions are ordered and grouped, before any cluster is compared.</summary>
    /// <param name="plan">The ordered assertions, the clusters and the stories.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    ValueTask BeginAsync(ComparisonPlan plan, CancellationToken cancellationToken);

    /// <summary>
    /// Turns consecutive compared clusters of one story into a part, on the worker thread that compared them, right
    /// after; called concurrently for different chunks, so it must be thread-safe.
    /// </summary>
    /// <param name="chunk">The clusters, in plan order, with their findings.</param>
    TPart Prepare(ComparedChunk chunk);

    /// <summary>Each part <see cref="Prepare"/> made, in plan order, one at a time.</summary>
    /// <param name="part">The part.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    ValueTask AddAsync(TPart part, CancellationToken cancellationToken);

    /// <summary>Once, after the last part: the counts and the clusters that could not be compared in time.</summary>
    /// <param name="outcome">The outcome of the comparison.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    ValueTask CompleteAsync(ComparisonOutcome outcome, CancellationToken cancellationToken);
}

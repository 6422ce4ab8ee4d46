using System.Diagnostics;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck;

/// <summary>
/// The one road of a run: read → recognize → extract (<see cref="DocumentExtraction"/>), then order → group → compare
/// (<see cref="PipelineComparison"/>), handing everything to one <see cref="IFindingSink{TPart}"/>. Every caller runs
/// through it: <c>check</c> and <c>compare</c> on the command line, <see cref="ConsistencyPipeline.CheckAsync(IAsyncEnumerable{Document}, CancellationToken)"/>,
/// and the benchmarks. Thread-safe; each call is one run.
/// </summary>
internal sealed class PipelineRun(
    DocumentExtraction extraction, IClusteringStrategy clustering, PipelineComparison comparison, ConsistencyOptions options, ConsistencyMeter? meter)
{
    /// <summary>The whole check over <paramref name="documents"/>: every document goes to the sink as it is read, then the findings.</summary>
    public async Task<ComparisonOutcome> RunAsync<TPart>(IAsyncEnumerable<Document> documents, IFindingSink<TPart> sink, CancellationToken cancellationToken)
    {
        var assertions = new List<Assertion>();
        await foreach (var extracted in extraction.ExtractAsync(documents, cancellationToken).ConfigureAwait(false))
        {
            await sink.AddDocumentAsync(extracted.Document, cancellationToken).ConfigureAwait(false);
            assertions.AddRange(extracted.Assertions);
        }

        return await CompareAsync(assertions, owned: true, sink, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The second half of the check, over documents and assertions extracted before (here or elsewhere).</summary>
    public async Task<ComparisonOutcome> CompareAsync<TPart>(
        IEnumerable<DocumentSummary> documents, IEnumerable<Assertion> assertions, IFindingSink<TPart> sink, CancellationToken cancellationToken)
    {
        foreach (var document in documents)
        {
            await sink.AddDocumentAsync(document, cancellationToken).ConfigureAwait(false);
        }

        return await CompareAsync(assertions, owned: false, sink, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Orders, groups and compares; <paramref name="owned"/>: <paramref name="assertions"/> is the run's own list, emptied once sorted.</summary>
    private async Task<ComparisonOutcome> CompareAsync<TPart>(IEnumerable<Assertion> assertions, bool owned, IFindingSink<TPart> sink, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var sorted = AssertionOrder.ById(assertions, options.MaxDegreeOfParallelism, cancellationToken);
        if (owned && assertions is List<Assertion> held)
        {
            // The run's own list: from here on only the sorted copy is kept.
            held.Clear();
            held.TrimExcess();
        }

        var clusters = clustering.Cluster(sorted, cancellationToken);
        var clustered = Stopwatch.GetTimestamp();
        meter?.AddClustering(clusters.Count, clustered - started);

        // Not grouped into stories yet: the whole run is one story.
        var plan = new ComparisonPlan(sorted, [.. clusters], [new ComparedStory(0, null, 0, clusters.Count)]);
        await sink.BeginAsync(plan, cancellationToken).ConfigureAwait(false);
        var outcome = await comparison.RunAsync(plan, sink, cancellationToken).ConfigureAwait(false);
        await sink.CompleteAsync(outcome, cancellationToken).ConfigureAwait(false);

        // Comparing and what the sink does with the findings (render, write) interleave: their time counts together.
        meter?.AddComparison(outcome.Counts.Findings, Stopwatch.GetTimestamp() - clustered);
        return outcome;
    }
}

using System.Diagnostics;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Stories;

namespace ConsistencyCheck;

/// <summary>
/// The one road of a run: read → recognize → extract (<see cref="DocumentExtraction"/>), then order → stories and clusters
/// (<see cref="StoryPlanner"/>) → compare
/// (<see cref="PipelineComparison"/>), handing everything to one <see cref="IFindingSink{TPart}"/>. Every caller runs
/// through it: <c>check</c> and <c>compare</c> on the command line, <see cref="ConsistencyPipeline.CheckAsync(IAsyncEnumerable{Document}, CancellationToken)"/>,
/// and the benchmarks. Thread-safe; each call is one run.
/// </summary>
internal sealed class PipelineRun(
    DocumentExtraction extraction, IClusteringStrategy clustering, PipelineComparison comparison, ConsistencyOptions options, ConsistencyMeter? meter)
{
    private readonly StoryPlanner _stories = new(clustering, options, meter);

    /// <summary>The whole check over <paramref name="documents"/>: every document goes to the sink as it is read, then the findings.</summary>
    public async Task<ComparisonOutcome> RunAsync<TPart>(IAsyncEnumerable<Document> documents, IFindingSink<TPart> sink, CancellationToken cancellationToken)
    {
        var assertions = new List<Assertion>();
        var keys = new List<DocumentKey>();
        var signatures = new List<StorySignature>();
        await foreach (var extracted in extraction.ExtractAsync(documents, cancellationToken).ConfigureAwait(false))
        {
            await sink.AddDocumentAsync(extracted.Document, cancellationToken).ConfigureAwait(false);
            Note(extracted.Document, extracted.Signature, keys, signatures);
            assertions.AddRange(extracted.Assertions);
        }

        return await CompareAsync(assertions, owned: true, keys, signatures, sink, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The second half of the check, over documents and assertions extracted before (here or elsewhere), with the story
    /// signatures of the documents that have one.
    /// </summary>
    public async Task<ComparisonOutcome> CompareAsync<TPart>(
        IEnumerable<DocumentSummary> documents, IEnumerable<Assertion> assertions, IEnumerable<StorySignature> signatures, IFindingSink<TPart> sink,
        CancellationToken cancellationToken)
    {
        var keys = new List<DocumentKey>();
        foreach (var document in documents)
        {
            await sink.AddDocumentAsync(document, cancellationToken).ConfigureAwait(false);
            Note(document, null, keys, null);
        }

        // Only the signatures of this run's mode count: none when stories are not found automatically.
        List<StorySignature> kept = options.StoryMode == StoryMode.Automatic ? [.. signatures] : [];
        return await CompareAsync(assertions, owned: false, keys, kept, sink, cancellationToken).ConfigureAwait(false);
    }

    private static void Note(DocumentSummary document, StorySignature? signature, List<DocumentKey> keys, List<StorySignature>? signatures)
    {
        if (!document.IsMissingPath)
        {
            keys.Add(new DocumentKey(document.Collection, document.Id));
        }

        if (signature is not null)
        {
            signatures?.Add(signature);
        }
    }

    /// <summary>Orders, groups and compares; <paramref name="owned"/>: <paramref name="assertions"/> is the run's own list, emptied once sorted.</summary>
    private async Task<ComparisonOutcome> CompareAsync<TPart>(
        IEnumerable<Assertion> assertions, bool owned, List<DocumentKey> documents, List<StorySignature> signatures, IFindingSink<TPart> sink,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var sorted = AssertionOrder.ById(assertions, options.MaxDegreeOfParallelism, cancellationToken);
        if (owned && assertions is List<Assertion> held)
        {
            // The run's own list: from here on only the sorted copy is kept.
            held.Clear();
            held.TrimExcess();
        }

        // Stories first, then each story's clusters (StoryPlanner); with StoryMode.None, one story for the run.
        var (clusters, stories) = _stories.Plan(sorted, documents, signatures, cancellationToken);
        var clustered = Stopwatch.GetTimestamp();
        meter?.AddClustering(clusters.Length, clustered - started);

        var plan = new ComparisonPlan(sorted, clusters, stories);
        await sink.BeginAsync(plan, cancellationToken).ConfigureAwait(false);
        var outcome = await comparison.RunAsync(plan, sink, cancellationToken).ConfigureAwait(false);
        await sink.CompleteAsync(outcome, cancellationToken).ConfigureAwait(false);

        // Comparing and what the sink does with the findings (render, write) interleave: their time counts together.
        meter?.AddComparison(outcome.Counts.Findings, Stopwatch.GetTimestamp() - clustered);
        return outcome;
    }
}

using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Reporting;

namespace ConsistencyCheck;

/// <summary>
/// The whole check, from documents to report, and each stage on its own. Immutable and thread-safe: build once
/// with <see cref="ConsistencyPipelineBuilder"/> and share.
/// </summary>
/// <example>
/// <code>
/// var pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseDates().Build();
/// var mentions = pipeline.Recognize("Nearly 55,000 residents were evacuated on Tuesday.");
/// </code>
/// </example>
public sealed class ConsistencyPipeline
{
    private readonly AssertionExtractor _extractor;
    private readonly IClusteringStrategy _clustering;
    private readonly ClusterComparer _comparer;

    internal ConsistencyPipeline(TextRecognizer recognizer, IClusteringStrategy clustering, ConsistencyOptions options)
    {
        Recognizer = recognizer;
        Options = options;
        _extractor = new AssertionExtractor(options.Assertions);
        _clustering = clustering;
        _comparer = new ClusterComparer(options.Comparison);
    }

    /// <summary>The options it was built with (validated).</summary>
    public ConsistencyOptions Options { get; }

    /// <summary>The recognizers it runs, with overlap resolution.</summary>
    public TextRecognizer Recognizer { get; }

    /// <summary>Recognizes numbers, quantities and dates in <paramref name="text"/>: ordered, non-overlapping mentions.</summary>
    public ImmutableArray<Mention> Recognize(string text, RecognitionContext context = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognizer.Recognize(text, context);
    }

    /// <summary>
    /// Reads the assertions of one document: recognizes its text against its publication date and builds an
    /// assertion around every figure outside boilerplate that counts something. An unreadable document yields none.
    /// </summary>
    public ImmutableArray<Assertion> Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.IsUnreadable || document.Text.Length == 0)
        {
            return [];
        }

        var published = document.Metadata.Published is { } p ? DateOnly.FromDateTime(p.Date) : (DateOnly?)null;
        var mentions = Recognizer.Recognize(document.Text, new RecognitionContext(published));
        return _extractor.Extract(document, mentions);
    }

    /// <summary>
    /// Streams the assertions of <paramref name="documents"/> as each document is read, on up to
    /// <see cref="ConsistencyOptions.MaxDegreeOfParallelism"/> threads. Order follows completion, not input.
    /// </summary>
    public async IAsyncEnumerable<Assertion> ExtractAsync(
        IAsyncEnumerable<Document> documents,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var assertion in Extract(document))
            {
                yield return assertion;
            }
        }
    }

    /// <summary>Groups assertions (all held in memory) into clusters about the same quantity; deterministic for any input order.</summary>
    public IReadOnlyList<AssertionCluster> Cluster(IReadOnlyList<Assertion> assertions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        return _clustering.Cluster(assertions, cancellationToken);
    }

    /// <summary>Compares the assertions of each cluster and returns the findings, sorted.</summary>
    public ImmutableArray<Finding> Compare(IReadOnlyList<Assertion> assertions, IReadOnlyList<AssertionCluster> clusters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(clusters);
        var byId = assertions.ToDictionary(a => a.Id);
        var findings = new List<Finding>();
        foreach (var cluster in clusters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            findings.AddRange(_comparer.Compare(cluster, byId));
        }

        return [.. findings.OrderBy(f => f.ClusterId, StringComparer.Ordinal).ThenBy(f => f.AssertionIds[0]).ThenBy(f => f.AssertionIds[^1])];
    }

    /// <summary>
    /// Runs the whole check: reads every document (recognition runs in parallel as documents arrive), keeps only
    /// the compact assertions, then clusters and compares them. Every input document appears in the report, also
    /// one that could not be read. The report is the same for any order of the input.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ConsistencyReport> CheckAsync(IAsyncEnumerable<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var summaries = new ConcurrentBag<ReportDocument>();
        var assertions = new ConcurrentBag<Assertion>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(documents, parallel, (document, ct) =>
        {
            summaries.Add(ReportDocument.From(document));
            foreach (var assertion in Extract(document))
            {
                assertions.Add(assertion);
            }

            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);

        var sortedAssertions = assertions.OrderBy(a => a.Id).ToImmutableArray();
        var clusters = Cluster(sortedAssertions, cancellationToken);
        var findings = Compare(sortedAssertions, clusters, cancellationToken);
        return new ConsistencyReport
        {
            Documents = [.. summaries.OrderBy(d => d.Collection, StringComparer.Ordinal).ThenBy(d => d.Id)],
            Assertions = sortedAssertions,
            Clusters = [.. clusters],
            Findings = findings,
        };
    }

    /// <summary>Runs the whole check over documents already in memory. See <see cref="CheckAsync(IAsyncEnumerable{Document}, CancellationToken)"/>.</summary>
    public Task<ConsistencyReport> CheckAsync(IEnumerable<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return CheckAsync(ToAsync(documents), cancellationToken);
    }

    private static async IAsyncEnumerable<Document> ToAsync(IEnumerable<Document> documents)
    {
        foreach (var document in documents)
        {
            yield return document;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}

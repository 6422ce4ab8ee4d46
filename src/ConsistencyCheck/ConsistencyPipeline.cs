using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
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
    private readonly FigureReader _reader;
    private readonly IClusteringStrategy _clustering;
    private readonly PipelineComparison _comparison;
    private readonly TimeProvider _timeProvider;

    internal ConsistencyPipeline(TextRecognizer recognizer, IClusteringStrategy clustering, ConsistencyOptions options, TimeProvider timeProvider)
    {
        Recognizer = recognizer;
        Options = options;
        _reader = new FigureReader(recognizer, new AssertionExtractor(options.Assertions));
        _clustering = clustering;
        _comparison = new PipelineComparison(new ClusterComparer(options.Comparison), options, timeProvider);
        _timeProvider = timeProvider;
    }

    /// <summary>The options it was built with (validated).</summary>
    public ConsistencyOptions Options { get; }

    /// <summary>The recognizers it runs, with overlap resolution.</summary>
    public TextRecognizer Recognizer { get; }

    /// <summary>Recognizes numbers, quantities and dates in <paramref name="text"/>: ordered, non-overlapping mentions.</summary>
    /// <exception cref="OperationCanceledException"><see cref="RecognitionContext.CancellationToken"/> of <paramref name="context"/> was cancelled.</exception>
    public ImmutableArray<Mention> Recognize(string text, RecognitionContext context = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognizer.Recognize(text, context);
    }

    /// <summary>
    /// Reads the assertions of one document: recognizes its text against its publication date and builds an
    /// assertion around every figure outside boilerplate that counts something. An unreadable document yields none.
    /// <see cref="ConsistencyOptions.MaxDocumentTime"/> does not apply here (there is no report to list a document in);
    /// <paramref name="cancellationToken"/> stops the work within milliseconds, also inside a huge document.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ImmutableArray<Assertion> Extract(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _reader.Read(document, cancellationToken);
    }

    /// <summary>
    /// Streams the assertions of <paramref name="documents"/> as each document is read, on up to
    /// <see cref="ConsistencyOptions.MaxDegreeOfParallelism"/> threads. Order follows completion, not input. A document
    /// over its time budget (<see cref="ConsistencyOptions.MaxDocumentTime"/>) yields no assertions; use
    /// <see cref="ExtractDocumentsAsync(IAsyncEnumerable{Document}, CancellationToken)"/> to see its diagnostic.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async IAsyncEnumerable<Assertion> ExtractAsync(
        IAsyncEnumerable<Document> documents,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await foreach (var extracted in ExtractDocumentsAsync(documents, null, cancellationToken).ConfigureAwait(false))
        {
            foreach (var assertion in extracted.Assertions)
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

    /// <summary>
    /// Compares the assertions of each cluster and returns the findings, sorted. <see cref="ConsistencyOptions.MaxDocumentTime"/>
    /// does not apply here (there is no report to list a document in: see <see cref="CompareExtracted"/>);
    /// <paramref name="cancellationToken"/> stops the work within milliseconds, also inside one huge cluster.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ImmutableArray<Finding> Compare(IReadOnlyList<Assertion> assertions, IReadOnlyList<AssertionCluster> clusters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(clusters);
        return Sorted(_comparison.ByCluster(assertions, clusters, null, cancellationToken));
    }

    /// <summary>
    /// Compares cluster by cluster, yielding each cluster's findings as it goes (in the order of
    /// <paramref name="clusters"/>), so that a caller can write them without holding every finding. The findings are
    /// those of <see cref="Compare"/>; within a cluster they come in the same order. As there, the time budget does not
    /// apply and <paramref name="cancellationToken"/> stops the work within milliseconds, also inside one cluster.
    /// </summary>
    /// <param name="assertions">Every assertion the clusters refer to.</param>
    /// <param name="clusters">The clusters, as <see cref="Cluster"/> returned them.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public IEnumerable<ClusterFindings> CompareByCluster(IReadOnlyList<Assertion> assertions, IReadOnlyList<AssertionCluster> clusters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(clusters);
        return _comparison.ByCluster(assertions, clusters, null, cancellationToken);
    }

    /// <summary>
    /// The comparison of one cluster as <see cref="CompareByCluster"/> yields it, for a caller that compares clusters on
    /// its own threads (the streaming report renders each cluster's lines on the thread that compared it). Thread-safe.
    /// With <paramref name="overBudget"/>, each cluster has the budget <see cref="ConsistencyOptions.MaxDocumentTime"/>: one
    /// that runs over comes out with no findings and is added to <paramref name="overBudget"/>, for the caller to report
    /// (<see cref="WithOverBudget"/> gives its documents their warnings).
    /// </summary>
    /// <param name="assertions">Every assertion the clusters refer to.</param>
    /// <param name="overBudget">Where clusters over their budget are recorded; null: no budget.</param>
    /// <param name="cancellationToken">Stops each comparison within milliseconds.</param>
    internal Func<AssertionCluster, ClusterFindings> ClusterComparison(
        IReadOnlyList<Assertion> assertions, ConcurrentQueue<AssertionCluster>? overBudget = null, CancellationToken cancellationToken = default)
    {
        var byId = assertions.ToDictionary(a => a.Id);
        return cluster => _comparison.Compare(cluster, byId, overBudget, cancellationToken);
    }

    /// <summary>
    /// <paramref name="documents"/>, each one with a member in a cluster of <paramref name="overBudget"/> (see
    /// <see cref="ClusterComparison"/>) given a warning "not compared: … took longer than the limit" per such cluster.
    /// </summary>
    internal IEnumerable<DocumentSummary> WithOverBudget(IEnumerable<DocumentSummary> documents, IReadOnlyCollection<AssertionCluster> overBudget, IReadOnlyList<Assertion> assertions) =>
        _comparison.WithOverBudget(documents, overBudget, assertions.ToDictionary(a => a.Id));

    private static ImmutableArray<Finding> Sorted(IEnumerable<ClusterFindings> compared) =>
        // Gathered in cluster order. Each cluster's findings come stably sorted by the same ids the stable sort below
        // ends with, so the sequence is the one it gives over the comparer's own order.
        [.. compared.SelectMany(c => c.Findings).OrderBy(f => f.ClusterId, StringComparer.Ordinal).ThenBy(f => f.AssertionIds[0]).ThenBy(f => f.AssertionIds[^1])];

    /// <summary>
    /// Streams each document's text-free summary and assertions as soon as it is read, recognizing on up to
    /// <see cref="ConsistencyOptions.MaxDegreeOfParallelism"/> threads. Order follows completion, not input. Only a
    /// bounded number of finished documents wait for the consumer, so memory does not grow with the input.
    /// A document that takes longer than <see cref="ConsistencyOptions.MaxDocumentTime"/> is abandoned and comes out
    /// with an <see cref="DiagnosticSeverity.Error"/> naming the limit and no assertions; the others go on.
    /// Cancellation is honoured within milliseconds, also inside a huge document.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<ExtractedDocument> ExtractDocumentsAsync(IAsyncEnumerable<Document> documents, CancellationToken cancellationToken = default) =>
        ExtractDocumentsAsync(documents, null, cancellationToken);

    /// <summary>
    /// As <see cref="ExtractDocumentsAsync(IAsyncEnumerable{Document}, CancellationToken)"/>, counting documents,
    /// characters, assertions and time per stage in <paramref name="meter"/> (null: not measured).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async IAsyncEnumerable<ExtractedDocument> ExtractDocumentsAsync(
        IAsyncEnumerable<Document> documents,
        ConsistencyMeter? meter,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var started = Stopwatch.GetTimestamp();
        var channel = Channel.CreateBounded<ExtractedDocument>(new BoundedChannelOptions(Math.Max(64, 16 * Options.MaxDegreeOfParallelism))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = ProduceAsync(documents, channel.Writer, meter, new AssertionPool(), stop.Token);
        try
        {
            await foreach (var extracted in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return extracted;
            }

            await producer.ConfigureAwait(false);
        }
        finally
        {
            // The consumer stopped early or failed: stop the workers and wait for them, so none outlives the call.
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            meter?.AddExtraction(Stopwatch.GetTimestamp() - started);
        }
    }

    /// <summary>
    /// Runs the whole check: reads every document (recognition runs in parallel as documents arrive), keeps only
    /// the compact assertions, then clusters and compares them. Every input appears in the report: a path that does not
    /// exist (<see cref="Document.IsMissingPath"/>) as an input error (<see cref="ConsistencyReport.InputErrors"/>), not a
    /// document; every document, also one that could not be read, and one abandoned for taking longer than <see cref="ConsistencyOptions.MaxDocumentTime"/>
    /// (listed with an error, not checked). The report is the same for any order of the input.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<ConsistencyReport> CheckAsync(IAsyncEnumerable<Document> documents, CancellationToken cancellationToken = default) =>
        CheckAsync(documents, null, cancellationToken);

    /// <summary>
    /// As <see cref="CheckAsync(IAsyncEnumerable{Document}, CancellationToken)"/>, counting documents, assertions,
    /// clusters, findings and time per stage in <paramref name="meter"/> (null: not measured).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ConsistencyReport> CheckAsync(IAsyncEnumerable<Document> documents, ConsistencyMeter? meter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var summaries = new List<DocumentSummary>();
        var assertions = new List<Assertion>();
        await foreach (var extracted in ExtractDocumentsAsync(documents, meter, cancellationToken).ConfigureAwait(false))
        {
            summaries.Add(extracted.Document);
            assertions.AddRange(extracted.Assertions);
        }

        return CompareExtracted(summaries, assertions, meter, cancellationToken);
    }

    /// <summary>
    /// The second half of the check, on what <see cref="ExtractDocumentsAsync(IAsyncEnumerable{Document}, CancellationToken)"/>
    /// produced (in this process, or elsewhere and read back from an assertions file): sorts the documents and
    /// assertions, clusters and compares them. Gives the same report as <see cref="CheckAsync(IAsyncEnumerable{Document}, CancellationToken)"/>
    /// over the same documents, whatever the order of its input. Comparing one cluster has the time budget of one document,
    /// <see cref="ConsistencyOptions.MaxDocumentTime"/>: a cluster that takes longer is abandoned within milliseconds and has
    /// no findings, and each of its documents gets a <see cref="DiagnosticSeverity.Warning"/> "not compared: comparing cluster
    /// … took longer than the limit of 30 s (ConsistencyOptions.MaxDocumentTime)"; the other clusters are compared as usual.
    /// </summary>
    /// <param name="documents">Every document's summary (all of them, so that the report lists them). One that stands for a
    /// missing path (<see cref="DocumentSummary.IsMissingPath"/>) goes to <see cref="ConsistencyReport.InputErrors"/> instead.</param>
    /// <param name="assertions">Every assertion; ids must be unique.</param>
    /// <param name="meter">Where to count clusters, findings and stage times; null: not measured.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ArgumentException">Two assertions share an id.</exception>
    public ConsistencyReport CompareExtracted(
        IEnumerable<DocumentSummary> documents,
        IEnumerable<Assertion> assertions,
        ConsistencyMeter? meter = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(assertions);
        var started = Stopwatch.GetTimestamp();
        var sortedAssertions = AssertionOrder.ById(assertions, Options.MaxDegreeOfParallelism, cancellationToken);
        var clusters = Cluster(sortedAssertions, cancellationToken);
        var clustered = Stopwatch.GetTimestamp();
        meter?.AddClustering(clusters.Count, clustered - started);
        var overBudget = new ConcurrentQueue<AssertionCluster>();
        var findings = Sorted(_comparison.ByCluster(sortedAssertions, clusters, overBudget, cancellationToken));
        meter?.AddComparison(findings.Length, Stopwatch.GetTimestamp() - clustered);
        var (read, inputErrors) = InputError.Split(documents);
        return new ConsistencyReport
        {
            Documents = [.. WithOverBudget(read, overBudget, sortedAssertions).OrderBy(d => d.Collection, StringComparer.Ordinal).ThenBy(d => d.Id)],
            Assertions = sortedAssertions,
            Clusters = [.. clusters],
            Findings = findings,
            InputErrors = [.. inputErrors],
        };
    }

    /// <summary>Runs the whole check over documents already in memory. See <see cref="CheckAsync(IAsyncEnumerable{Document}, CancellationToken)"/>.</summary>
    public Task<ConsistencyReport> CheckAsync(IEnumerable<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return CheckAsync(ToAsync(documents), cancellationToken);
    }

    /// <summary>
    /// Reads <paramref name="documents"/> on this task into a small bounded queue that
    /// <see cref="ConsistencyOptions.MaxDegreeOfParallelism"/> workers drain, each recognizing and extracting a whole
    /// document and writing the result to <paramref name="writer"/>; completes <paramref name="writer"/> when all are
    /// done, with the first failure if any (a worker's before the reader's). Each document is touched by one thread only,
    /// and no lock is held while a document is read or recognized.
    /// </summary>
    private async Task ProduceAsync(IAsyncEnumerable<Document> documents, ChannelWriter<ExtractedDocument> writer, ConsistencyMeter? meter, AssertionPool pool, CancellationToken cancellationToken)
    {
        // Yield first so that the caller starts reading before the workers fill the channel.
        await Task.Yield();
        var degree = Options.MaxDegreeOfParallelism;
        var queue = Channel.CreateBounded<Document>(new BoundedChannelOptions(32 * degree)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = new Task[degree];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Run(() => WorkAsync(queue.Reader, writer, meter, pool, stop), CancellationToken.None);
        }

        Exception? readFailure = null;
        try
        {
            await foreach (var document in documents.WithCancellation(stop.Token).ConfigureAwait(false))
            {
                await queue.Writer.WriteAsync(document, stop.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            readFailure = ex;
            await stop.CancelAsync().ConfigureAwait(false);
        }

        queue.Writer.TryComplete();
        Exception? workFailure = null;
        Exception? workCancelled = null;
        foreach (var worker in workers)
        {
            try
            {
                await worker.ConfigureAwait(false);
            }
            catch (OperationCanceledException ex)
            {
                workCancelled ??= ex;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                workFailure ??= ex;
            }
        }

        // A worker's own failure cancels the reader, so it comes first; then the reader's failure or cancellation.
        writer.TryComplete(workFailure ?? readFailure ?? workCancelled);
    }

    private async Task WorkAsync(ChannelReader<Document> queue, ChannelWriter<ExtractedDocument> writer, ConsistencyMeter? meter, AssertionPool pool, CancellationTokenSource stop)
    {
        try
        {
            while (await queue.WaitToReadAsync(stop.Token).ConfigureAwait(false))
            {
                while (queue.TryRead(out var document))
                {
                    var extracted = ExtractDocument(document, meter, pool, stop.Token);
                    if (!writer.TryWrite(extracted))
                    {
                        await writer.WriteAsync(extracted, stop.Token).ConfigureAwait(false);
                    }
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Stop the reader and the other workers; the first failure is reported.
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    private ExtractedDocument ExtractDocument(Document document, ConsistencyMeter? meter, AssertionPool pool, CancellationToken cancellationToken)
    {
        var summary = DocumentSummary.From(document);
        if (document.IsMissingPath)
        {
            // Not a document: counted apart, and listed as an input error by CompareExtracted.
            meter?.AddInputError();
            return new ExtractedDocument(summary, []);
        }

        if (document.IsUnreadable || document.Text.Length == 0)
        {
            meter?.AddDocument(document.Text.Length, document.IsUnreadable, 0, 0, 0);
            return new ExtractedDocument(summary, []);
        }

        var start = Stopwatch.GetTimestamp();
        using var deadline = Options.MaxDocumentTime == Timeout.InfiniteTimeSpan ? null : new CancellationTokenSource(Options.MaxDocumentTime, _timeProvider);
        using var budget = deadline is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var token = budget?.Token ?? cancellationToken;
        try
        {
            var read = _reader.Read(document, token, out var recognized);
            var assertions = Compact(read, pool);
            meter?.AddDocument(document.Text.Length, false, assertions.Length, recognized - start, Stopwatch.GetTimestamp() - recognized);
            return new ExtractedDocument(summary, assertions);
        }
        catch (OperationCanceledException) when (deadline is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
        {
            // The budget ran out, not the caller's patience: list the document as not checked and go on with the batch.
            meter?.AddDocument(document.Text.Length, true, 0, Stopwatch.GetTimestamp() - start, 0);
            return new ExtractedDocument(summary with { Diagnostics = summary.Diagnostics.Add(OverBudget(document)) }, []);
        }
    }

    /// <summary>The error of a document abandoned at <see cref="ConsistencyOptions.MaxDocumentTime"/>; it names the limit, not the time taken, so reports stay comparable.</summary>
    private Diagnostic OverBudget(Document document)
    {
        var source = document.Source.Length > 0 ? document.Source : document.Id.Value;
        var shown = PipelineComparison.Limit(Options.MaxDocumentTime);
        return Diagnostic.Error(string.Create(CultureInfo.InvariantCulture,
            $"{source}: not checked: recognizing its {document.Text.Length:N0} characters took longer than the limit of {shown} ({nameof(ConsistencyOptions)}.{nameof(ConsistencyOptions.MaxDocumentTime)})."));
    }

    /// <summary>
    /// Keeps held assertions compact: equal subjects and predicates are shared across the run (<see cref="AssertionPool"/>).
    /// Assertions of one sentence already share one copy of its text (the extractor makes it once per sentence).
    /// Values are unchanged.
    /// </summary>
    private static ImmutableArray<Assertion> Compact(ImmutableArray<Assertion> assertions, AssertionPool pool)
    {
        if (assertions.IsDefaultOrEmpty)
        {
            return assertions;
        }

        var builder = ImmutableArray.CreateBuilder<Assertion>(assertions.Length);
        foreach (var assertion in assertions)
        {
            builder.Add(pool.Share(assertion));
        }

        return builder.MoveToImmutable();
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

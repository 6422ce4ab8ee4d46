using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Reporting;
using ConsistencyCheck.Stories;

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
    private readonly DocumentExtraction _extraction;
    private readonly PipelineRun _run;

    internal ConsistencyPipeline(TextRecognizer recognizer, IClusteringStrategy clustering, ConsistencyOptions options, TimeProvider timeProvider, ConsistencyMeter? meter)
    {
        Recognizer = recognizer;
        Options = options;
        Meter = meter;
        _reader = new FigureReader(recognizer, new AssertionExtractor(options.Assertions));
        _clustering = clustering;
        _comparison = new PipelineComparison(new ClusterComparer(options.Comparison), options, timeProvider);
        _extraction = new DocumentExtraction(_reader, options, timeProvider, meter);
        _run = new PipelineRun(_extraction, clustering, _comparison, options, meter);
    }

    /// <summary>The options it was built with (validated).</summary>
    public ConsistencyOptions Options { get; }

    /// <summary>The recognizers it runs, with overlap resolution.</summary>
    public TextRecognizer Recognizer { get; }

    /// <summary>
    /// Where its runs count documents, assertions, clusters, findings and time per stage
    /// (<see cref="ConsistencyPipelineBuilder.UseMeter"/>); null: not measured.
    /// </summary>
    public ConsistencyMeter? Meter { get; }

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
        await foreach (var extracted in ExtractDocumentsAsync(documents, cancellationToken).ConfigureAwait(false))
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
    /// does not apply here (there is no report to list a document in: see <see cref="CompareExtractedAsync(IEnumerable{DocumentSummary}, IEnumerable{Assertion}, CancellationToken)"/>);
    /// <paramref name="cancellationToken"/> stops the work within milliseconds, also inside one huge cluster.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ImmutableArray<Finding> Compare(IReadOnlyList<Assertion> assertions, IReadOnlyList<AssertionCluster> clusters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(clusters);
        return Sorted(_comparison.ByCluster(assertions, clusters, cancellationToken));
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
        return _comparison.ByCluster(assertions, clusters, cancellationToken);
    }

    private static ImmutableArray<Finding> Sorted(IEnumerable<ClusterFindings> compared) =>
        // Gathered in cluster order. Each cluster's findings come stably sorted by the same ids the stable sort below
        // ends with, so the sequence is the one it gives over the comparer's own order.
        ClusterFindings.InReportOrder(compared.SelectMany(c => c.Findings));

    /// <summary>
    /// Streams each document's text-free summary and assertions as soon as it is read, recognizing on up to
    /// <see cref="ConsistencyOptions.MaxDegreeOfParallelism"/> threads. Order follows completion, not input. Only a
    /// bounded number of finished documents wait for the consumer, so memory does not grow with the input.
    /// A document that takes longer than <see cref="ConsistencyOptions.MaxDocumentTime"/> is abandoned and comes out
    /// with an <see cref="DiagnosticSeverity.Error"/> naming the limit and no assertions; the others go on.
    /// Cancellation is honoured within milliseconds, also inside a huge document.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<ExtractedDocument> ExtractDocumentsAsync(IAsyncEnumerable<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return _extraction.ExtractAsync(documents, cancellationToken);
    }

    /// <summary>
    /// Runs the whole check and hands what it finds to <paramref name="sink"/>: every document as it is read
    /// (recognition runs in parallel as documents arrive), then the plan, then each story's compared clusters in order,
    /// then the outcome. Only the compact assertions are held between the halves. A document over
    /// <see cref="ConsistencyOptions.MaxDocumentTime"/> is handed on with an error and no assertions; a cluster over the
    /// same budget has no findings and is listed in <see cref="ComparisonOutcome.NotCompared"/>. Give a
    /// <see cref="ReportSink"/> for the in-memory report or a <see cref="JsonLinesSink"/> to stream report lines.
    /// </summary>
    /// <typeparam name="TPart">What the sink makes of a chunk of compared clusters.</typeparam>
    /// <param name="documents">The documents.</param>
    /// <param name="sink">Where everything goes.</param>
    /// <param name="cancellationToken">Cancels the run within milliseconds.</param>
    /// <returns>The outcome: counts and the clusters not compared in time.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<ComparisonOutcome> RunAsync<TPart>(IAsyncEnumerable<Document> documents, IFindingSink<TPart> sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(sink);
        return _run.RunAsync(documents, sink, cancellationToken);
    }

    /// <summary>
    /// The second half of <see cref="RunAsync{TPart}"/>, on what <see cref="ExtractDocumentsAsync(IAsyncEnumerable{Document}, CancellationToken)"/>
    /// produced (in this process, or elsewhere and read back from assertion lines): hands every document to
    /// <paramref name="sink"/>, then sorts, clusters and compares the assertions as <see cref="RunAsync{TPart}"/> does. The
    /// sink receives the same as from <see cref="RunAsync{TPart}"/> over the same documents, whatever the order of the input,
    /// except for stories: without signatures, <see cref="StoryMode.Automatic"/> takes each collection as one story (use the
    /// <see cref="ExtractedRun"/> overload to group by the signatures <c>extract</c> wrote).
    /// </summary>
    /// <typeparam name="TPart">What the sink makes of a chunk of compared clusters.</typeparam>
    /// <param name="documents">Every document's summary (also the unreadable ones and those standing for a missing path).</param>
    /// <param name="assertions">Every assertion; ids must be unique.</param>
    /// <param name="sink">Where everything goes.</param>
    /// <param name="cancellationToken">Cancels the run within milliseconds.</param>
    /// <returns>The outcome: counts and the clusters not compared in time.</returns>
    /// <exception cref="ArgumentException">Two assertions share an id.</exception>
    public Task<ComparisonOutcome> CompareAsync<TPart>(
        IEnumerable<DocumentSummary> documents, IEnumerable<Assertion> assertions, IFindingSink<TPart> sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(sink);
        return _run.CompareAsync(documents, assertions, [], sink, cancellationToken);
    }

    /// <summary>
    /// The second half of <see cref="RunAsync{TPart}"/> on a run read back from assertion lines
    /// (<see cref="ReadAssertionLinesAsync"/>): as <see cref="CompareAsync{TPart}(IEnumerable{DocumentSummary}, IEnumerable{Assertion}, IFindingSink{TPart}, CancellationToken)"/>,
    /// and with <see cref="StoryMode.Automatic"/> the documents are grouped into stories by the signatures the lines
    /// carry (<see cref="ExtractedRun.Signatures"/>), so the sink receives the same as from <see cref="RunAsync{TPart}"/>.
    /// </summary>
    /// <typeparam name="TPart">What the sink makes of a chunk of compared clusters.</typeparam>
    /// <param name="run">The documents, assertions and story signatures.</param>
    /// <param name="sink">Where everything goes.</param>
    /// <param name="cancellationToken">Cancels the run within milliseconds.</param>
    /// <returns>The outcome: counts and the clusters not compared in time.</returns>
    /// <exception cref="ArgumentException">Two assertions share an id.</exception>
    public Task<ComparisonOutcome> CompareAsync<TPart>(ExtractedRun run, IFindingSink<TPart> sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(sink);
        return _run.CompareAsync(run.Documents, run.Assertions, run.Signatures, sink, cancellationToken);
    }

    /// <summary>
    /// Reads assertion lines written by <c>extract</c> (<see cref="AssertionFiles"/>) for <see cref="CompareAsync{TPart}(IEnumerable{DocumentSummary}, IEnumerable{Assertion}, IFindingSink{TPart}, CancellationToken)"/>,
    /// counting the documents, input errors and assertions kept, and the time taken, in <see cref="Meter"/>.
    /// </summary>
    /// <param name="paths">Files, folders of <c>*.jsonl</c> files, or <c>-</c>.</param>
    /// <param name="standardInput">Opens standard input, for <c>-</c>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <exception cref="InvalidDataException">A line is not an assertion line; the message names the file and line.</exception>
    public async Task<ExtractedRun> ReadAssertionLinesAsync(IReadOnlyList<string> paths, Func<Stream> standardInput, CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var meter = Meter;
        var run = await AssertionFiles.ReadAsync(paths, standardInput, meter is null ? null : Count, cancellationToken).ConfigureAwait(false);
        meter?.AddExtraction(System.Diagnostics.Stopwatch.GetTimestamp() - started);
        return run;

        void Count(AssertionLine line)
        {
            switch (line)
            {
                case DocumentLine { Document.IsMissingPath: true }:
                    meter.AddInputError();
                    break;
                case DocumentLine d:
                    meter.AddDocument(0, d.Document.IsUnreadable, 0, 0, 0);
                    break;
                case AssertionRecordLine:
                    meter.AddAssertions(1);
                    break;
            }
        }
    }

    /// <summary>
    /// Runs the whole check (<see cref="RunAsync{TPart}"/> with a <see cref="ReportSink"/>) and returns the report. Every
    /// input appears in it: a path that does not exist (<see cref="Document.IsMissingPath"/>) as an input error
    /// (<see cref="ConsistencyReport.InputErrors"/>), not a document; every document, also one that could not be read, and
    /// one abandoned for taking longer than <see cref="ConsistencyOptions.MaxDocumentTime"/> (listed with an error, not
    /// checked). The report is the same for any order of the input.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ConsistencyReport> CheckAsync(IAsyncEnumerable<Document> documents, CancellationToken cancellationToken = default)
    {
        var sink = new ReportSink();
        await RunAsync(documents, sink, cancellationToken).ConfigureAwait(false);
        return sink.Report;
    }

    /// <summary>Runs the whole check over documents already in memory. See <see cref="CheckAsync(IAsyncEnumerable{Document}, CancellationToken)"/>.</summary>
    public Task<ConsistencyReport> CheckAsync(IEnumerable<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return CheckAsync(ToAsync(documents), cancellationToken);
    }

    /// <summary>
    /// The second half of the check as a report (<see cref="CompareAsync{TPart}(IEnumerable{DocumentSummary}, IEnumerable{Assertion}, IFindingSink{TPart}, CancellationToken)"/> with a <see cref="ReportSink"/>): gives the
    /// same report as <see cref="CheckAsync(IAsyncEnumerable{Document}, CancellationToken)"/> over the same documents,
    /// whatever the order of its input. Comparing one cluster has the time budget of one document,
    /// <see cref="ConsistencyOptions.MaxDocumentTime"/>: a cluster that takes longer is abandoned within milliseconds and has
    /// no findings, and each of its documents gets a <see cref="DiagnosticSeverity.Warning"/> "not compared: comparing cluster
    /// … took longer than the limit of 30 s (ConsistencyOptions.MaxDocumentTime)"; the other clusters are compared as usual.
    /// </summary>
    /// <param name="documents">Every document's summary. One that stands for a missing path
    /// (<see cref="DocumentSummary.IsMissingPath"/>) goes to <see cref="ConsistencyReport.InputErrors"/> instead.</param>
    /// <param name="assertions">Every assertion; ids must be unique.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ArgumentException">Two assertions share an id.</exception>
    public async Task<ConsistencyReport> CompareExtractedAsync(
        IEnumerable<DocumentSummary> documents, IEnumerable<Assertion> assertions, CancellationToken cancellationToken = default)
    {
        var sink = new ReportSink();
        await CompareAsync(documents, assertions, sink, cancellationToken).ConfigureAwait(false);
        return sink.Report;
    }

    /// <summary>
    /// The second half of the check as a report, on a run read back from assertion lines, grouped into stories by the
    /// signatures they carry: see <see cref="CompareAsync{TPart}(ExtractedRun, IFindingSink{TPart}, CancellationToken)"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Two assertions share an id.</exception>
    public async Task<ConsistencyReport> CompareExtractedAsync(ExtractedRun run, CancellationToken cancellationToken = default)
    {
        var sink = new ReportSink();
        await CompareAsync(run, sink, cancellationToken).ConfigureAwait(false);
        return sink.Report;
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

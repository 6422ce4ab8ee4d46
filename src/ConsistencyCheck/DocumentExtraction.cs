using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Stories;
using ConsistencyCheck.Text;

namespace ConsistencyCheck;

/// <summary>
/// The first half of a run: reads documents as they arrive, recognizing and extracting each one whole on one of up to
/// <see cref="ConsistencyOptions.MaxDegreeOfParallelism"/> workers, and hands on each document's summary with its compact
/// assertions, in completion order. A document over its time budget (<see cref="ConsistencyOptions.MaxDocumentTime"/>)
/// comes out with an error naming the limit and no assertions. Counts what it does in the meter, when there is one.
/// </summary>
internal sealed class DocumentExtraction(FigureReader reader, ConsistencyOptions options, TimeProvider timeProvider, ConsistencyMeter? meter)
{
    /// <summary>
    /// Streams each document's summary and assertions as soon as it is read. Only a bounded number of finished
    /// documents wait for the consumer, so memory does not grow with the input. Cancellation is honoured within
    /// milliseconds, also inside a huge document.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async IAsyncEnumerable<ExtractedDocument> ExtractAsync(IAsyncEnumerable<Document> documents, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var channel = Channel.CreateBounded<ExtractedDocument>(new BoundedChannelOptions(Math.Max(64, 16 * options.MaxDegreeOfParallelism))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = ProduceAsync(documents, channel.Writer, new RunPools(new AssertionPool(), new TermPool()), stop.Token);
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
    /// Reads <paramref name="documents"/> on this task into a small bounded queue that
    /// <see cref="ConsistencyOptions.MaxDegreeOfParallelism"/> workers drain, each recognizing and extracting a whole
    /// document and writing the result to <paramref name="writer"/>; completes <paramref name="writer"/> when all are
    /// done, with the first failure if any (a worker's before the reader's). Each document is touched by one thread only,
    /// and no lock is held while a document is read or recognized.
    /// </summary>
    private async Task ProduceAsync(IAsyncEnumerable<Document> documents, ChannelWriter<ExtractedDocument> writer, RunPools pool, CancellationToken cancellationToken)
    {
        // Yield first so that the caller starts reading before the workers fill the channel.
        await Task.Yield();
        var degree = options.MaxDegreeOfParallelism;
        var queue = Channel.CreateBounded<Document>(new BoundedChannelOptions(32 * degree)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = new Task[degree];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Run(() => WorkAsync(queue.Reader, writer, pool, stop), CancellationToken.None);
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

    private async Task WorkAsync(ChannelReader<Document> queue, ChannelWriter<ExtractedDocument> writer, RunPools pool, CancellationTokenSource stop)
    {
        try
        {
            while (await queue.WaitToReadAsync(stop.Token).ConfigureAwait(false))
            {
                while (queue.TryRead(out var document))
                {
                    var extracted = ExtractDocument(document, pool, stop.Token);
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

    private ExtractedDocument ExtractDocument(Document document, RunPools pool, CancellationToken cancellationToken)
    {
        var summary = DocumentSummary.From(document);
        if (document.IsMissingPath)
        {
            // Not a document: counted apart, and listed as an input error by the sink (ReportSink, JsonLinesSink).
            meter?.AddInputError();
            return new ExtractedDocument(summary, []);
        }

        if (document.IsUnreadable || document.Text.Length == 0)
        {
            meter?.AddDocument(document.Text.Length, document.IsUnreadable, 0, 0, 0);
            return new ExtractedDocument(summary, []);
        }

        var signature = Signature(document, pool.Terms, ref summary);
        var start = Stopwatch.GetTimestamp();
        using var deadline = options.MaxDocumentTime == Timeout.InfiniteTimeSpan ? null : new CancellationTokenSource(options.MaxDocumentTime, timeProvider);
        using var budget = deadline is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var token = budget?.Token ?? cancellationToken;
        try
        {
            var read = reader.Read(document, token, out var recognized);
            var assertions = Compact(read, pool.Assertions);
            meter?.AddDocument(document.Text.Length, false, assertions.Length, recognized - start, Stopwatch.GetTimestamp() - recognized);
            return new ExtractedDocument(summary, assertions) { Signature = signature };
        }
        catch (OperationCanceledException) when (deadline is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
        {
            // The budget ran out, not the caller's patience: list the document as not checked and go on with the batch.
            meter?.AddDocument(document.Text.Length, true, 0, Stopwatch.GetTimestamp() - start, 0);
            return new ExtractedDocument(summary with { Diagnostics = summary.Diagnostics.Add(OverBudget(document)) }, []) { Signature = signature };
        }
    }

    /// <summary>
    /// The story signature of a readable document when stories are found automatically (<see cref="StoryMode.Automatic"/>),
    /// computed here, on the worker, while the text is at hand; a document too short to be grouped gets the grouper's
    /// warning on its summary now, so that <c>extract</c> writes it and every sink sees it with the document.
    /// </summary>
    private StorySignature? Signature(Document document, TermPool terms, ref DocumentSummary summary)
    {
        if (options.StoryMode != StoryMode.Automatic)
        {
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        var signature = StorySignature.FromDocumentInRun(document, options.Stories, terms);
        meter?.AddStorySignature(Stopwatch.GetTimestamp() - started);
        if (StoryGrouper.TooShort(signature, options.Stories) is { } tooShort)
        {
            summary = summary with { Diagnostics = summary.Diagnostics.Add(tooShort) };
        }

        return signature;
    }

    /// <summary>The error of a document abandoned at <see cref="ConsistencyOptions.MaxDocumentTime"/>; it names the limit, not the time taken, so reports stay comparable.</summary>
    private Diagnostic OverBudget(Document document)
    {
        var source = document.Source.Length > 0 ? document.Source : document.Id.Value;
        var shown = InvariantText.Limit(options.MaxDocumentTime);
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

    /// <summary>What the documents of one run share: equal subjects and predicates, equal story terms.</summary>
    private sealed record RunPools(AssertionPool Assertions, TermPool Terms);
}

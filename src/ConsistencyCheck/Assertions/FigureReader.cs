using System.Collections.Immutable;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// Reads the assertions of one document: finds its sentences, recognizes its text against its publication date, then
/// builds an assertion around every figure outside boilerplate that counts something. The one place where recognition
/// and extraction meet; the pipeline calls it for every document. The sentences are found once, before recognition,
/// and handed to both steps as a <see cref="SentenceMap"/>: recognition reads dates in every sentence when dates are
/// assertions (<see cref="ExtractionOptions.ReadDates"/>), else only in the sentences holding a figure; extraction reads
/// each figure in its sentence. Immutable and thread-safe.
/// </summary>
internal sealed class FigureReader(TextRecognizer recognizer, AssertionExtractor extractor)
{
    /// <summary>The recognizers it runs.</summary>
    public TextRecognizer Recognizer => recognizer;

    /// <summary>The assertions of <paramref name="document"/>; none for an unreadable or empty one.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ImmutableArray<Assertion> Read(Document document, CancellationToken cancellationToken) =>
        Read(document, cancellationToken, out _);

    /// <summary>As <see cref="Read(Document, CancellationToken)"/>; <paramref name="recognizedAt"/> is the Stopwatch timestamp when recognition ended (0 when nothing was read).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ImmutableArray<Assertion> Read(Document document, CancellationToken cancellationToken, out long recognizedAt)
    {
        recognizedAt = 0;
        if (document.IsUnreadable || document.Text.Length == 0)
        {
            return [];
        }

        var sentences = SentenceSegmenter.Map(document.Text);
        var mentions = recognizer.Recognize(sentences, ContextOf(document, cancellationToken));
        recognizedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        return extractor.Extract(document, sentences, mentions, cancellationToken);
    }

    // Dates stated as facts are assertions of their own (ExtractionOptions.ReadDates), so dates are read in every
    // sentence. Without them, assertions are read around figures and a figure's date in its own sentence, and dates are
    // looked for only in the sentences that hold a figure (the same assertions, a third of the date work).
    private RecognitionContext ContextOf(Document document, CancellationToken cancellationToken) =>
        new(document.Metadata.Published is { } p ? DateOnly.FromDateTime(p.Date) : null)
        {
            CancellationToken = cancellationToken,
            DatesInFigureSentencesOnly = !extractor.Options.ReadDates,
        };
}

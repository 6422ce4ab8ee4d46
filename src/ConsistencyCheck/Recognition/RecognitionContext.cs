using System.Collections.Immutable;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Recognition;

/// <summary>What a recognizer may know beyond the text itself.</summary>
/// <param name="ReferenceDate">
/// The day relative expressions are resolved against: the document's publication date. Null when unknown,
/// in which case relative dates stay unresolved rather than guessed.
/// </param>
public readonly record struct RecognitionContext(DateOnly? ReferenceDate)
{
    /// <summary>
    /// Stops recognition inside one text: the built-in recognizers check it every few thousand characters, tokens or
    /// figures and throw <see cref="OperationCanceledException"/> within milliseconds of its cancellation. Default
    /// <see cref="CancellationToken.None"/>. The pipeline passes the caller's token linked with the document's time budget
    /// (<see cref="ConsistencyOptions.MaxDocumentTime"/>); a custom <see cref="IRecognizer"/> should check it as often.
    /// </summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Scans shared between the recognizers of one <see cref="TextRecognizer.Recognize(string, RecognitionContext)"/> call (null: none shared).</summary>
    internal SharedScans? Shared { get; init; }

    /// <summary>
    /// True when the caller needs dates only where figures are (the pipeline, which reads a figure's date in its own
    /// sentence): <see cref="TextRecognizer"/> then runs the recognizers whose <see cref="IRecognizer.Scope"/> is
    /// <see cref="RecognizerScope.FigureSentences"/> (the date recognizers) only over the sentences that hold another
    /// recognizer's mention. Default false: everything is read.
    /// </summary>
    internal bool DatesInFigureSentencesOnly { get; init; }

    /// <summary>
    /// Where a recognizer of scope <see cref="RecognizerScope.FigureSentences"/> is asked to look: ordered,
    /// non-overlapping spans of the text (the sentences holding a figure, widened to the words a few characters beyond
    /// them), each to be read on its own. Default (<see cref="ImmutableArray{T}.IsDefault"/>): not given, the whole text.
    /// Set only by <see cref="TextRecognizer"/>.
    /// </summary>
    public ImmutableArray<SourceSpan> Regions { get; internal init; }
}

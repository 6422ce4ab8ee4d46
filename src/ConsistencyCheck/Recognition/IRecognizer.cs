namespace ConsistencyCheck.Recognition;

/// <summary>
/// One family of recognizers (numbers, quantities, dates). Implementations are immutable and thread-safe,
/// run in time linear in the text length, and never throw on content. They should check
/// <see cref="RecognitionContext.CancellationToken"/> every few thousand characters and throw
/// <see cref="OperationCanceledException"/> when it is cancelled (the built-in ones do), so that one huge text cannot
/// stall a batch or outlive its time budget.
/// </summary>
public interface IRecognizer
{
    /// <summary>
    /// Where <see cref="TextRecognizer"/> runs this recognizer: <see cref="RecognizerScope.WholeText"/> unless the
    /// recognizer declares otherwise (the date recognizers declare <see cref="RecognizerScope.FigureSentences"/>). Read
    /// once, when the <see cref="TextRecognizer"/> is created; a recognizer should return a constant.
    /// </summary>
    RecognizerScope Scope => RecognizerScope.WholeText;

    /// <summary>Adds every mention found in <paramref name="text"/> to <paramref name="results"/>, in any order; overlaps are allowed and are resolved by <see cref="TextRecognizer"/>.</summary>
    /// <param name="text">The whole text; spans refer to it.</param>
    /// <param name="context">Reference date and other context.</param>
    /// <param name="results">Where to add mentions.</param>
    void Recognize(string text, RecognitionContext context, ICollection<Mention> results);
}

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

    /// <summary>Scans shared between the recognizers of one <see cref="TextRecognizer.Recognize"/> call (null: none shared).</summary>
    internal SharedScans? Shared { get; init; }
}

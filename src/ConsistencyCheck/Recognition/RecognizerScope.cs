namespace ConsistencyCheck.Recognition;

/// <summary>
/// Where <see cref="TextRecognizer"/> runs a recognizer, as the recognizer declares it through
/// <see cref="IRecognizer.Scope"/>. The default, <see cref="WholeText"/>, suits every recognizer; the other scope lets a
/// recognizer whose mentions matter only beside a figure skip the rest of a long text.
/// </summary>
public enum RecognizerScope
{
    /// <summary>Always over the whole text. The default.</summary>
    WholeText = 0,

    /// <summary>
    /// Over the whole text, unless the caller reads only around figures, as the pipeline does (it reads a figure's date
    /// in the figure's own sentence): then after every <see cref="WholeText"/> recognizer, and only over the sentences
    /// holding their mentions, each widened by a few characters, which <see cref="RecognitionContext.Regions"/> gives.
    /// The date recognizers run so. A recognizer that reads past the regions still reads correctly, only no faster, and
    /// what it finds there is kept.
    /// </summary>
    FigureSentences = 1,
}

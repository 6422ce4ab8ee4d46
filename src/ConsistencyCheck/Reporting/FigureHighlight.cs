using ConsistencyCheck.Assertions;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// An assertion's sentence cut around its figure, for emphasis in readable reports: <see cref="Before"/>,
/// <see cref="Figure"/>, <see cref="After"/>. When the figure cannot be placed in the sentence, the whole
/// sentence is in <see cref="Before"/> and the others are empty.
/// </summary>
/// <param name="Before">Text before the figure.</param>
/// <param name="Figure">The figure phrase as it stands in the sentence.</param>
/// <param name="After">Text after the figure.</param>
internal readonly record struct FigureHighlight(string Before, string Figure, string After)
{
    /// <summary>True when the figure was placed in the sentence.</summary>
    public bool HasFigure => Figure.Length > 0;

    /// <summary>
    /// Cuts the sentence of <paramref name="assertion"/> at its quantity span (relative to the sentence span).
    /// When that span falls outside the sentence text (inconsistent input), the first ordinal occurrence of the
    /// phrase is used instead, and failing that nothing is highlighted.
    /// </summary>
    public static FigureHighlight From(Assertion assertion)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var sentence = assertion.SentenceText ?? string.Empty;
        var span = assertion.Quantity.Span;
        var start = (long)span.Start - assertion.Sentence.Start;
        var length = span.Length;
        if (start < 0 || length <= 0 || start + length > sentence.Length)
        {
            var phrase = assertion.Quantity.Text;
            start = string.IsNullOrEmpty(phrase) ? -1 : sentence.IndexOf(phrase, StringComparison.Ordinal);
            length = phrase?.Length ?? 0;
        }

        if (start < 0 || length <= 0)
        {
            return new FigureHighlight(sentence, string.Empty, string.Empty);
        }

        var at = (int)start;
        return new FigureHighlight(sentence[..at], sentence.Substring(at, length), sentence[(at + length)..]);
    }
}

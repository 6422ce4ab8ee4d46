using System.Collections.Immutable;

namespace ConsistencyCheck.Text;

/// <summary>
/// The sentences of one text, found once by <see cref="SentenceSegmenter.Map"/> and handed to every step that reads
/// the document sentence by sentence: recognition, which reads dates only in the sentences holding a figure, and
/// assertion extraction, which reads each figure in its own sentence. Neither splits the text again. Immutable and
/// thread-safe.
/// </summary>
internal sealed class SentenceMap
{
    /// <summary>Wraps <paramref name="sentences"/> of <paramref name="text"/>, as <see cref="SentenceSegmenter.Split"/> gives them.</summary>
    internal SentenceMap(string text, ImmutableArray<SourceSpan> sentences)
    {
        Text = text;
        Spans = sentences;
    }

    /// <summary>The text the sentences lie in.</summary>
    public string Text { get; }

    /// <summary>The sentences, in order, non-overlapping, trimmed of white space and never empty.</summary>
    public ImmutableArray<SourceSpan> Spans { get; }

    /// <summary>The sentence holding <paramref name="offset"/>; null when the offset lies in white space between sentences or outside the text.</summary>
    public SourceSpan? Containing(int offset)
    {
        var sentence = SentenceSegmenter.Containing(Spans, offset);
        return sentence.IsEmpty ? null : sentence;
    }
}

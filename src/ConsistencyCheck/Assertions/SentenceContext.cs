using System.Collections.Immutable;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Assertions;

/// <summary>The words and temporal mentions of one sentence, computed once for all its figures.</summary>
internal sealed class SentenceContext
{
    private string? _sentenceText;

    /// <param name="text">The document text.</param>
    /// <param name="span">The sentence.</param>
    /// <param name="temporal">The document's temporal mentions, ordered by start.</param>
    public SentenceContext(string text, SourceSpan span, ImmutableArray<TemporalMention> temporal)
    {
        Span = span;
        Text = text;
        Words = WordTokenizer.Tokenize(text, span);

        // Binary search for the first mention starting in the sentence, so a document costs O(s log m), not O(s·m).
        int lo = 0, hi = temporal.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (temporal[mid].Span.Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // Most sentences hold no temporal mention or one: count them, then copy them into an array of that length.
        var count = 0;
        for (var i = lo; i < temporal.Length && temporal[i].Span.Start < span.End; i++)
        {
            count += span.Contains(temporal[i].Span) ? 1 : 0;
        }

        if (count == 0)
        {
            Temporal = [];
            return;
        }

        var builder = ImmutableArray.CreateBuilder<TemporalMention>(count);
        for (var i = lo; builder.Count < count; i++)
        {
            if (span.Contains(temporal[i].Span))
            {
                builder.Add(temporal[i]);
            }
        }

        Temporal = builder.MoveToImmutable();
    }

    public SourceSpan Span { get; }

    /// <summary>The document text the sentence lies in.</summary>
    public string Text { get; }

    /// <summary>The text of the sentence, made once for all the assertions read in it.</summary>
    public string SentenceText => _sentenceText ??= Span.ToString(Text);

    public ImmutableArray<Word> Words { get; }

    public ImmutableArray<TemporalMention> Temporal { get; }

    /// <summary>The assertion built from the previous figure of this sentence, if any.</summary>
    public Assertion? Previous { get; set; }
}

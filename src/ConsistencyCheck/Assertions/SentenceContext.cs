using System.Collections.Immutable;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Assertions;

/// <summary>The words and temporal mentions of one sentence, computed once for all its figures.</summary>
internal sealed class SentenceContext
{
    public SentenceContext(string text, SourceSpan span, ImmutableArray<Mention> mentions)
    {
        Span = span;
        Words = WordTokenizer.Tokenize(text, span);
        Temporal = [.. mentions.OfType<TemporalMention>().Where(m => span.Contains(m.Span))];
    }

    public SourceSpan Span { get; }

    public ImmutableArray<Word> Words { get; }

    public ImmutableArray<TemporalMention> Temporal { get; }

    /// <summary>The assertion built from the previous figure of this sentence, if any.</summary>
    public Assertion? Previous { get; set; }
}

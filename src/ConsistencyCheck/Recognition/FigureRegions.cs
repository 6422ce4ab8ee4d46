using System.Collections.Immutable;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Recognition;

/// <summary>
/// Where <see cref="TextRecognizer"/> runs the recognizers of scope <see cref="RecognizerScope.FigureSentences"/>: the
/// sentences holding the mentions the others found, widened and merged into <see cref="RecognitionContext.Regions"/>.
/// </summary>
internal static class FigureRegions
{
    /// <summary>Characters read before and after a sentence, so that a date at its edge is read as in the whole text.</summary>
    internal const int Margin = 16;

    /// <summary>Texts this short are read whole: there is nothing to save.</summary>
    private const int ShortText = 512;

    /// <summary>
    /// The sentences holding a mention found so far (a mention between two sentences counts for the one before it),
    /// each widened by <see cref="Margin"/> characters on both sides (out to the ends of the words there), merged
    /// where they touch; the whole text when it is short.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="sentences">The sentences of <paramref name="text"/>, found once for the document; null to find them here, when the text is long enough to need them.</param>
    /// <param name="found">The mentions found so far, in any order.</param>
    internal static ImmutableArray<SourceSpan> Around(string text, SentenceMap? sentences, List<Mention> found)
    {
        if (text.Length <= ShortText)
        {
            return [new SourceSpan(0, text.Length)];
        }

        if (found.Count == 0)
        {
            return [];
        }

        var starts = new int[found.Count];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = found[i].Span.Start;
        }

        Array.Sort(starts);
        var spans = (sentences ?? SentenceSegmenter.Map(text)).Spans;
        var regions = new RegionBuilder(text);
        var next = 0;
        SourceSpan? previous = null;
        for (var s = 0; next < starts.Length && s < spans.Length; s++)
        {
            var sentence = spans[s];
            if (starts[next] < sentence.Start)
            {
                if (previous is { } before)
                {
                    regions.Add(before);
                }

                while (next < starts.Length && starts[next] < sentence.Start)
                {
                    next++;
                }
            }

            if (next < starts.Length && starts[next] < sentence.End)
            {
                regions.Add(sentence);
                while (next < starts.Length && starts[next] < sentence.End)
                {
                    next++;
                }
            }

            previous = sentence;
        }

        if (next < starts.Length && previous is { } last)
        {
            regions.Add(last);
        }

        return regions.ToImmutable();
    }

    /// <summary>Widens sentences (given in order) into regions and merges those that touch.</summary>
    private struct RegionBuilder(string text)
    {
        private ImmutableArray<SourceSpan>.Builder? _regions;
        private int _start = -1;
        private int _end = -1;

        public void Add(SourceSpan sentence)
        {
            var from = WordStartAtOrBefore(text, Math.Max(0, sentence.Start - Margin));
            var to = WordEndAtOrAfter(text, Math.Min(text.Length, sentence.End + Margin));
            if (_start >= 0 && from <= _end)
            {
                _end = Math.Max(_end, to);
                return;
            }

            if (_start >= 0)
            {
                (_regions ??= ImmutableArray.CreateBuilder<SourceSpan>()).Add(SourceSpan.FromBounds(_start, _end));
            }

            (_start, _end) = (from, to);
        }

        public readonly ImmutableArray<SourceSpan> ToImmutable()
        {
            if (_start < 0)
            {
                return [];
            }

            var last = SourceSpan.FromBounds(_start, _end);
            if (_regions is null)
            {
                return [last];
            }

            _regions.Add(last);
            return _regions.ToImmutable();
        }
    }

    /// <summary>Moves back to the start of the word or number at <paramref name="at"/>, at most <see cref="Margin"/> characters.</summary>
    private static int WordStartAtOrBefore(string text, int at)
    {
        var limit = Math.Max(0, at - Margin);
        while (at > limit && !char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    /// <summary>Moves on to the end of the word or number at <paramref name="at"/>, at most <see cref="Margin"/> characters.</summary>
    private static int WordEndAtOrAfter(string text, int at)
    {
        var limit = Math.Min(text.Length, at + Margin);
        while (at < limit && !char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }
}

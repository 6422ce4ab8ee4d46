using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using ConsistencyCheck.Recognition.Dates;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Recognition;

/// <summary>
/// Runs a fixed set of <see cref="IRecognizer"/>s over a text and resolves overlaps into one ordered,
/// non-overlapping list of mentions. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Overlap rule: the longer mention wins; on equal length a temporal mention beats a quantity (so "2024" in
/// "14 March 2024" is part of a date, not a count), and otherwise the earlier-registered recognizer wins.
/// </remarks>
public sealed class TextRecognizer
{
    private readonly ImmutableArray<IRecognizer> _recognizers;

    /// <summary>Creates a recognizer over <paramref name="recognizers"/>, in priority order.</summary>
    public TextRecognizer(IEnumerable<IRecognizer> recognizers)
    {
        ArgumentNullException.ThrowIfNull(recognizers);
        _recognizers = [.. recognizers];
    }

    /// <summary>The recognizers, in priority order.</summary>
    public ImmutableArray<IRecognizer> Recognizers => _recognizers;

    /// <summary>Finds every mention in <paramref name="text"/>, ordered by start, with no two overlapping.</summary>
    /// <exception cref="OperationCanceledException">
    /// <see cref="RecognitionContext.CancellationToken"/> was cancelled; checked before each recognizer and by the
    /// built-in recognizers every few thousand characters.
    /// </exception>
    public ImmutableArray<Mention> Recognize(string text, RecognitionContext context = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Mentions run at a few per hundred characters; starting near that saves the lists' regrowth copies.
        var expected = Math.Clamp(text.Length / 64, 4, 4096);
        var found = new List<Mention>(expected);
        var priorities = new List<int>(expected);
        context = context with { Shared = _recognizers.Length > 1 ? new SharedScans() : null };

        // Asked for dates in figure sentences only, the date recognizers run last, and only in the sentences where the
        // others found something: a figure's date is read in its own sentence, so elsewhere dates change no assertion.
        var scoped = context.DatesInFigureSentencesOnly;
        for (var i = 0; i < _recognizers.Length; i++)
        {
            if (!scoped || _recognizers[i] is not DateRecognizer)
            {
                Run(i, text, context, found, priorities);
            }
        }

        if (scoped)
        {
            var regionContext = context with { Regions = RegionsAround(text, found) };
            for (var i = 0; i < _recognizers.Length; i++)
            {
                if (_recognizers[i] is DateRecognizer)
                {
                    Run(i, text, regionContext, found, priorities);
                }
            }
        }

        context.CancellationToken.ThrowIfCancellationRequested();
        var order = new int[found.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var token = context.CancellationToken;
        var compared = 0;
        Comparison<int> byPrecedence = (x, y) =>
        {
            // Sorting millions of mentions takes a second: check the token every few thousand comparisons.
            if ((++compared & (CancellationPoll.Stride - 1)) == 0)
            {
                token.ThrowIfCancellationRequested();
            }

            var byLength = found[y].Span.Length.CompareTo(found[x].Span.Length);
            if (byLength != 0)
            {
                return byLength;
            }

            var byKind = (found[x] is TemporalMention ? 0 : 1).CompareTo(found[y] is TemporalMention ? 0 : 1);
            if (byKind != 0)
            {
                return byKind;
            }

            var byPriority = priorities[x].CompareTo(priorities[y]);
            return byPriority != 0 ? byPriority : found[x].Span.Start.CompareTo(found[y].Span.Start);
        };

        try
        {
            Array.Sort(order, byPrecedence);
        }
        catch (InvalidOperationException e) when (e.InnerException is OperationCanceledException cancelled)
        {
            // Array.Sort wraps what a comparison throws; the caller expects the cancellation itself.
            ExceptionDispatchInfo.Throw(cancelled);
        }

        // One flag per character: accepted spans never overlap, so marking costs at most the text length.
        var taken = System.Buffers.ArrayPool<bool>.Shared.Rent(text.Length);
        var kept = new List<Mention>(found.Count);
        try
        {
            Array.Clear(taken, 0, text.Length);
            foreach (var i in order)
            {
                var span = found[i].Span;
                if (span.IsEmpty || span.Start < 0 || span.End > text.Length || taken.AsSpan(span.Start, span.Length).Contains(true))
                {
                    continue;
                }

                taken.AsSpan(span.Start, span.Length).Fill(true);
                kept.Add(found[i]);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<bool>.Shared.Return(taken);
        }

        kept.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return [.. kept];
    }

    /// <summary>Characters read before and after a sentence, so that a date at its edge is read as in the whole text.</summary>
    internal const int RegionMargin = 16;

    /// <summary>Texts this short are read whole: there is nothing to save.</summary>
    private const int ShortText = 512;

    private void Run(int index, string text, RecognitionContext context, List<Mention> found, List<int> priorities)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        var before = found.Count;
        _recognizers[index].Recognize(text, context, found);
        for (var j = before; j < found.Count; j++)
        {
            priorities.Add(index);
        }
    }

    /// <summary>
    /// The sentences holding a mention found so far (a mention between two sentences counts for the one before it),
    /// each widened by <see cref="RegionMargin"/> characters on both sides (out to the ends of the words there), merged
    /// where they touch; the whole text when it is short. One pass over the sentences, none of them kept.
    /// </summary>
    internal static ImmutableArray<SourceSpan> RegionsAround(string text, List<Mention> found)
    {
        if (text.Length <= ShortText)
        {
            return [new SourceSpan(0, text.Length)];
        }

        var starts = new int[found.Count];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = found[i].Span.Start;
        }

        Array.Sort(starts);
        var regions = new RegionBuilder(text);
        var sentences = new SentenceSegmenter.Cursor(text);
        var next = 0;
        SourceSpan? previous = null;
        while (next < starts.Length && sentences.MoveNext())
        {
            var sentence = sentences.Current;
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
            var from = WordStartAtOrBefore(text, Math.Max(0, sentence.Start - RegionMargin));
            var to = WordEndAtOrAfter(text, Math.Min(text.Length, sentence.End + RegionMargin));
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

    /// <summary>Moves back to the start of the word or number at <paramref name="at"/>, at most <see cref="RegionMargin"/> characters.</summary>
    private static int WordStartAtOrBefore(string text, int at)
    {
        var limit = Math.Max(0, at - RegionMargin);
        while (at > limit && !char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    /// <summary>Moves on to the end of the word or number at <paramref name="at"/>, at most <see cref="RegionMargin"/> characters.</summary>
    private static int WordEndAtOrAfter(string text, int at)
    {
        var limit = Math.Min(text.Length, at + RegionMargin);
        while (at < limit && !char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }
}

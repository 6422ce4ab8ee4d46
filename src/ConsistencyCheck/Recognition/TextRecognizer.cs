using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
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

    // Each recognizer's declared scope, read once.
    private readonly ImmutableArray<RecognizerScope> _scopes;
    private readonly bool _anyInFigureSentences;

    /// <summary>Creates a recognizer over <paramref name="recognizers"/>, in priority order.</summary>
    public TextRecognizer(IEnumerable<IRecognizer> recognizers)
    {
        ArgumentNullException.ThrowIfNull(recognizers);
        _recognizers = [.. recognizers];
        _scopes = [.. _recognizers.Select(r => r.Scope)];
        _anyInFigureSentences = _scopes.Contains(RecognizerScope.FigureSentences);
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
        return Recognize(text, null, context);
    }

    /// <summary>
    /// As <see cref="Recognize(string, RecognitionContext)"/> over the text of <paramref name="sentences"/>, whose
    /// sentences, found once for the document, bound the recognizers of scope <see cref="RecognizerScope.FigureSentences"/>
    /// when <see cref="RecognitionContext.DatesInFigureSentencesOnly"/> asks for it.
    /// </summary>
    internal ImmutableArray<Mention> Recognize(SentenceMap sentences, RecognitionContext context) =>
        Recognize(sentences.Text, sentences, context);

    private ImmutableArray<Mention> Recognize(string text, SentenceMap? sentences, RecognitionContext context)
    {
        // Mentions run at a few per hundred characters; starting near that saves the lists' regrowth copies.
        var expected = Math.Clamp(text.Length / 64, 4, 4096);
        var found = new List<Mention>(expected);
        var priorities = new List<int>(expected);
        context = context with { Shared = _recognizers.Length > 1 ? new SharedScans() : null, Regions = default };

        // Asked for dates in figure sentences only, the recognizers that read only there (the date recognizers) run
        // last, and only in the sentences where the others found something: a figure's date is read in its own
        // sentence, so elsewhere dates change no assertion.
        var scoped = context.DatesInFigureSentencesOnly && _anyInFigureSentences;
        for (var i = 0; i < _recognizers.Length; i++)
        {
            if (!scoped || _scopes[i] != RecognizerScope.FigureSentences)
            {
                Run(i, text, context, found, priorities);
            }
        }

        if (scoped)
        {
            var regionContext = context with { Regions = FigureRegions.Around(text, sentences, found) };
            for (var i = 0; i < _recognizers.Length; i++)
            {
                if (_scopes[i] == RecognizerScope.FigureSentences)
                {
                    Run(i, text, regionContext, found, priorities);
                }
            }
        }

        context.CancellationToken.ThrowIfCancellationRequested();
        return Resolve(text, found, priorities, context.CancellationToken);
    }

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

    /// <summary>Keeps, of overlapping mentions, the one the overlap rule prefers, and orders the kept ones by start.</summary>
    private static ImmutableArray<Mention> Resolve(string text, List<Mention> found, List<int> priorities, CancellationToken token)
    {
        var order = new int[found.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

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

        return KeepFirstOfEachOverlap(text, found, order);
    }

    /// <summary>Takes the mentions in <paramref name="order"/>, skipping any that overlaps one taken, and orders them by start.</summary>
    private static ImmutableArray<Mention> KeepFirstOfEachOverlap(string text, List<Mention> found, int[] order)
    {
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
}

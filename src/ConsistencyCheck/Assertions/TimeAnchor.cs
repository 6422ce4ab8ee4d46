using System.Collections.Immutable;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// The date a figure refers to: a resolved date or period in its own clause, or one opening the sentence
/// ("By Wednesday, 212 …"), else the publication date. A date in another clause ("The plant, which opened in 1974,
/// employs 2,100") does not govern the figure. A period's last day is used, never later than publication;
/// "since …" keeps the publication date, with the period as scope.
/// </summary>
internal static class TimeAnchor
{
    public static (TemporalMention? Time, DateOnly? AsOf) Of(SentenceContext sentence, Quantity quantity, DateOnly? published)
    {
        var words = sentence.Words;
        var figure = WordShapes.FirstWordAtOrAfter(words, quantity.Span.Start);
        TemporalMention? best = null;
        foreach (var mention in sentence.Temporal)
        {
            if (!mention.IsAnchored || mention.Start is null || NamesAnEvent(sentence, mention) || !Governs(words, mention, figure))
            {
                continue;
            }

            if (best is null || Math.Abs(mention.Span.Start - quantity.Span.Start) < Math.Abs(best.Span.Start - quantity.Span.Start))
            {
                best = mention;
            }
        }

        if (best is null)
        {
            return (null, published);
        }

        if (best.Modifier == TemporalModifier.Since)
        {
            return (best, published ?? best.Start);
        }

        var last = best.End is { } end ? end.AddDays(-1) : best.Start!.Value;
        return (best, published is { } pub && last > pub ? pub : last);
    }

    /// <summary>"the march on 18 October", "the flood of May 2024": a date after a noun and a preposition.</summary>
    private static bool ModifiesNoun(ImmutableArray<Word> words, int at) =>
        at >= 2 && words[at - 1].Lower is "on" or "in" or "of" && !words[at - 1].PrecededByClauseBreak &&
        WordShapes.IsAlphabetic(words[at - 2].Lower) && !Lexicons.AssertionLexicon.IsFunctionWord(words[at - 2].Lower) &&
        !Lexicons.AssertionLexicon.IsAuxiliary(words[at - 2].Lower) && !Lexicons.PredicateLexicon.Forms.ContainsKey(words[at - 2].Lower) &&
        !words[at - 2].Lower.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>"Sunday's earthquake", "last week's storm": a possessive date names an event, not the time of a figure.</summary>
    private static bool NamesAnEvent(SentenceContext sentence, TemporalMention mention)
    {
        var end = mention.Span.End;
        var text = sentence.Text;
        static bool Apostrophe(char c) => c is '\'' or '’';
        return (end + 1 < text.Length && Apostrophe(text[end]) && text[end + 1] is 's' or 'S') ||
            (end >= 2 && Apostrophe(text[end - 2]) && text[end - 1] is 's' or 'S');
    }

    private static bool PresentVerbBetween(ImmutableArray<Word> words, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (words[i].Lower is "has" or "have" or "is" or "are" or "now" or "stands" or "remains" or "currently")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Governs(ImmutableArray<Word> words, TemporalMention mention, int figure)
    {
        var at = WordShapes.FirstWordAtOrAfter(words, mention.Span.Start);
        if (at < figure)
        {
            // Before the figure: in the same clause, or opening the sentence. A date inside the subject of a present or
            // perfect verb names the event, not the time of the count: "the number arrested at the march on 18 October
            // has risen to 52" is a count as of publication.
            return at <= 1 || (!WordShapes.ClauseBreakBetween(words, at, figure) && !(ModifiesNoun(words, at) && PresentVerbBetween(words, at, figure)));
        }

        return !WordShapes.ClauseBreakBetween(words, figure, at);
    }
}

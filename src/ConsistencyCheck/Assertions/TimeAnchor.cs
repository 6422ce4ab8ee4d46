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
            if (!mention.IsAnchored || mention.Start is null || !Governs(words, mention, figure))
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

    private static bool Governs(ImmutableArray<Word> words, TemporalMention mention, int figure)
    {
        var at = WordShapes.FirstWordAtOrAfter(words, mention.Span.Start);
        if (at < figure)
        {
            // Before the figure: in the same clause, or opening the sentence.
            return at <= 1 || !WordShapes.ClauseBreakBetween(words, at, figure);
        }

        return !WordShapes.ClauseBreakBetween(words, figure, at);
    }
}

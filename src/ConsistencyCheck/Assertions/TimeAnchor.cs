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

        // "the highest since 2012, when 1,200 people caught measles": the relative clause is about 2012 itself.
        if (best.Modifier == TemporalModifier.Since && DatesARelativeClause(words, best, figure))
        {
            return (best, best.Start);
        }

        if (best.Modifier == TemporalModifier.Since)
        {
            return (best, published ?? best.Start);
        }

        var last = best.End is { } end ? end.AddDays(-1) : best.Start!.Value;

        // "Schools will be closed on Monday", "the union said it would walk out on Friday": a weekday in a clause about
        // the future is the next one, not the last, and a future date is not pulled back to the publication date.
        if (IsFuture(words, figure) || IsFor(words, best))
        {
            if (published is { } day && IsBareWeekday(best.Text) && last <= day)
            {
                last = last.AddDays(7 * (((day.DayNumber - last.DayNumber) / 7) + 1));
            }

            return (best, last);
        }

        return (best, published is { } pub && last > pub ? pub : last);
    }

    /// <summary>"cancelled 395 flights for Saturday": a day something is planned for.</summary>
    private static bool IsFor(ImmutableArray<Word> words, TemporalMention mention)
    {
        var at = WordShapes.FirstWordAtOrAfter(words, mention.Span.Start);
        return at > 0 && at < words.Length && words[at - 1].Lower == "for" && !mention.Text.StartsWith("for", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>"Monday", "on Friday", "this Sunday": a weekday without a date, which its recognizer places in the past week.</summary>
    private static bool IsBareWeekday(string text)
    {
        var lower = text.Trim().ToLowerInvariant();
        foreach (var prefix in (ReadOnlySpan<string>)["on ", "this "])
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                lower = lower[prefix.Length..];
            }
        }

        return Array.IndexOf(Weekdays, lower) >= 0;
    }

    /// <summary>
    /// True when the figure's clause speaks of the future: a modal of the future ("will", "would", "shall", "'ll")
    /// or a schedule ("due to", "set to", "scheduled", "planned") before the figure within its clause, or just after it.
    /// </summary>
    private static bool IsFuture(ImmutableArray<Word> words, int figure)
    {
        var from = figure;
        while (from > 0 && !words[from].PrecededByClauseBreak)
        {
            from--;
        }

        var to = Math.Min(words.Length, figure + 6);
        for (var i = from; i < to; i++)
        {
            if (i > figure && words[i].PrecededByClauseBreak)
            {
                break;
            }

            var lower = words[i].Lower;
            if (lower is "will" or "would" or "shall" or "won't" or "wo" or "'ll" or "scheduled" or "planned" ||
                (lower is "due" or "set" && i + 1 < words.Length && words[i + 1].Lower == "to") ||
                lower.EndsWith("'ll", StringComparison.Ordinal) || lower.EndsWith("’ll", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// "Storm Aldo in 2022, which … cut power to 340,000 homes", "since 2012, when 1,200 people caught measles": a date
    /// ending the phrase a relative clause hangs on dates that clause, when the figure stands in it.
    /// </summary>
    private static bool DatesARelativeClause(ImmutableArray<Word> words, TemporalMention mention, int figure)
    {
        var next = WordShapes.FirstWordAtOrAfter(words, mention.Span.End);
        return next < figure && words[next].PrecededByClauseBreak && words[next].Lower is "which" or "who" or "when" &&
            !WordShapes.ClauseBreakBetween(words, next, figure);
    }

    private static bool Governs(ImmutableArray<Word> words, TemporalMention mention, int figure)
    {
        var at = WordShapes.FirstWordAtOrAfter(words, mention.Span.Start);
        if (at < figure)
        {
            // Before the figure: in the same clause, or opening the sentence. A date inside the subject of a present or
            // perfect verb names the event, not the time of the count: "the number arrested at the march on 18 October
            // has risen to 52" is a count as of publication.
            return at <= 1 || (!WordShapes.ClauseBreakBetween(words, at, figure) && !(ModifiesNoun(words, at) && PresentVerbBetween(words, at, figure))) ||
                DatesARelativeClause(words, mention, figure);
        }

        return !WordShapes.ClauseBreakBetween(words, figure, at);
    }
}

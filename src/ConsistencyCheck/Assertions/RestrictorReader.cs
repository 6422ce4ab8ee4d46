using System.Collections.Immutable;
using ConsistencyCheck.Assertions.Lexicons;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// Finds what narrows what is counted: modifiers ("remaining", "additional"), the place ("in the old town",
/// "In the northern district of Harl's Ford, …"), another event of the same kind ("in a second protest"), and a
/// capacity rather than a count ("licensed to carry 350").
/// Places are recorded as <c>place:</c> followed by their content words.
/// </summary>
internal static class RestrictorReader
{
    private const int PlaceWords = 7;

    public static void ReadModifiers(ImmutableArray<Word> words, int figure, int subjectEnd, ISet<string> restrictors)
    {
        for (var i = Math.Max(0, figure - 2); i <= subjectEnd && i < words.Length; i++)
        {
            // "a sample of 10,000 customer records": a part drawn from a whole.
            if (i + 1 == figure && words[i].Lower == "of" && i > 0 && words[i - 1].Lower is "sample" or "subset" or "fraction" or "portion")
            {
                restrictors.Add("part");
            }
        }

        for (var i = Math.Max(0, figure - 2); i <= subjectEnd && i < words.Length; i++)
        {
            var lower = words[i].Lower;
            if (lower is "additional" or "further" or "another" or "extra" or "more" or "added" or "adds" or "adding" && i < figure)
            {
                restrictors.Add("additional");
            }
            else if (lower is "remaining" or "surviving" or "missing" or "alive" or "previous" or "earlier" or "new" or "other")
            {
                restrictors.Add(lower);
            }
            else if (lower is "suspected" or "probable" or "possible" or "presumed" or "unconfirmed" && i > figure)
            {
                // "217 confirmed and suspected cases" counts more than the confirmed ones.
                restrictors.Add("suspected");
            }
        }
    }

    /// <summary>
    /// "licensed to carry 350 passengers", "able to hold 4,000", "has room for 4,000", "can seat 500": a capacity, not
    /// a count of what is there. Read in the few words before the figure, within its clause.
    /// </summary>
    public static void ReadCapacity(ImmutableArray<Word> words, int figure, ISet<string> restrictors)
    {
        for (var i = figure - 1; i >= 0 && i >= figure - 4; i--)
        {
            if (words[i].Lower is "licensed" or "licenced" or "able" or "designed" or "permitted" or "allowed" or "capacity" or "room" or "can" or "cannot" or "certified")
            {
                restrictors.Add("capacity");
                return;
            }

            if (words[i].PrecededByClauseBreak)
            {
                return;
            }
        }
    }

    /// <summary>
    /// "closed two of the three access lanes", "14 of Kerrin's 19 districts", "one of 11 zones": the figure after "of" counts
    /// the whole a first figure is a part of. It is not what the sentence says of the part, so it is kept apart.
    /// </summary>
    public static void ReadWhole(ImmutableArray<Word> words, int figure, ISet<string> restrictors)
    {
        if (figure < 1 || figure >= words.Length)
        {
            return;
        }

        var i = figure - 1;
        while (i >= 0 && figure - i <= 2 && !words[i + 1].PrecededByClauseBreak &&
            (words[i].Lower is "the" or "those" or "these" or "its" or "their" or "his" or "her" || WordShapes.IsPossessive(words[i].Lower)))
        {
            i--;
        }

        if (i >= 1 && words[i].Lower == "of" && !words[i + 1].PrecededByClauseBreak && !words[i].PrecededByClauseBreak &&
            WordShapes.IsFigureWord(words[i - 1].Lower))
        {
            restrictors.Add("whole");
        }
    }

    /// <summary>
    /// "The port normally handles about 11,500 containers a day": a frequency adverb in the figure's clause before it
    /// makes the figure habitual, a standing fact rather than the state of one day, so it does not change from one day's
    /// report to the next.
    /// </summary>
    public static void ReadHabitual(ImmutableArray<Word> words, int figure, ISet<string> restrictors)
    {
        for (var i = Math.Min(figure, words.Length) - 1; i >= 0 && i >= figure - 6; i--)
        {
            if (words[i].Lower is "normally" or "usually" or "typically" or "ordinarily" or "generally" or "routinely" or "customarily")
            {
                restrictors.Add("habitual");
                return;
            }

            if (words[i].PrecededByClauseBreak)
            {
                return;
            }
        }
    }

    /// <summary>A place phrase after the subject or predicate, else a place phrase that opens the sentence before the figure.</summary>
    public static void ReadPlace(ImmutableArray<Word> words, int figure, int subjectEnd, ISet<string> restrictors)
    {
        var place = PlaceAfter(words, subjectEnd + 1) ?? PlaceOpening(words, figure);
        if (place is not null)
        {
            restrictors.Add("place:" + place.Value.Text);
            if (place.Value.IsSubArea)
            {
                restrictors.Add("subarea");
            }
        }
    }

    /// <summary>"in a second march", "a separate petition", "a smaller group of 109 marched in …": a different event or group of the same kind.</summary>
    public static void ReadEvent(ImmutableArray<Word> words, int figure, ISet<string> restrictors)
    {
        for (var i = Math.Max(0, figure - 6); i + 1 < words.Length && i < figure + 10; i++)
        {
            if (words[i].Lower is "a" or "an" && words[i + 1].Lower is "second" or "third" or "separate" or "different" or "new" or "fresh" or "rival" or "smaller" or "larger" or
                "splinter" or "parallel" or "counter" or "counter-protest")
            {
                restrictors.Add("event:" + words[i + 1].Lower);
                return;
            }
        }

        // "Shares fell 9.4% in early trading", "were down 12% at one point": a moment within the day, not the close.
        for (var i = Math.Max(0, figure - 6); i + 1 < words.Length && i < figure + 8; i++)
        {
            if ((words[i].Lower is "early" or "morning" or "afternoon" or "midday" && words[i + 1].Lower is "trading" or "trade" or "deals") ||
                (words[i].Lower == "one" && words[i + 1].Lower == "point" && i > 0 && words[i - 1].Lower == "at") || words[i].Lower == "intraday")
            {
                restrictors.Add("event:intraday");
                return;
            }
        }

        // "Aurelian's last strike, by cabin crew in 2023, cancelled 1,100 flights", "cabin crew at rival Norsa Air
        // cancelled 90 flights", "the previous outbreak": the subject names an earlier or another party's event.
        for (var i = Math.Max(0, figure - 8); i + 1 < figure; i++)
        {
            var lower = words[i].Lower;
            if (lower is "rival" or "competitor" && !words[i + 1].PrecededByClauseBreak)
            {
                restrictors.Add("event:rival");
                return;
            }

            if (lower is "last" or "previous" or "earlier" or "prior" or "former" && !words[i + 1].PrecededByClauseBreak &&
                WordShapes.IsAlphabetic(words[i + 1].Lower) && !AssertionLexicon.IsFunctionWord(words[i + 1].Lower) && !IsTimeOrPeriod(words[i + 1].Lower))
            {
                restrictors.Add("event:previous");
                return;
            }
        }
    }

    private static bool IsTimeOrPeriod(string lower) => IsTimeWord(lower) || lower is "years" or "week" or "weeks" or "month" or "months" or "day" or "days" or
        "night" or "nights" or "weekend" or "time" or "season" or "quarter" or "hour" or "hours" or "decade" or "century" or "summer" or
        "winter" or "spring" or "autumn" or "fall" or "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or
        "sunday" or "january" or "february" or "march" or "april" or "may" or "june" or "july" or "august" or "september" or "october" or
        "november" or "december" or "minute" or "minutes";

    private static (string Text, bool IsSubArea)? PlaceAfter(ImmutableArray<Word> words, int start)
    {
        for (var i = start; i < words.Length && i < start + 5; i++)
        {
            if (i > start && words[i].PrecededByClauseBreak)
            {
                return null;
            }

            if (IsPlacePreposition(words, i))
            {
                return Phrase(words, i + 1);
            }
        }

        return null;
    }

    private static (string Text, bool IsSubArea)? PlaceOpening(ImmutableArray<Word> words, int figure)
    {
        // "In the town of Orrin, across the estuary, about 600 people marched": a leading adverbial of place.
        return figure > 1 && IsPlacePreposition(words, 0) && WordShapes.ClauseBreakBetween(words, 0, figure) ? Phrase(words, 1) : null;
    }

    private static bool IsPlacePreposition(ImmutableArray<Word> words, int i) =>
        words[i].Lower is "in" or "across" or "inside" or "outside" or "near" or "throughout" or "through" ||
        (words[i].Lower == "from" && i > 0 && words[i - 1].Lower is "evacuated" or "fled" or "rescued" or "moved");

    /// <summary>
    /// The content words of a place phrase, or null when it names no place: a place has a proper noun ("in Fenwick")
    /// or a direction or part of an area ("in the north", "in the northern districts"); "in shelters" and "in the
    /// flooding" are not places. A phrase naming a part of an area is marked, because its figure may be part of a whole.
    /// </summary>
    private static (string Text, bool IsSubArea)? Phrase(ImmutableArray<Word> words, int start)
    {
        var content = new List<string>();
        var named = false;
        var subArea = false;
        for (var j = start; j < words.Length && j < start + PlaceWords; j++)
        {
            if (j > start && words[j].PrecededByClauseBreak)
            {
                break;
            }

            var lower = words[j].Lower;
            var bare = lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal) ? lower[..^2] : lower;

            // A date ("in Sunday's earthquake"), a verb ("in the valley rose to 41") or a second phrase ("in early
            // trading in Harlow") ends the place.
            if (lower is "on" or "at" or "by" or "after" or "before" or "since" or "during" or "when" or "while" or "as" or "and" or "to" or "for" ||
                IsTimeWord(bare) || (lower == "in" && j > start) || (!words[j].IsCapitalized && PredicateLexicon.Forms.ContainsKey(lower)))
            {
                break;
            }

            // "In Brisca alone, 9,000 …": one place singled out of a larger area.
            if (lower == "alone")
            {
                subArea = true;
                continue;
            }

            subArea |= IsSubAreaWord(lower);
            if (!AssertionLexicon.IsFunctionWord(lower) && !IsGenericPlaceNoun(lower) && WordShapes.IsAlphabetic(lower))
            {
                named |= words[j].IsCapitalized || IsSubAreaWord(lower);
                content.Add(lower);
            }
        }

        return content.Count == 0 || !named ? null : (string.Join(' ', content), subArea);
    }

    private static bool IsSubAreaWord(string lower) => lower is "north" or "south" or "east" or "west" or "northern" or "southern" or
        "eastern" or "western" or "central" or "district" or "districts" or "neighbourhood" or "neighborhood" or "suburb" or
        "suburbs" or "quarter" or "ward" or "village" or "villages" or "outskirts" or "part" or "parts" or "old";

    private static bool IsGenericPlaceNoun(string lower) => lower is "town" or "city" or "village" or "district" or "region" or "area" or
        "county" or "province" or "state" or "centre" or "center" or "part" or "parts" or "side";

    private static bool IsTimeWord(string lower) => lower is "january" or "february" or "march" or "april" or "may" or "june" or "july" or
        "august" or "september" or "october" or "november" or "december" or "week" or "month" or "year" or "morning" or "evening" or
        "night" or "overnight" or "afternoon" or "today" or "yesterday" or "trading" or "early" or "late" or "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" or "total";
}

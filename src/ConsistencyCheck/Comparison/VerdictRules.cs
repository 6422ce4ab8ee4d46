using ConsistencyCheck.Assertions;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Text.Lexical;

namespace ConsistencyCheck.Comparison;

/// <summary>
/// Judges two assertions about the same quantity. The rules, in order (docs/semantics.md, "Verdicts"):
/// <list type="number">
/// <item>Both name different places → no finding (different things).</item>
/// <item>Their intervals, hedges and rounding read, share a value → <see cref="FindingKind.Agreement"/>.</item>
/// <item>Otherwise, their dates lie more than <see cref="ComparisonOptions.SameTimeToleranceDays"/> apart, or a running
/// total (a cumulative predicate) stands higher on a later day → <see cref="FindingKind.ChangedOverTime"/>, with whether
/// the direction is plausible for a running total.</item>
/// <item>Otherwise → <see cref="FindingKind.Contradiction"/>.</item>
/// </list>
/// </summary>
public sealed class VerdictRules
{
    /// <summary>Creates the rules with <paramref name="options"/>.</summary>
    public VerdictRules(ComparisonOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The tolerances.</summary>
    public ComparisonOptions Options { get; }

    /// <summary>The interval a figure allows once its rounding is read (when <see cref="ComparisonOptions.ReadRounding"/> is on).</summary>
    public Interval EffectiveInterval(Quantity quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        var interval = quantity.Interval;

        // Only an unhedged figure is widened: a hedge ("about", "nearly", "more than") already says how far it reaches.
        if (!Options.ReadRounding || quantity.Qualifier != Qualifier.Exact || quantity.Precision is not { } precision || precision <= 1)
        {
            return interval;
        }

        // Rounding half up: "4.6 million" stands for [4.55, 4.65) million, so it does not meet "4.5 million" [4.45, 4.55).
        var half = precision / 2;
        return interval with { Low = interval.Low - half, High = interval.High + half, HighInclusive = false };
    }

    /// <summary>How the interval of <paramref name="first"/> relates to that of <paramref name="second"/>.</summary>
    public static IntervalRelation Relate(Interval first, Interval second)
    {
        if (first == second)
        {
            return IntervalRelation.Equal;
        }

        if (!first.Intersects(second))
        {
            return IntervalRelation.Disjoint;
        }

        if (second.Covers(first))
        {
            return IntervalRelation.Within;
        }

        return first.Covers(second) ? IntervalRelation.Contains : IntervalRelation.Overlaps;
    }

    /// <summary>The finding for the pair, or null when they should not be compared. <paramref name="first"/> is the earlier.</summary>
    public Finding? Judge(Assertion first, Assertion second, string clusterId)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Decide(first, second, null) is { } verdict ? ToFinding(first, second, verdict, clusterId) : null;
    }

    /// <summary>The verdict of <see cref="Judge"/> as a finding with its reason.</summary>
    internal Finding ToFinding(Assertion first, Assertion second, in Verdict verdict, string clusterId) =>
        new(verdict.Kind, [first.Id, second.Id], verdict.Relation, verdict.Confidence, Reason(first, second, verdict), clusterId);

    /// <summary>The reason <see cref="Judge"/> gives for <paramref name="verdict"/> on the pair.</summary>
    internal FindingReason Reason(Assertion first, Assertion second, in Verdict verdict) => verdict.Kind switch
    {
        FindingKind.Agreement when verdict.Relation == IntervalRelation.Equal =>
            new SameFigureReason(!first.Quantity.Text.Equals(second.Quantity.Text, StringComparison.OrdinalIgnoreCase)),
        FindingKind.Agreement => new SharedValuesReason(Shared(EffectiveInterval(first.Quantity), EffectiveInterval(second.Quantity))),
        FindingKind.ChangedOverTime => Change(first, second, verdict.Days!.Value),
        _ => new ContradictionReason(verdict.Days),
    };

    /// <summary>The change from <paramref name="first"/> to <paramref name="second"/>, <paramref name="days"/> apart.</summary>
    internal static ChangeReason Change(Assertion first, Assertion second, int days)
    {
        var direction = Compare(first.Quantity, second.Quantity);
        var plausibility = first.Predicate.Kind switch
        {
            PredicateKind.Cumulative when direction > 0 => ChangePlausibility.RunningTotalGrew,
            PredicateKind.Cumulative when direction < 0 => ChangePlausibility.RunningTotalShrank,
            PredicateKind.Stock => ChangePlausibility.LevelMoved,
            _ => ChangePlausibility.NotJudged,
        };
        return new ChangeReason(days, direction > 0 ? ChangeDirection.Rose : direction < 0 ? ChangeDirection.Fell : ChangeDirection.Unclear, plausibility);
    }

    /// <summary>
    /// What <see cref="Judge"/> decides, without the reason (built only for a finding that is kept), or null when
    /// the pair should not be compared. <paramref name="places"/>, when given, remembers place similarities already
    /// computed (for one cluster, on one thread).
    /// </summary>
    internal Verdict? Decide(Assertion first, Assertion second, Dictionary<(string, string), bool>? places)
    {
        // The restrictors themselves ("place:…") stand for the places: equal restrictors, equal places.
        var placeA = PlaceRestrictor(first);
        var placeB = PlaceRestrictor(second);
        if (placeA is not null && placeB is not null && !string.Equals(placeA, placeB, StringComparison.Ordinal) && !SimilarPlaces(placeA, placeB, places))
        {
            return null;
        }

        var a = EffectiveInterval(first.Quantity);
        var b = EffectiveInterval(second.Quantity);
        var relation = Relate(first.Quantity.Interval, second.Quantity.Interval);
        if (relation == IntervalRelation.Disjoint && a.Intersects(b))
        {
            relation = IntervalRelation.Overlaps;
        }

        var days = first.AsOf is { } d1 && second.AsOf is { } d2 ? Math.Abs(d2.DayNumber - d1.DayNumber) : (int?)null;
        // Habitual figures ("normally handles 11,500 containers a day") are standing facts: reported days apart, still one time.
        var sameTime = days is null || days <= Options.SameTimeToleranceDays ||
            (first.Restrictors.Contains("habitual") && second.Restrictors.Contains("habitual"));

        // A figure for part of an area ("in the northern district of Harl's Ford") against a figure naming no place is
        // likely a part against its whole: agreement or a change over time can be reported, a contradiction cannot.
        if (relation == IntervalRelation.Disjoint && sameTime && (placeA is null) != (placeB is null) &&
            (first.Restrictors.Contains("subarea") || second.Restrictors.Contains("subarea")))
        {
            return null;
        }

        // Dates stated as facts are joined by their event's verb or noun alone, which does not show that two outlets
        // speak of the same event ("met on Thursday" / "met on Friday" may be two meetings): they are reported when they
        // are the same date, and a disagreement is withheld until the event itself is linked.
        // A date agrees only with the same date at the same grain: "Friday" within "this week" says nothing.
        if (relation != IntervalRelation.Equal && (IsDate(first.Quantity) || IsDate(second.Quantity)))
        {
            return null;
        }

        // Figures of one sentence are one statement: a part and its whole ("closed two of the three lanes"), a change
        // ("rose from 52,000 to 55,000"), a tally ("passed 301-12") or a comparison ("$4.1 million to his $90,000"). A
        // writer does not contradict himself within a sentence, so different values there are never a flag.
        if (relation == IntervalRelation.Disjoint && first.DocumentId == second.DocumentId && first.Sentence == second.Sentence)
        {
            return null;
        }

        // Two figures of which the lexicon read no predicate share only a noun. When the verbs that govern them differ
        // and are not synonyms in WordNet ("went through tens of thousands of pages" / "found roughly 900 pages"), they
        // count different things; values that agree are still evidence of the same thing, so only a flag is withheld.
        if (relation == IntervalRelation.Disjoint && first.Predicate.IsNone && second.Predicate.IsNone && DifferentVerbs(first.Verb, second.Verb))
        {
            return null;
        }

        // Another event of the same kind ("a second march") is not the same quantity; nor are figures years apart
        // ("Storm Aldo in 2022 … cut power to 340,000 homes"), even when they happen to agree.
        if (!EventsMatch(first, second) || days > Options.MaxChangeOverTimeDays)
        {
            return null;
        }

        var confidence = Confidence(first, second, placeA, placeB);
        FindingKind kind;
        if (relation != IntervalRelation.Disjoint)
        {
            kind = FindingKind.Agreement;
        }
        else if (!sameTime || IsRunningTotalGrowth(first, second, days))
        {
            kind = FindingKind.ChangedOverTime;
        }
        else
        {
            kind = FindingKind.Contradiction;
            if (days is null)
            {
                confidence -= 0.15;
            }
        }

        return new Verdict(kind, relation, Math.Round(Math.Clamp(confidence, 0, 1), 2), days);
    }

    /// <summary>A decision of <see cref="Decide"/>: kind, relation, rounded confidence and the days between the figures.</summary>
    internal readonly record struct Verdict(FindingKind Kind, IntervalRelation Relation, double Confidence, int? Days);

    private bool SimilarPlaces(string placeA, string placeB, Dictionary<(string, string), bool>? places)
    {
        if (places is null)
        {
            return Similar(placeA, placeB);
        }

        if (!places.TryGetValue((placeA, placeB), out var similar))
        {
            places[(placeA, placeB)] = similar = Similar(placeA, placeB);
        }

        return similar;
    }

    private bool Similar(string placeA, string placeB) =>
        FuzzySharp.Fuzz.TokenSetRatio(placeA[PlacePrefix.Length..], placeB[PlacePrefix.Length..]) >= Options.MinimumPlaceSimilarity;

    /// <summary>
    /// A running total reported on a later day at a higher figure ("two killed" on Sunday, "the death toll rose to four"
    /// on Monday) has grown: within the same-time tolerance, a change rather than a contradiction. A lower later figure
    /// still contradicts, since a running total should not shrink.
    /// </summary>
    private static bool IsRunningTotalGrowth(Assertion first, Assertion second, int? days)
    {
        // A running total is known as of the day it was reported: two reports published the same day ("three killed on
        // Thursday evening", "four have died" the next morning) are the same moment, however their sentences date the event.
        if (days is not >= 1 || first.Predicate.Kind != PredicateKind.Cumulative || second.Predicate.Kind != PredicateKind.Cumulative ||
            first.Published is not { } a || second.Published is not { } b || a == b)
        {
            return false;
        }

        var (earlier, later) = a < b ? (first, second) : (second, first);
        return Compare(earlier.Quantity, later.Quantity) > 0 && StatesAnUpdate(later);
    }

    /// <summary>
    /// Words with which a report states a running total as it stands now ("the death toll rose to four", "bringing the
    /// total to 830", "has climbed to", "so far"): without one, a higher figure the next day may be a rival count.
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> UpdateWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "toll", "total", "tally", "rose", "risen", "rises", "climbed", "climbs", "increased", "reached", "raising", "bringing",
        "brings", "brought", "now", "far", "latest", "updated", "revised", "grown", "grew", "mounted", "mounting",
    ], StringComparer.Ordinal);

    private static bool StatesAnUpdate(Assertion assertion)
    {
        // Only words next to the figure: up to 40 characters before it ("the death toll rose to", "bringing the total
        // to") and 15 after ("14 so far", "is now"). "when the river rose above the wall" later on is another matter.
        var sentence = assertion.SentenceText;
        var figureStart = assertion.Quantity.Span.Start - assertion.Sentence.Start;
        var figureEnd = figureStart + assertion.Quantity.Span.Length;
        if (figureStart < 0 || figureEnd > sentence.Length)
        {
            return false;
        }

        var from = Math.Max(0, figureStart - 40);
        var to = Math.Min(sentence.Length, figureEnd + 15);
        var start = -1;
        for (var i = from; i <= to; i++)
        {
            var letter = i < to && char.IsLetter(sentence[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start is >= 3 and <= 9 && UpdateWords.Contains(sentence[start..i].ToLowerInvariant()))
                {
                    return true;
                }

                start = -1;
            }
        }

        return false;
    }

    private static bool EventsMatch(Assertion a, Assertion b)
    {
        // The "event:" restrictors of both, in order, must be the same sequence.
        var x = a.Restrictors;
        var y = b.Restrictors;
        int i = 0, j = 0;
        while (true)
        {
            while (i < x.Length && !x[i].StartsWith("event:", StringComparison.Ordinal))
            {
                i++;
            }

            while (j < y.Length && !y[j].StartsWith("event:", StringComparison.Ordinal))
            {
                j++;
            }

            if (i == x.Length || j == y.Length)
            {
                return i == x.Length && j == y.Length;
            }

            if (!string.Equals(x[i], y[j], StringComparison.Ordinal))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    /// <summary>
    /// True when both verbs are known and unrelated in WordNet: not the same, not synonyms, and neither a more general
    /// verb of the other within <see cref="MaxVerbSteps"/> steps ("ask" for and "demand" a ransom are related).
    /// </summary>
    private static bool DifferentVerbs(string? a, string? b)
    {
        if (a is null || b is null || string.Equals(a, b, StringComparison.Ordinal))
        {
            return false;
        }

        var wordNet = WordNetLexicon.Shared;
        return !wordNet.Synonyms(a, PartOfSpeech.Verb, MaxVerbSenses).Contains(b, StringComparer.Ordinal) &&
            !wordNet.Synonyms(b, PartOfSpeech.Verb, MaxVerbSenses).Contains(a, StringComparer.Ordinal) &&
            !wordNet.IsMoreGeneral(a, b, PartOfSpeech.Verb, MaxVerbSenses, MaxVerbSteps) &&
            !wordNet.IsMoreGeneral(b, a, PartOfSpeech.Verb, MaxVerbSenses, MaxVerbSteps);
    }

    /// <summary>How many senses of a verb are searched (WordNet orders senses by frequency).</summary>
    private const int MaxVerbSenses = 4;

    /// <summary>How many hypernym steps may separate two related verbs.</summary>
    private const int MaxVerbSteps = 2;

    private static bool IsDate(Quantity quantity) => quantity.Type is EntityType.Date or EntityType.DateRange or EntityType.DateTime;

    private static double Confidence(Assertion a, Assertion b, string? placeA, string? placeB)
    {
        var confidence = 0.9;
        if (a.Predicate.IsNone || b.Predicate.IsNone)
        {
            confidence -= 0.1;
        }

        if (a.Subject.Head != b.Subject.Head)
        {
            confidence -= 0.1;
        }

        if (a.Predicate.Kind == PredicateKind.Unknown)
        {
            confidence -= 0.05;
        }

        if (a.IsHedgedClaim || b.IsHedgedClaim)
        {
            confidence -= 0.1;
        }

        if ((placeA is null) != (placeB is null))
        {
            confidence -= 0.15;
        }

        if (a.Quantity.Qualifier == Qualifier.Vague || b.Quantity.Qualifier == Qualifier.Vague)
        {
            confidence -= 0.1;
        }

        return confidence;
    }

    private static int Compare(Quantity a, Quantity b)
    {
        var x = a.Stated ?? a.Interval.Low ?? a.Interval.High ?? 0;
        var y = b.Stated ?? b.Interval.Low ?? b.Interval.High ?? 0;
        return y.CompareTo(x);
    }

    /// <summary>The values both intervals allow: the larger lower bound and the smaller upper bound, each with its inclusiveness.</summary>
    private static Interval Shared(Interval x, Interval y)
    {
        var (low, lowInclusive) = x.Low is null ? (y.Low, y.LowInclusive) : y.Low is null ? (x.Low, x.LowInclusive)
            : x.Low > y.Low ? (x.Low, x.LowInclusive) : x.Low < y.Low ? (y.Low, y.LowInclusive) : (x.Low, x.LowInclusive && y.LowInclusive);
        var (high, highInclusive) = x.High is null ? (y.High, y.HighInclusive) : y.High is null ? (x.High, x.HighInclusive)
            : x.High < y.High ? (x.High, x.HighInclusive) : x.High > y.High ? (y.High, y.HighInclusive) : (x.High, x.HighInclusive && y.HighInclusive);
        return new Interval(low, high, lowInclusive, highInclusive);
    }

    private const string PlacePrefix = "place:";

    /// <summary>The first "place:" restrictor of <paramref name="a"/>, prefix and all, or null.</summary>
    private static string? PlaceRestrictor(Assertion a)
    {
        foreach (var r in a.Restrictors)
        {
            if (r.StartsWith(PlacePrefix, StringComparison.Ordinal))
            {
                return r;
            }
        }

        return null;
    }
}

using System.Collections.Immutable;
using ConsistencyCheck.Assertions.Lexicons;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// Reads what a figure counts from the situation its words describe, where the verb alone does not say or says
/// wrongly: a part of a whole ("The dead included 12 children"), a market close ("closed 8 per cent lower"), people
/// taken to or kept in hospital, premises without power, crews at a scene, an organisation's workforce. Runs after
/// <see cref="PredicateReader"/> and may replace its predicate (and, for an outage, the subject's class). Immutable
/// and thread-safe.
/// </summary>
internal sealed class SituationReader(AssertionLexicon lexicon)
{
    private static readonly string[] HospitalNouns = ["hospital", "hospitals", "infirmary", "clinic", "clinics"];

    private static readonly string[] Utilities = ["power", "electricity", "supply", "supplies", "water", "gas", "heating", "internet", "broadband", "phone"];

    /// <summary>The subject and predicate of the figure spanning words <paramref name="firstOfFigure"/> to <paramref name="lastOfFigure"/>, given those read so far.</summary>
    /// <param name="words">The words of the sentence.</param>
    /// <param name="quantity">The figure.</param>
    /// <param name="firstOfFigure">The figure's first word.</param>
    /// <param name="lastOfFigure">The figure's last word.</param>
    /// <param name="subjectEnd">The last word of the subject read (the figure's last word when the subject stands before it).</param>
    /// <param name="subject">The subject read.</param>
    /// <param name="predicate">The predicate <see cref="PredicateReader"/> read.</param>
    /// <param name="previous">The assertion read from the previous figure of the sentence, if any.</param>
    /// <param name="restrictors">The figure's restrictors so far; "part" is added for a part of a whole.</param>
    public (Subject Subject, Predicate Predicate) Read(
        ImmutableArray<Word> words, Quantity quantity, int firstOfFigure, int lastOfFigure, int subjectEnd, Subject subject, Predicate predicate, Assertion? previous, ISet<string> restrictors)
    {
        // "The passengers included 48 children": a part of a whole named before the verb, counted by the whole's
        // predicate when the whole names one ("The dead included 12 children"), else by none.
        if (firstOfFigure > 0 && words[firstOfFigure - 1].Lower is "included" or "include" or "includes")
        {
            restrictors.Add("part");
            predicate = firstOfFigure > 1 && NominalLexicon.Nouns.TryGetValue(words[firstOfFigure - 2].Lower, out var wholeClass) &&
                lexicon.TryGetPredicate(wholeClass, out var wholeEntry)
                ? new Predicate(words[firstOfFigure - 2].Lower, wholeClass, wholeEntry.Kind)
                : Predicate.None;
        }

        if (predicate.IsNone && restrictors.Contains("part") && previous is { } whole)
        {
            predicate = whole.Predicate;
        }

        // "Six of the city's 19 libraries would close": the figure after a partitive counts the whole, of which only
        // the first figure's part is said to close.
        if (IsWholeOfAPart(words, firstOfFigure))
        {
            predicate = Predicate.None;
        }

        // "Shares closed 8 per cent lower", "closed down 9%": a market closes at a change, it is not a closure.
        if (predicate.Class == "closed" && SubjectReader.IsAmount(quantity))
        {
            predicate = MarketClose(words, firstOfFigure, lastOfFigure);
        }

        // "Nine were taken to hospital", "23 people went to the infirmary", "five are in hospital": treated in hospital.
        if ((predicate.IsNone || (predicate.Kind == PredicateKind.Unknown && (IsMovedTo(predicate.Text) || predicate.Text is "needed" or "required" or "received"))) && quantity.Unit is null && (subject.IsNone || PeopleGroups.IsGroup(lexicon, subject) || subject.Class == SubjectLexicon.Any) &&
            Hospital(words, subjectEnd + 1) is { } movedThere)
        {
            // Taken there is a count of admissions; being there now is a level, like "being treated".
            predicate = movedThere
                ? new Predicate("taken to hospital", "treated", PredicateKind.Cumulative)
                : new Predicate("in hospital", "remain", PredicateKind.Stock);
        }

        // "212,400 customers were without supply", "210,000 homes lost power": an outage, whatever verb carries it;
        // homes, households and a utility's customers are then one count of premises.
        // Those that "remain without power" stay a count of what remains, apart from the outage at its height.
        var outage = IsOutage(words, subjectEnd + 1) || CutsSupplyTo(words, firstOfFigure);
        if ((predicate.IsNone || predicate.Class is "cut" or "affected") && outage)
        {
            predicate = new Predicate("without power", "outage", PredicateKind.Stock);
        }

        if ((predicate.Class is "outage" or "restored" || outage) && subject.Class is "customer" or "family" or "tenant")
        {
            subject = subject with { Class = "home" };
        }

        return (subject, ReadPresence(words, firstOfFigure, subjectEnd, subject, predicate));
    }

    /// <summary>Crews somewhere ("600 firefighters were on the fire lines") and a workforce ("its 300 staff"), when no verb says more.</summary>
    private Predicate ReadPresence(ImmutableArray<Word> words, int firstOfFigure, int subjectEnd, Subject subject, Predicate predicate)
    {
        // "600 firefighters were on the fire lines", "200 police officers are at the scene": crews somewhere are deployed.
        if (predicate.IsNone && IsDeployable(lexicon.SubjectClass(subject.Head)) && subjectEnd + 2 < words.Length &&
            words[subjectEnd + 1].Lower is "were" or "are" or "was" or "remain" or "remained" && words[subjectEnd + 2].Lower is "on" or "at" or "in" or "across")
        {
            lexicon.TryGetPredicate("deployed", out var deployed);
            predicate = new Predicate(words[subjectEnd + 1].Lower + " " + words[subjectEnd + 2].Lower, "deployed", deployed.Kind);
        }

        // "The plant's 2,100 workers", "its 300 staff": a workforce owned by an organisation is its headcount.
        if (predicate.IsNone && lexicon.SubjectClass(subject.Head) == "worker" && firstOfFigure > 0 && WordShapes.IsPossessive(words[firstOfFigure - 1].Lower))
        {
            lexicon.TryGetPredicate("employed", out var employed);
            predicate = new Predicate(words[firstOfFigure - 1].Lower, "employed", employed.Kind);
        }

        return predicate;
    }

    private static bool IsDeployable(string subjectClass) => subjectClass is "firefighter" or "troops" or "police" or "rescuer" or "fighter" or "health worker";

    private static bool IsWholeOfAPart(ImmutableArray<Word> words, int firstOfFigure)
    {
        var of = firstOfFigure - 1;
        for (var skipped = 0; skipped < 2 && of >= 1 && (WordShapes.IsPossessive(words[of].Lower) || words[of].Lower is "the"); skipped++)
        {
            of--;
        }

        if (of < 1 || words[of].Lower != "of" || words[of].PrecededByClauseBreak)
        {
            return false;
        }

        return WordShapes.IsFigureWord(words[of - 1].Lower);
    }

    private Predicate MarketClose(ImmutableArray<Word> words, int firstOfFigure, int lastOfFigure)
    {
        for (var i = Math.Max(0, firstOfFigure - 2); i < words.Length && i <= lastOfFigure + 2; i++)
        {
            var change = words[i].Lower switch
            {
                "lower" or "down" => "fell",
                "higher" or "up" => "rose",
                _ => null,
            };
            if (change is not null && lexicon.TryGetPredicate(change, out var entry))
            {
                return new Predicate("closed " + words[i].Lower, change, entry.Kind);
            }
        }

        return Predicate.None;
    }

    private static bool IsMovedTo(string lower) =>
        lower is "taken" or "rushed" or "flown" or "airlifted" or "brought" or "went" or "sent" or "admitted" or "transferred";

    /// <summary>"were without power", "lost electricity", "remain off supply", "cut off": premises without a utility, within the clause.</summary>
    private static bool IsOutage(ImmutableArray<Word> words, int from)
    {
        for (var i = from; i < words.Length && i < from + 6; i++)
        {
            if (i > from && words[i].PrecededByClauseBreak)
            {
                return false;
            }

            if (words[i].Lower is "without" or "lost" or "lose" or "losing" or "off" or "no")
            {
                for (var j = i + 1; j < words.Length && j <= i + 2; j++)
                {
                    if (Array.IndexOf(Utilities, words[j].Lower) >= 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>"knocked out power to more than 240,000 homes", "cut electricity to 9,000 properties": a supply cut to the figure.</summary>
    private static bool CutsSupplyTo(ImmutableArray<Word> words, int firstOfFigure)
    {
        if (firstOfFigure < 3 || words[firstOfFigure - 1].Lower != "to" || Array.IndexOf(Utilities, words[firstOfFigure - 2].Lower) < 0)
        {
            return false;
        }

        for (var i = firstOfFigure - 3; i >= 0 && i >= firstOfFigure - 5; i--)
        {
            if (words[i].Lower is "out" or "off" or "cut" or "cuts" or "cutting" or "disrupted" or "disrupting" or "interrupted" or "lost" or "knocked")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A verb phrase putting its subject in hospital, within its clause: true when taken there ("were taken to
    /// (Brennach General) Hospital"), false when there now ("are in hospital"), null when none.
    /// </summary>
    private static bool? Hospital(ImmutableArray<Word> words, int from)
    {
        var sawPreposition = false;
        var moved = false;
        for (var i = from; i < words.Length && i < from + 8; i++)
        {
            if (i > from && words[i].PrecededByClauseBreak)
            {
                return null;
            }

            var lower = words[i].Lower;
            if (lower is "to" or "in" or "at" && !sawPreposition)
            {
                sawPreposition = true;
            }
            else if (sawPreposition && Array.IndexOf(HospitalNouns, lower) >= 0)
            {
                return moved;
            }
            else if (sawPreposition && lower == "overnight" && words[i - 1].Lower == "in" && i >= 2 && words[i - 2].Lower == "kept")
            {
                // "five were kept in overnight": kept in hospital.
                return false;
            }
            else if (!sawPreposition && lower == "hospital" && i + 1 < words.Length && words[i + 1].Lower is "treatment" or "care")
            {
                // "23 have needed hospital treatment".
                return true;
            }
            else if (sawPreposition && !(words[i].IsCapitalized || lower is "the" or "a" or "local" or "regional" or "nearby" or "city" or "district" or "general" or "university" or "military" or "field"))
            {
                return null;
            }
            else if (!sawPreposition && IsMovedTo(lower))
            {
                moved = true;
            }
            else if (!sawPreposition && !AssertionLexicon.IsAuxiliary(lower) && lower is not ("being" or "kept" or "treated" or "needed" or "required" or "received"))
            {
                return null;
            }
        }

        return null;
    }
}

using System.Collections.Immutable;
using ConsistencyCheck.Assertions.Lexicons;
using ConsistencyCheck.Text;
using static ConsistencyCheck.Assertions.WordShapes;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// Finds what is said of the counted subject, strongest evidence first: a lexicon verb after the subject or before
/// the figure ("41 doctors signed", "killed two people", "signed by 41"); a participle inside the subject phrase
/// ("26 injured passengers"); a noun that names the predicate ("14 deaths", "the death toll"); a verb of change
/// ("rose", "fell"); the verb whose object is a level's subject ("estimated the damage … at €180,000"); "on board"
/// later in the clause; an unknown past participle after the subject ("homes flooded").
/// </summary>
internal sealed class PredicateReader(AssertionLexicon lexicon)
{
    private const int Window = 6;

    public Predicate Read(ImmutableArray<Word> words, int figure, int subjectStart, int subjectEnd, Subject subject, bool isMoney)
    {
        var found = Read(words, figure, subjectStart, subjectEnd, subject);

        // "1,300 people spent the night in shelters": spending is said of money; people who spend a night stay, and
        // those who stay somewhere are the ones who remain there ("420 people remain in emergency shelters").
        return found.Class == "cost" && !isMoney ? found with { Class = "remain", Kind = PredicateKind.Stock } : found;
    }

    private Predicate Read(ImmutableArray<Word> words, int figure, int subjectStart, int subjectEnd, Subject subject)
    {
        return After(words, subjectEnd + 1, strongOnly: true)
            ?? Nominal(subject, eventsOnly: true)
            ?? (NominalLexicon.IsDescriptive(subject.Text) ? Nominal(subject, eventsOnly: false) : null)
            ?? Before(words, figure, strongOnly: true)
            ?? (subjectStart >= 0 && subjectStart < figure ? Before(words, subjectStart, strongOnly: true) : null)
            ?? Inside(words, subjectStart, subjectEnd)
            ?? Nominal(subject, eventsOnly: false)
            ?? After(words, subjectEnd + 1, strongOnly: false)
            ?? Before(words, figure, strongOnly: false)
            ?? OnBoard(words, figure + 1)
            ?? Unknown(words, subjectEnd + 1)
            ?? UnknownTransitive(words, figure)
            ?? Predicate.None;
    }

    private Predicate? After(ImmutableArray<Word> words, int start, bool strongOnly)
    {
        var negated = false;
        for (var i = start; i < words.Length && i < start + Window; i++)
        {
            var w = words[i];
            if (w.PrecededByClauseBreak)
            {
                return null;
            }

            if (w.Lower is "not" or "never" or "no")
            {
                negated = true;
                continue;
            }

            if (Lookup(w.Lower, words, i, negated, strongOnly) is { } found)
            {
                // "18 children are being treated in hospital": those there now, a level, not all ever admitted.
                if (found.Class == "treated" && i > start && words[i - 1].Lower == "being")
                {
                    return found with { Class = "remain", Kind = PredicateKind.Stock };
                }

                // A speech verb is a predicate only right after its subject ("two residents told the Post").
                if (PredicateLexicon.IsNotComparable(found.Class) && i > start)
                {
                    return null;
                }

                // "remain missing", "remained trapped": the state names the predicate.
                if (found.Class == "remain" && i + 1 < words.Length && Lookup(words[i + 1].Lower, words, i + 1, negated, strongOnly: true) is { } state &&
                    !PredicateLexicon.IsNotComparable(state.Class))
                {
                    return state;
                }

                return found;
            }

            if (!AssertionLexicon.IsAuxiliary(w.Lower) && !w.Lower.EndsWith("ly", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
    }

    private Predicate? Before(ImmutableArray<Word> words, int figure, bool strongOnly)
    {
        for (var i = figure - 1; i >= 0 && i >= figure - Window + 1; i--)
        {
            // Another figure in between belongs to its own predicate ("employs 2,300 staff across its three sites"),
            // unless it is coordinated with this one: "carrying 312 passengers and 19 crew" — the verb governs both.
            if (char.IsAsciiDigit(words[i].Lower[0]) || IsNumberWord(words[i].Lower))
            {
                if (figure > 0 && words[figure - 1].Lower is "and" or "or" && i < figure - 1 && !words[figure - 1].PrecededByClauseBreak)
                {
                    figure = i;
                    continue;
                }

                return null;
            }

            var negated = i > 0 && words[i - 1].Lower is "not" or "never" or "no";
            if (Lookup(words[i].Lower, words, i, negated, strongOnly) is { } found && !PredicateLexicon.IsNotComparable(found.Class))
            {
                return found;
            }

            if (words[i].PrecededByClauseBreak && i < figure - 1)
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsNumberWord(string lower) => lower is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or
        "nine" or "ten" or "eleven" or "twelve" or "dozens" or "hundreds" or "thousands";

    /// <summary>"had about 310 passengers and 12 crew members on board": "aboard" or "on board" later in the clause.</summary>
    private Predicate? OnBoard(ImmutableArray<Word> words, int start)
    {
        for (var i = start; i < words.Length && i < start + 2 * Window; i++)
        {
            if (i > start && words[i].PrecededByClauseBreak)
            {
                return null;
            }

            if (words[i].Lower is "aboard" or "onboard" || (words[i].Lower == "on" && i + 1 < words.Length && words[i + 1].Lower == "board"))
            {
                lexicon.TryGetPredicate("aboard", out var entry);
                return new Predicate(words[i].Lower == "on" ? "on board" : words[i].Lower, "aboard", entry.Kind);
            }
        }

        return null;
    }

    private Predicate? Inside(ImmutableArray<Word> words, int start, int end)
    {
        for (var i = Math.Max(0, start); i < end && i < words.Length; i++)
        {
            if (lexicon.TryGetPredicate(words[i].Lower, out var entry) && !PredicateLexicon.IsChange(entry.Class) && !IsNounLike(words[i].Lower))
            {
                return new Predicate(words[i].Lower, entry.Class, entry.Kind);
            }
        }

        return null;
    }

    private Predicate? Nominal(Subject subject, bool eventsOnly)
    {
        var last = subject.IsNone ? string.Empty : subject.Text[(subject.Text.LastIndexOf(' ') + 1)..];
        if (!NominalLexicon.Nouns.TryGetValue(last, out var cls) || (eventsOnly && !NominalLexicon.Events.Contains(last)))
        {
            return null;
        }

        lexicon.TryGetPredicate(cls, out var entry);
        return new Predicate(last, cls, entry.Kind);
    }

    private static Predicate? Unknown(ImmutableArray<Word> words, int start)
    {
        for (var i = start; i < words.Length && i < start + Window; i++)
        {
            var w = words[i].Lower;
            if (words[i].PrecededByClauseBreak)
            {
                return null;
            }

            if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && IsAlphabetic(w))
            {
                return new Predicate(w, w, PredicateKind.Unknown);
            }

            if (!AssertionLexicon.IsAuxiliary(w) && !w.EndsWith("ly", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>An unknown past-tense verb right before the figure: "Rescuers pulled 6-8 people".</summary>
    private static Predicate? UnknownTransitive(ImmutableArray<Word> words, int figure)
    {
        var i = figure - 1;
        if (i < 0 || i >= words.Length)
        {
            return null;
        }

        var w = words[i].Lower;
        return w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && IsAlphabetic(w) ? new Predicate(w, w, PredicateKind.Unknown) : null;
    }

    private Predicate? Lookup(string lower, ImmutableArray<Word> words, int index, bool negated, bool strongOnly)
    {
        // "the damage was put at €410,000": an estimate.
        if (lower == "put" && index + 1 < words.Length && words[index + 1].Lower == "at")
        {
            lexicon.TryGetPredicate("estimated", out var estimate);
            return new Predicate(lower, "estimated", estimate.Kind, negated);
        }

        if (!lexicon.TryGetPredicate(lower, out var entry) || (strongOnly && PredicateLexicon.IsChange(entry.Class)))
        {
            return null;
        }

        // "an estimated 40,000 people": a hedge, not a verb.
        if (entry.Class == "estimated" && index > 0 && words[index - 1].Lower is "an" or "the")
        {
            return null;
        }

        // "sign up", "signed up": joining, not signing.
        if (entry.Class == "signed" && index + 1 < words.Length && words[index + 1].Lower == "up")
        {
            return null;
        }

        // "lost" counts jobs unless lives were lost.
        if (lower == "lost" && index + 2 < words.Length && words[index + 1].Lower is "their" or "his" or "her" && words[index + 2].Lower is "lives" or "life")
        {
            lexicon.TryGetPredicate("killed", out entry);
            return new Predicate(lower, "killed", entry.Kind, negated);
        }

        return new Predicate(lower, entry.Class, entry.Kind, negated);
    }
}

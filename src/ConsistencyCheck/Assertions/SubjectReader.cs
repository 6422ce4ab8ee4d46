using System.Collections.Immutable;
using ConsistencyCheck.Assertions.Lexicons;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Text;
using static ConsistencyCheck.Assertions.WordShapes;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// Finds what a figure counts: the noun phrase right after it ("41 senior doctors"), through "of" ("thousands of
/// volunteers"), a partitive ("41 of the doctors", "12 of whom"), or, when nothing follows, the nearest known noun
/// before it ("the death toll stood at 14"), or the whole of a part ("Of the 2,300 homes flooded, 800 …").
/// </summary>
internal sealed class SubjectReader(AssertionLexicon lexicon)
{
    private const int MaxPhraseWords = 5;

    /// <summary>The subject after the figure and the index of its last word; <see cref="Subject.None"/> when none.</summary>
    public (Subject Subject, int End) ReadAfter(ImmutableArray<Word> words, int first, Quantity quantity, ISet<string> restrictors)
    {
        var i = first;
        if (i < 0 || i >= words.Length || words[i].PrecededByClauseBreak)
        {
            return (Subject.None, first - 1);
        }

        if (words[i].Lower is "on" && i + 1 < words.Length && words[i + 1].Lower == "board")
        {
            return (new Subject("on board", "*", SubjectLexicon.Any), i - 1);
        }

        if (words[i].Lower == "of")
        {
            var next = i + 1;
            var afterWhole = next < words.Length ? WholeCountedInline(words, next) : -1;
            if (next < words.Length && words[next].Lower is "them" or "whom" or "which")
            {
                // "12 of them", "two of whom": a part of a group counted elsewhere, named there.
                restrictors.Add("part");
                return (Subject.None, i);
            }

            if (afterWhole > 0)
            {
                // "14 of the 19 districts", "seven of its eleven carriages", "14 of Kerrin's 19 districts": the whole is
                // counted right there, and what follows is said of the first figure's share: 14 districts won.
                i = afterWhole;
            }
            else if (next < words.Length && words[next].Lower is "the" or "those" or "these" or "its" or "their")
            {
                // "97 of the cases" is a part of a group counted elsewhere; "three of their colleagues" counts colleagues
                // (no whole is counted), and a share is always a share of something ("54 per cent of the vote").
                if (words[next].Lower is not ("its" or "their") && quantity.Type != EntityType.Percentage)
                {
                    restrictors.Add("part");
                }

                i = next + 1;
            }
            else
            {
                // "thousands of volunteers".
                i = next;
            }
        }

        var start = i;
        var head = -1;
        for (; i < words.Length && i < start + MaxPhraseWords; i++)
        {
            var w = words[i];
            if (NominalLexicon.IsStandIn(w.Lower) && i == start)
            {
                return (new Subject(w.Lower, "*", SubjectLexicon.Any), i);
            }

            // "1.9 million current and former customers", "217 confirmed and suspected cases": coordinated modifiers
            // before one noun the lexicon knows.
            if (i > start && head == i - 1 && CoordinatesModifiers(words, head))
            {
                continue;
            }

            if ((i > start && w.PrecededByClauseBreak) || AssertionLexicon.IsFunctionWord(w.Lower) || !IsAlphabetic(w.Lower))
            {
                break;
            }

            // Money and shares name a change by its noun: "a 3.5 per cent pay rise", "a £2m cut".
            if (IsAmount(quantity) && IsChangeNoun(w.Lower))
            {
                head = i;
                break;
            }

            // A verb ends the noun phrase ("41 doctors signed"), but a nominal predicate ("signatories") is its head.
            // Right after the figure a past tense is the verb of an elided subject: "only 35,000 attended".
            if ((i > start || w.Lower.EndsWith("ed", StringComparison.Ordinal)) && lexicon.TryGetPredicate(w.Lower, out _) && !IsNounLike(w.Lower) &&
                !NominalLexicon.Nouns.ContainsKey(w.Lower) && !NominalLexicon.IsDescriptive(w.Lower))
            {
                break;
            }

            // After a noun, a past tense the lexicon does not know is the verb ("18,000 litres of toluene leaked"), and
            // "last"/"next" open a time ("2.3 million tonnes of coal last year").
            if (i > start && ((IsUnknownPastTense(w.Lower) && words[i - 1].Lower is not ("and" or "or")) || w.Lower is "last" or "next"))
            {
                break;
            }

            head = i;
            var describes = NominalLexicon.IsDescriptive(w.Lower) && i + 1 < words.Length && !words[i + 1].PrecededByClauseBreak &&
                IsAlphabetic(words[i + 1].Lower) && !AssertionLexicon.IsFunctionWord(words[i + 1].Lower) && !lexicon.TryGetPredicate(words[i + 1].Lower, out _);
            if (!describes && IsLikelyHeadNoun(w.Lower) && !(i + 1 < words.Length && IsCompoundContinuation(words[i + 1])) && !CoordinatesModifiers(words, i))
            {
                break;
            }
        }

        if (head < 0)
        {
            return (Subject.None, first - 1);
        }

        // Money and measures name their unit, not a counted noun: "£45m redundancy fund" keeps the noun, "4,200 hectares burned" has none.
        if (quantity.Unit is not null && quantity.Type != EntityType.Number && lexicon.TryGetPredicate(words[start].Lower, out _) && !IsNounLike(words[start].Lower) &&
            !(IsAmount(quantity) && IsChangeNoun(words[head].Lower)))
        {
            return (Subject.None, first - 1);
        }

        return (Make(JoinLower(words, start, head), words[head].Lower), head);
    }

    /// <summary>
    /// The subject of a level: "The death toll from the capsizing … has risen to 19", "The number of people arrested
    /// … stood at 52". When the figure follows "to", "at", "reached", "passed", "topped" or "hit", the clause's own
    /// subject is what is counted: the noun after "number of", else the first noun of the clause (its head).
    /// </summary>
    public (Subject Subject, int Start, int End) ReadLevel(ImmutableArray<Word> words, int figure)
    {
        if (figure < 2 || words[figure - 1].Lower is not ("to" or "at" or "reached" or "passed" or "topped" or "hit" or "exceeded" or "surpassed"))
        {
            return (Subject.None, -1, -1);
        }

        // The clause's subject: from the last clause break before the figure (a dateline "PORT ARIC, 9 June (Wire) -"
        // opens the sentence but not the clause).
        var i = figure - 1;
        while (i > 0 && !words[i].PrecededByClauseBreak)
        {
            i--;
        }

        i = AfterReportingVerb(words, i, figure);

        while (i < figure && words[i].Lower is "the" or "a" or "an" or "its" or "their")
        {
            i++;
        }

        if (i + 2 < figure && words[i].Lower is "number" or "total" or "count" && words[i + 1].Lower == "of")
        {
            var (subject, end) = ReadAfter(words, i + 2, NoQuantity, new HashSet<string>(StringComparer.Ordinal));
            return (subject, i + 2, end);
        }

        // The noun phrase ends at its last noun: "Corran Belle death toll", "The death toll from the capsizing".
        var start = i;
        var head = -1;
        while (i < figure - 1 && IsLevelNoun(words[i].Lower))
        {
            head = i;
            if (IsNounBoundary(words[i + 1].Lower) && !IsLevelNoun(words[i + 1].Lower))
            {
                break;
            }

            i++;
        }

        if (head < 0)
        {
            return (Subject.None, -1, -1);
        }

        // A name before a nominal predicate is its possessor, not part of what is counted: "Corran Belle death toll" → "death toll".
        for (var k = start; k < head; k++)
        {
            if (NominalLexicon.Nouns.ContainsKey(words[k].Lower) || (lexicon.TryGetPredicate(words[k].Lower, out _) && !NominalLexicon.Nouns.ContainsKey(words[head].Lower)))
            {
                break;
            }

            if (NominalLexicon.Nouns.ContainsKey(words[head].Lower) && k + 1 <= head && lexicon.TryGetPredicate(words[k + 1].Lower, out _))
            {
                start = k + 1;
                break;
            }
        }

        return (Make(JoinLower(words, start, head), words[head].Lower), start, head);
    }

    /// <summary>
    /// Where the reported clause begins: after the last reporting or estimating verb before the figure ("The council
    /// said the damage … was put at €410,000", "The agency says uptake … is 81 per cent"), else <paramref name="start"/>.
    /// </summary>
    private static int AfterReportingVerb(ImmutableArray<Word> words, int start, int figure)
    {
        for (var k = figure - 2; k > start; k--)
        {
            if (words[k].Lower is "said" or "says" or "told" or "estimated" or "estimates" or "reported" or "announced" or "confirmed")
            {
                return words[k + 1].Lower == "that" ? k + 2 : k + 1;
            }
        }

        return start;
    }

    /// <summary>A noun of a level's subject: a measured noun, or a nominal predicate ("toll", "death" in "death toll").</summary>
    private bool IsLevelNoun(string lower) =>
        IsMeasuredNoun(lower) || NominalLexicon.Nouns.ContainsKey(lower) || (lexicon.TryGetPredicate(lower, out var entry) && !PredicateLexicon.IsChange(entry.Class) && lower is "death" or "casualty" or "injury" or "arrest");

    private static readonly Quantity NoQuantity = new(EntityType.Number, default, string.Empty, null, default, Qualifier.Exact, null, null);

    /// <summary>The subject before the figure: the whole of a part, or the nearest known noun to the left.</summary>
    public Subject ReadBefore(ImmutableArray<Word> words, int figure, SentenceContext sentence, ISet<string> restrictors, bool measuresAmount)
    {
        if (sentence.Previous is { } previous && (StartsWithPartitive(words) || HasPartitiveBefore(words, figure) || OfThemAfter(words, figure)))
        {
            restrictors.Add("part");
            return previous.Subject;
        }

        // A noun before money or a share is who pays or is offered it, not what it measures: "offered nurses 3.5%".
        if (measuresAmount)
        {
            return Subject.None;
        }

        for (var i = figure - 1; i >= 0 && i >= figure - 4; i--)
        {
            var lower = words[i].Lower;
            if (!IsAlphabetic(lower) || AssertionLexicon.IsFunctionWord(lower))
            {
                continue;
            }

            var singular = lexicon.Singular(lower);
            if (NominalLexicon.Nouns.ContainsKey(lower) || lexicon.IsKnownSubject(singular) || (lexicon.TryGetPredicate(lower, out _) && IsNounLike(lower)))
            {
                return Make(lower, lower);
            }
        }

        return Subject.None;
    }

    /// <summary>
    /// For money, percentages and measures, what is measured is usually named before the figure, as the grammatical
    /// subject or object: "The appeal raised $4.5 million", "Unemployment stands at 6.4%". The nearest noun before the
    /// figure in its clause, skipping verbs and function words.
    /// </summary>
    public Subject ReadMeasuredBefore(ImmutableArray<Word> words, int figure)
    {
        // "a bonus of £500", "a fine of $2m", "a pay rise of 4%": the noun the amount is of.
        if (figure >= 2 && words[figure - 1].Lower == "of" && !words[figure - 1].PrecededByClauseBreak && IsMeasuredNoun(words[figure - 2].Lower))
        {
            return Make(words[figure - 2].Lower, words[figure - 2].Lower);
        }

        var clauseStart = figure;
        while (clauseStart > 0 && !words[clauseStart].PrecededByClauseBreak)
        {
            clauseStart--;
        }

        clauseStart = AfterReportingVerb(words, clauseStart, figure);

        // The first noun of the clause that a verb, an auxiliary or a preposition follows: "Shares in the company dropped".
        // People are who pays, offers or is offered, not what is measured: "Managers offered drivers 3%".
        for (var i = clauseStart; i < figure - 1; i++)
        {
            if (IsMeasuredNoun(words[i].Lower) && IsNounBoundary(words[i + 1].Lower) && !(IsPersonLike(words[i].Lower) && !IsChangeVerb(words[i + 1].Lower)))
            {
                return Make(words[i].Lower, words[i].Lower);
            }
        }

        return Subject.None;
    }

    /// <summary>A known group of people, or an agent noun ("managers", "economists", "directors").</summary>
    private bool IsPersonLike(string lower)
    {
        var cls = lexicon.SubjectClass(lexicon.Singular(lower));
        return cls == SubjectLexicon.People || AssertionLexicon.Kind(cls) == SubjectLexicon.People ||
            lower.EndsWith("ers", StringComparison.Ordinal) || lower.EndsWith("ors", StringComparison.Ordinal) ||
            lower.EndsWith("ists", StringComparison.Ordinal) || lower.EndsWith("ians", StringComparison.Ordinal);
    }

    private bool IsChangeVerb(string lower) => lexicon.TryGetPredicate(lower, out var entry) && PredicateLexicon.IsChange(entry.Class);

    private bool IsMeasuredNoun(string lower) =>
        IsAlphabetic(lower) && !AssertionLexicon.IsFunctionWord(lower) && !AssertionLexicon.IsAuxiliary(lower) &&
        !lexicon.TryGetPredicate(lower, out _) && !lower.EndsWith("ed", StringComparison.Ordinal) && !lower.EndsWith("ly", StringComparison.Ordinal);

    private bool IsNounBoundary(string next) =>
        AssertionLexicon.IsFunctionWord(next) || AssertionLexicon.IsAuxiliary(next) || lexicon.TryGetPredicate(next, out _) ||
        next.EndsWith("ed", StringComparison.Ordinal) || next is "stands" or "stood" or "stand" or "closed" or "totalled" or "reached" or "hit" or "put";

    /// <summary>The subject a unit stands for when nothing else names what is measured: "4,200 hectares" → hectare, "$18 million" → dollar.</summary>
    public static Subject FromUnit(Quantity quantity) =>
        quantity.Unit is { } unit
            ? new Subject(unit.Name.ToLowerInvariant(), unit.Name.ToLowerInvariant(), unit.Category.ToLowerInvariant())
            : Subject.None;

    private Subject Make(string text, string headWord)
    {
        // "crew members", "staff members": a generic head takes the class of the noun before it.
        var space = text.LastIndexOf(' ');
        if (headWord is "members" or "member" or "personnel" && space > 0)
        {
            var modifier = text[(text.LastIndexOf(' ', space - 1) + 1)..space];
            var modifierSingular = lexicon.Singular(modifier);
            if (lexicon.IsKnownSubject(modifierSingular))
            {
                return new Subject(text, modifierSingular, lexicon.SubjectClass(modifierSingular));
            }
        }

        // "redundancy fund", "redundancy payments": a generic money head takes the class of what it is for.
        if (IsGenericMoneyHead(headWord) && space > 0)
        {
            var purpose = text[(text.LastIndexOf(' ', space - 1) + 1)..space];
            if (IsAlphabetic(purpose) && !AssertionLexicon.IsFunctionWord(purpose))
            {
                return new Subject(text, lexicon.Singular(headWord), lexicon.SubjectClass(lexicon.Singular(purpose)));
            }
        }

        if (NominalLexicon.Nouns.ContainsKey(headWord))
        {
            return new Subject(text, lexicon.Singular(headWord), SubjectLexicon.Any);
        }

        var singular = lexicon.Singular(headWord);
        return new Subject(text, singular, lexicon.SubjectClass(singular));
    }

    /// <summary>
    /// The class an apposition gives an open group: "2,300 signatories, all of them registered nurses" → nurse;
    /// "130 signatories, most of whom are consultants" → doctor. Null when none follows.
    /// </summary>
    public string? ReadApposition(ImmutableArray<Word> words, int start)
    {
        var i = start;
        if (i >= words.Length || words[i].Lower is not ("all" or "most" or "many" or "mostly" or "nearly" or "almost" or "overwhelmingly" or "largely" or "mainly"))
        {
            return null;
        }

        i++;
        while (i < words.Length && i < start + 4 && words[i].Lower is "all" or "of" or "them" or "whom" or "are" or "were" or "being")
        {
            i++;
        }

        for (var end = Math.Min(words.Length, i + 3); i < end; i++)
        {
            var lower = words[i].Lower;
            if (words[i].PrecededByClauseBreak || !IsAlphabetic(lower) || AssertionLexicon.IsFunctionWord(lower))
            {
                return null;
            }

            var singular = lexicon.Singular(lower);
            if (lexicon.IsKnownSubject(singular))
            {
                return lexicon.SubjectClass(singular);
            }
        }

        return null;
    }

    /// <summary>Money and percentages: amounts measured rather than things counted.</summary>
    public static bool IsAmount(Quantity quantity) => quantity.Type is EntityType.Currency or EntityType.Percentage;

    private static bool IsChangeNoun(string lower) =>
        lower is "rise" or "rises" or "increase" or "increases" or "raise" or "hike" or "cut" or "cuts" or "fall" or "drop" or
        "reduction" or "award" or "uplift" or "decrease";

    /// <summary>Heads that name only a kind of money ("redundancy fund", "aid package"): the modifier says what it is for.</summary>
    private static bool IsGenericMoneyHead(string lower) =>
        lower is "fund" or "funds" or "payment" or "payments" or "package" or "packages" or "pot" or "budget" or "scheme" or "programme" or "program" or "grant" or "grants";

    /// <summary>"Of the 312 passengers, …": the sentence opens on the whole its figures are parts of.</summary>
    public static bool StartsWithPartitive(ImmutableArray<Word> words) =>
        words.Length > 1 && words[0].Lower == "of" && words[1].Lower is "the" or "those" or "these" or "them";

    /// <summary>"current and former customers": the word at <paramref name="at"/> is a modifier the lexicon does not know, coordinated with another before a noun it knows.</summary>
    private bool CoordinatesModifiers(ImmutableArray<Word> words, int at) =>
        at + 3 < words.Length && words[at + 1].Lower is "and" or "or" && !IsKnownHead(words[at].Lower) &&
        !words[at + 1].PrecededByClauseBreak && !words[at + 2].PrecededByClauseBreak && !words[at + 3].PrecededByClauseBreak &&
        !AssertionLexicon.IsFunctionWord(words[at + 2].Lower) && IsKnownHead(words[at + 3].Lower);

    private bool IsKnownHead(string lower) => lexicon.IsKnownSubject(lexicon.Singular(lower)) || NominalLexicon.Nouns.ContainsKey(lower);

    private static bool IsUnknownPastTense(string lower) =>
        lower.Length >= 6 && lower.EndsWith("ed", StringComparison.Ordinal) && !lower.EndsWith("eed", StringComparison.Ordinal) &&
        lower is not ("hundred" or "kindred" or "wicked" or "sacred" or "rugged" or "jagged" or "ragged" or "beloved" or "talented" or "hatred");

    /// <summary>
    /// "the 19 districts", "its eleven carriages", "Kerrin's 19 districts", "19 districts": after "of", a whole counted by
    /// a figure (at most two determiners or possessives first). The index of the word after that figure, else -1.
    /// </summary>
    private static int WholeCountedInline(ImmutableArray<Word> words, int from)
    {
        var i = from;
        while (i < words.Length && i < from + 2 && !words[i].PrecededByClauseBreak &&
            (words[i].Lower is "the" or "those" or "these" || WordShapes.IsPossessive(words[i].Lower)))
        {
            i++;
        }

        if (i >= words.Length || (i > from && words[i].PrecededByClauseBreak))
        {
            return -1;
        }

        return WordShapes.IsFigureWord(words[i].Lower) && i + 1 < words.Length && !words[i + 1].PrecededByClauseBreak ? i + 1 : -1;
    }

    /// <summary>"two of them", "12 of whom": the figure counts part of a group named earlier.</summary>
    private static bool OfThemAfter(ImmutableArray<Word> words, int figure)
    {
        var next = figure + 1;
        while (next < words.Length && words[next].Span.Start < words[figure].Span.End)
        {
            next++;
        }

        return next + 1 < words.Length && words[next].Lower == "of" && words[next + 1].Lower is "them" or "whom";
    }

    private static bool HasPartitiveBefore(ImmutableArray<Word> words, int figure)
    {
        for (var i = Math.Max(0, figure - 3); i < figure; i++)
        {
            if (words[i].Lower is "including" or "whom" or "which" or "among")
            {
                return true;
            }
        }

        return false;
    }

    private bool IsLikelyHeadNoun(string lower) =>
        lexicon.IsKnownSubject(lexicon.Singular(lower)) || NominalLexicon.Nouns.ContainsKey(lower) ||
        (lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal));

    private bool IsCompoundContinuation(Word next) =>
        !next.PrecededByClauseBreak && IsAlphabetic(next.Lower) && !AssertionLexicon.IsFunctionWord(next.Lower) &&
        lexicon.IsKnownSubject(lexicon.Singular(next.Lower)) && !lexicon.TryGetPredicate(next.Lower, out _);
}

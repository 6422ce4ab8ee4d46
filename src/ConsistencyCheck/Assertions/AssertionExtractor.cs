using System.Collections.Immutable;
using ConsistencyCheck.Assertions.Lexicons;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// Builds an <see cref="Assertion"/> around every figure of a document that counts or measures something:
/// the counted noun phrase after it (or before it), the governing predicate, the restrictors that change what is
/// counted, the attribution, and the date it refers to. Figures in boilerplate, ordinals, identifiers and temporal
/// expressions never become assertions. Immutable and thread-safe.
/// </summary>
/// <remarks>docs/semantics.md describes the rules; they are lexical and local to the sentence, so they run in linear time.</remarks>
public sealed class AssertionExtractor
{
    private readonly AssertionLexicon _lexicon;
    private readonly SubjectReader _subjects;
    private readonly PredicateReader _predicates;

    /// <summary>Creates an extractor with <paramref name="options"/>.</summary>
    public AssertionExtractor(ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _lexicon = new AssertionLexicon(options.Lexicon);
        _subjects = new SubjectReader(_lexicon);
        _predicates = new PredicateReader(_lexicon);
    }

    /// <summary>The options.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>Builds the assertions of <paramref name="document"/> from its recognized <paramref name="mentions"/> (ordered by start).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked once per sentence read).</exception>
    public ImmutableArray<Assertion> Extract(Document document, ImmutableArray<Mention> mentions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var sentences = new SentenceSegmenter.Cursor(text);
        var hasSentence = sentences.MoveNext();
        var published = document.Metadata.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : (DateOnly?)null;
        var headline = HeadlineSpan(document);
        var result = ImmutableArray.CreateBuilder<Assertion>();
        var temporal = Temporal(mentions);
        var restrictors = new SortedSet<string>(StringComparer.Ordinal);
        SentenceContext? context = null;
        Assertion? lastGroup = null;
        foreach (var mention in mentions)
        {
            if (mention is not Quantity quantity || !IsClaimType(quantity.Type) || document.IsBoilerplate(quantity.Span))
            {
                continue;
            }

            while (hasSentence && sentences.Current.End <= quantity.Span.Start)
            {
                hasSentence = sentences.MoveNext();
            }

            var sentence = hasSentence && sentences.Current.Contains(quantity.Span.Start)
                ? sentences.Current
                : new SourceSpan(quantity.Span.Start, quantity.Span.Length);
            sentence = Window(text, sentence, quantity.Span);
            if (context is null || context.Span != sentence)
            {
                cancellationToken.ThrowIfCancellationRequested();
                context = new SentenceContext(text, sentence, temporal);
            }

            restrictors.Clear();
            var assertion = Build(document, quantity, context, published, headline, lastGroup, restrictors);
            if (assertion is not null)
            {
                result.Add(assertion);
                context.Previous = assertion;
                if (IsGroup(assertion.Subject))
                {
                    lastGroup = assertion;
                }
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<TemporalMention> Temporal(ImmutableArray<Mention> mentions)
    {
        var count = 0;
        foreach (var mention in mentions)
        {
            count += mention is TemporalMention ? 1 : 0;
        }

        var temporal = ImmutableArray.CreateBuilder<TemporalMention>(count);
        foreach (var mention in mentions)
        {
            if (mention is TemporalMention t)
            {
                temporal.Add(t);
            }
        }

        return temporal.MoveToImmutable();
    }

    /// <summary>Longest sentence read whole; beyond it a figure is read within <see cref="WindowReach"/> characters either side.</summary>
    private const int MaxSentenceLength = 1_000;

    private const int WindowReach = 300;

    /// <summary>
    /// The part of a sentence a figure is read in: the whole sentence, unless it is longer than any real sentence
    /// (a page with no full stops, a list of figures), where a window around the figure keeps the work per figure
    /// constant and the whole document linear. The window ends at spaces.
    /// </summary>
    private static SourceSpan Window(string text, SourceSpan sentence, SourceSpan figure)
    {
        if (sentence.Length <= MaxSentenceLength)
        {
            return sentence;
        }

        var start = Math.Max(sentence.Start, figure.Start - WindowReach);
        var end = Math.Min(sentence.End, figure.End + WindowReach);
        while (start > sentence.Start && start < figure.Start && !char.IsWhiteSpace(text[start - 1]))
        {
            start++;
        }

        while (end < sentence.End && end > figure.End && !char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        return SourceSpan.FromBounds(start, end);
    }

    private static bool IsDeployable(string subjectClass) => subjectClass is "firefighter" or "troops" or "police" or "rescuer" or "fighter" or "health worker";

    private static bool IsClaimType(EntityType type) => type is EntityType.Number or EntityType.NumberRange or
        EntityType.Currency or EntityType.Percentage or EntityType.Dimension or EntityType.Temperature;

    /// <summary>A named group of people ("66 miners", "nurses"), which a later bare figure may stand for.</summary>
    private bool IsGroup(Subject subject) =>
        !subject.IsNone && subject.Class != Lexicons.SubjectLexicon.Any && _lexicon.IsKnownSubject(subject.Head) &&
        AssertionLexicon.Kind(subject.Class) == Lexicons.SubjectLexicon.People;

    /// <summary>
    /// "Nine were taken to hospital", "Forty-one of them reached the surface", "Two later died": a figure that opens its
    /// sentence as the subject of a verb, with no noun of its own, counts the group of people last counted before it.
    /// </summary>
    private static bool StandsForAGroup(ImmutableArray<Word> words, int firstOfFigure, int lastOfFigure)
    {
        // At the start of the sentence, or of a clause joined by a conjunction: "…, and five were kept in overnight".
        var opener = firstOfFigure == 0 || (firstOfFigure == 1 && words[0].Lower is "but" or "and" or "only" or "another" or "all") ||
            (firstOfFigure > 1 && words[firstOfFigure - 1].Lower is "and" or "but" or "while" && words[firstOfFigure - 1].PrecededByClauseBreak);
        if (!opener || lastOfFigure + 1 >= words.Length || words[lastOfFigure + 1].PrecededByClauseBreak)
        {
            return false;
        }

        var next = lastOfFigure + 1;
        if (words[next].Lower == "of" && next + 1 < words.Length && words[next + 1].Lower is "them" or "those")
        {
            return true;
        }

        return words[next].Lower is "were" or "are" or "was" or "have" or "had" or "remain" or "remained" or "later" or "still" or "died" or "stayed";
    }

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
            if (change is not null && _lexicon.TryGetPredicate(change, out var entry))
            {
                return new Predicate("closed " + words[i].Lower, change, entry.Kind);
            }
        }

        return Predicate.None;
    }

    private static bool IsMovedTo(string lower) =>
        lower is "taken" or "rushed" or "flown" or "airlifted" or "brought" or "went" or "sent" or "admitted" or "transferred";

    private static readonly string[] HospitalNouns = ["hospital", "hospitals", "infirmary", "clinic", "clinics"];

    private static readonly string[] Utilities = ["power", "electricity", "supply", "supplies", "water", "gas", "heating", "internet", "broadband", "phone"];

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

    // restrictors: an empty set to read the figure's restrictors into, reused from figure to figure.
    private Assertion? Build(Document document, Quantity quantity, SentenceContext sentence, DateOnly? published, SourceSpan headline, Assertion? lastGroup, SortedSet<string> restrictors)
    {
        var words = sentence.Words;
        var first = WordShapes.FirstWordAtOrAfter(words, quantity.Span.End);
        var lastOfFigure = WordShapes.LastWordBefore(words, quantity.Span.End);
        var firstOfFigure = WordShapes.FirstWordAtOrAfter(words, quantity.Span.Start);

        var (subject, subjectEnd) = _subjects.ReadAfter(words, first, quantity, restrictors);
        var subjectStart = first;

        // What follows a link names the subject: money by its purpose ("£45 million for redundancy payments"), a part
        // by its complement ("Of the 312 passengers, 48 were children").
        if (subject.IsNone && first < words.Length && !words[first].PrecededByClauseBreak &&
            ((quantity.Type == EntityType.Currency && words[first].Lower == "for") || (quantity.Unit is null && words[first].Lower is "were" or "are" or "was")))
        {
            var (linked, linkedEnd) = _subjects.ReadAfter(words, first + 1, quantity, restrictors);
            if (!linked.IsNone && (quantity.Unit is not null || _lexicon.IsKnownSubject(linked.Head)))
            {
                (subject, subjectStart, subjectEnd) = (linked, first + 1, linkedEnd);
                if (SubjectReader.StartsWithPartitive(words))
                {
                    restrictors.Add("part");
                }
            }
        }

        if (subject.IsNone)
        {
            (subject, subjectStart, subjectEnd) = _subjects.ReadLevel(words, firstOfFigure);
        }

        if (subject.IsNone)
        {
            subject = _subjects.ReadBefore(words, firstOfFigure, sentence, restrictors, SubjectReader.IsAmount(quantity));
            subjectEnd = lastOfFigure;
            subjectStart = subjectEnd + 1;
        }

        if (subject.IsNone && quantity.Unit is null && lastGroup is not null && StandsForAGroup(words, firstOfFigure, lastOfFigure))
        {
            subject = lastGroup.Subject;
            if (subjectEnd + 1 < words.Length && words[subjectEnd + 1].Lower == "of")
            {
                restrictors.Add("part");
                subjectEnd += 2;
                subjectStart = subjectEnd + 1;
            }
        }

        var predicate = _predicates.Read(words, firstOfFigure, subjectStart, subjectEnd, subject, quantity.Type == EntityType.Currency);

        // "The passengers included 48 children": a part of a whole named before the verb, counted by the whole's
        // predicate when the whole names one ("The dead included 12 children"), else by none.
        if (firstOfFigure > 0 && words[firstOfFigure - 1].Lower is "included" or "include" or "includes")
        {
            restrictors.Add("part");
            predicate = firstOfFigure > 1 && Lexicons.NominalLexicon.Nouns.TryGetValue(words[firstOfFigure - 2].Lower, out var wholeClass) &&
                _lexicon.TryGetPredicate(wholeClass, out var wholeEntry)
                ? new Predicate(words[firstOfFigure - 2].Lower, wholeClass, wholeEntry.Kind)
                : Predicate.None;
        }

        if (predicate.IsNone && restrictors.Contains("part") && sentence.Previous is { } whole)
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
        if ((predicate.IsNone || (predicate.Kind == PredicateKind.Unknown && (IsMovedTo(predicate.Text) || predicate.Text is "needed" or "required" or "received"))) && quantity.Unit is null && (subject.IsNone || IsGroup(subject) || subject.Class == Lexicons.SubjectLexicon.Any) &&
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

        // "600 firefighters were on the fire lines", "200 police officers are at the scene": crews somewhere are deployed.
        if (predicate.IsNone && IsDeployable(_lexicon.SubjectClass(subject.Head)) && subjectEnd + 2 < words.Length &&
            words[subjectEnd + 1].Lower is "were" or "are" or "was" or "remain" or "remained" && words[subjectEnd + 2].Lower is "on" or "at" or "in" or "across")
        {
            _lexicon.TryGetPredicate("deployed", out var deployed);
            predicate = new Predicate(words[subjectEnd + 1].Lower + " " + words[subjectEnd + 2].Lower, "deployed", deployed.Kind);
        }

        // "The plant's 2,100 workers", "its 300 staff": a workforce owned by an organisation is its headcount.
        if (predicate.IsNone && _lexicon.SubjectClass(subject.Head) == "worker" && firstOfFigure > 0 && WordShapes.IsPossessive(words[firstOfFigure - 1].Lower))
        {
            _lexicon.TryGetPredicate("employed", out var employed);
            predicate = new Predicate(words[firstOfFigure - 1].Lower, "employed", employed.Kind);
        }

        // Measures are known by their unit ("4,200 hectares of forest burned"); money and percentages by what they measure ("shares fell 8%").
        if (quantity.Type == EntityType.Dimension && quantity.Unit is { } unit)
        {
            subject = subject.IsNone ? SubjectReader.FromUnit(quantity) : subject with { Class = unit.Category.ToLowerInvariant() };
        }
        else if (subject.IsNone && quantity.Unit is not null)
        {
            subject = _subjects.ReadMeasuredBefore(words, firstOfFigure);
        }

        var unitOnly = subject.IsNone;
        if (subject.IsNone)
        {
            subject = SubjectReader.FromUnit(quantity);
        }

        // An agent noun is an open group only when it supplied the predicate ("2,300 signatories");
        // with a verb of its own it is a group like any other ("25 protesters were injured").
        if (subject.Class == Lexicons.SubjectLexicon.Any && subject.Text.Length > 0 && !subject.Text.EndsWith(predicate.Text, StringComparison.Ordinal) && predicate.Text.Length > 0)
        {
            subject = subject with { Class = _lexicon.SubjectClass(subject.Head) };
        }

        // "2,300 signatories, all of them registered nurses": an apposition names the open group.
        if (subject.Class == Lexicons.SubjectLexicon.Any && _subjects.ReadApposition(words, subjectEnd + 1) is { } named)
        {
            subject = subject with { Class = named };
        }

        // A share named only by its unit ("offered nurses 3.5%") is open: it is what the predicate is said of, and
        // clustering joins it to the one share named with that predicate ("a 2.5 per cent rise").
        if (unitOnly && quantity.Type == EntityType.Percentage && !subject.IsNone)
        {
            subject = subject with { Class = Lexicons.SubjectLexicon.Any };
        }

        // A bare count of an unknown noun ("3 stories a day" in a promotion) says nothing comparable.
        if (predicate.IsNone && quantity.Unit is null && !subject.IsNone && !_lexicon.IsKnownSubject(subject.Head) && !Options.KeepUnanchoredFigures)
        {
            return null;
        }

        // "clinics at six schools", "in 14 districts": a count inside a prepositional phrase, with no predicate of its
        // own, locates something else; it is not a claim about the count.
        if (predicate.IsNone && quantity.Unit is null && firstOfFigure > 0 && words[firstOfFigure - 1].Lower is "at" or "in" or "across" or "from" or "into" or "to" or "with" or "among" &&
            !(firstOfFigure > 1 && (AssertionLexicon.IsAuxiliary(words[firstOfFigure - 2].Lower) || words[firstOfFigure - 2].Lower is "stands" or "stood" or "stand" or "put")) &&
            !Options.KeepUnanchoredFigures)
        {
            return null;
        }

        // "one building", "one of them": a lone "one" without a predicate is an article, not a count.
        if (predicate.IsNone && quantity.Stated is < 2 && !Options.KeepUnanchoredFigures)
        {
            return null;
        }

        if (subject.IsNone && predicate.IsNone && !Options.KeepUnanchoredFigures)
        {
            return null;
        }

        RestrictorReader.ReadModifiers(words, firstOfFigure, subjectEnd, restrictors);
        RestrictorReader.ReadPlace(words, firstOfFigure, subjectEnd, restrictors);
        RestrictorReader.ReadEvent(words, firstOfFigure, restrictors);
        RestrictorReader.ReadCapacity(words, firstOfFigure, restrictors);
        var (time, asOf) = TimeAnchor.Of(sentence, quantity, published);
        var (attribution, hedged) = AttributionReader.Read(words);
        return new Assertion
        {
            Id = new AssertionId($"{document.Id.Value}@{quantity.Span.Start}"),
            DocumentId = document.Id,
            Collection = document.Collection,
            Publisher = document.Metadata.Publisher,
            Published = published,
            Quantity = quantity,
            Sentence = sentence.Span,
            SentenceText = sentence.SentenceText,
            Subject = subject,
            Predicate = predicate,
            AsOf = asOf,
            Time = time,
            Restrictors = restrictors.Count == 0 ? [] : [.. restrictors],
            Attribution = attribution,
            IsHedgedClaim = hedged,
            InHeadline = headline.Length > 0 && headline.Contains(quantity.Span),
        };
    }

    /// <summary>The headline: where the document's title stands in its text, else its first line outside boilerplate when that line does not end a sentence.</summary>
    private static SourceSpan HeadlineSpan(Document document)
    {
        var text = document.Text;
        if (document.Metadata.Title is { Length: > 0 } title)
        {
            var at = text.IndexOf(title, StringComparison.Ordinal);
            if (at >= 0 && at < 2000)
            {
                return new SourceSpan(at, title.Length);
            }
        }

        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                return default;
            }

            var line = new SourceSpan(start, end - start);
            var trimmed = line.Slice(text).Trim();
            if (trimmed.Length > 0 && !document.IsBoilerplate(line))
            {
                return trimmed[^1] is '.' or ':' ? default : line;
            }

            start = end + 1;
        }

        return default;
    }
}

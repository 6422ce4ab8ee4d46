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

    /// <summary>Creates an extractor with <paramref name="options"/>.</summary>
    public AssertionExtractor(ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _lexicon = new AssertionLexicon(options.Lexicon);
    }

    /// <summary>The options.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>Builds the assertions of <paramref name="document"/> from its recognized <paramref name="mentions"/> (ordered by start).</summary>
    public ImmutableArray<Assertion> Extract(Document document, ImmutableArray<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var sentences = SentenceSegmenter.Split(text);
        var published = document.Metadata.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : (DateOnly?)null;
        var headline = HeadlineSpan(document);
        var result = ImmutableArray.CreateBuilder<Assertion>();
        var sentenceIndex = 0;
        SentenceContext? context = null;
        foreach (var mention in mentions)
        {
            if (mention is not Quantity quantity || !IsClaimType(quantity.Type) || document.IsBoilerplate(quantity.Span))
            {
                continue;
            }

            while (sentenceIndex < sentences.Length && sentences[sentenceIndex].End <= quantity.Span.Start)
            {
                sentenceIndex++;
            }

            var sentence = sentenceIndex < sentences.Length && sentences[sentenceIndex].Contains(quantity.Span.Start)
                ? sentences[sentenceIndex]
                : new SourceSpan(quantity.Span.Start, quantity.Span.Length);
            if (context is null || context.Span != sentence)
            {
                context = new SentenceContext(text, sentence, mentions);
            }

            var assertion = Build(document, quantity, context, published, headline);
            if (assertion is not null)
            {
                result.Add(assertion);
                context.Previous = assertion;
            }
        }

        return result.ToImmutable();
    }

    private static bool IsClaimType(EntityType type) => type is EntityType.Number or EntityType.NumberRange or
        EntityType.Currency or EntityType.Percentage or EntityType.Dimension or EntityType.Temperature;

    private Assertion? Build(Document document, Quantity quantity, SentenceContext sentence, DateOnly? published, SourceSpan headline)
    {
        var words = sentence.Words;
        var first = FirstWordAtOrAfter(words, quantity.Span.End);
        var lastOfFigure = LastWordBefore(words, quantity.Span.End);
        var firstOfFigure = FirstWordAtOrAfter(words, quantity.Span.Start);
        var restrictors = new SortedSet<string>(StringComparer.Ordinal);

        var (subject, subjectEnd) = ReadSubjectAfter(words, first, quantity, restrictors);
        if (subject.IsNone)
        {
            subject = ReadSubjectBefore(words, firstOfFigure, sentence, restrictors);
            subjectEnd = lastOfFigure;
        }

        // A known verb after or before the figure wins; then a noun that names the predicate ("signatories");
        // then an unknown past participle after it ("homes flooded").
        var predicate = ReadPredicateAfter(words, subjectEnd + 1, allowUnknown: false)
            ?? ReadPredicateBefore(words, firstOfFigure)
            ?? NominalPredicate(subject)
            ?? ReadPredicateAfter(words, subjectEnd + 1, allowUnknown: true)
            ?? (restrictors.Contains("part") ? sentence.Previous?.Predicate : null)
            ?? Predicate.None;

        if (subject.IsNone && predicate.IsNone && !Options.KeepUnanchoredFigures)
        {
            return null;
        }

        ReadModifiers(words, firstOfFigure, subjectEnd, restrictors);
        ReadPlace(words, subjectEnd + 1, restrictors);
        var (time, asOf) = TimeOf(sentence, quantity, published);
        var (attribution, hedged) = ReadAttribution(sentence);
        var source = document.Text;
        return new Assertion
        {
            Id = new AssertionId($"{document.Id.Value}@{quantity.Span.Start}"),
            DocumentId = document.Id,
            Collection = document.Collection,
            Publisher = document.Metadata.Publisher,
            Quantity = quantity,
            Sentence = sentence.Span,
            SentenceText = sentence.Span.ToString(source),
            Subject = subject,
            Predicate = predicate,
            AsOf = asOf,
            Time = time,
            Restrictors = [.. restrictors],
            Attribution = attribution,
            IsHedgedClaim = hedged,
            InHeadline = headline.Length > 0 && headline.Contains(quantity.Span),
        };
    }

    private (Subject Subject, int End) ReadSubjectAfter(ImmutableArray<Word> words, int first, Quantity quantity, ISet<string> restrictors)
    {
        var i = first;
        if (i < 0 || i >= words.Length || words[i].PrecededByClauseBreak)
        {
            return (Subject.None, first - 1);
        }

        if (words[i].Lower == "of")
        {
            // "41 of the doctors" is a part of a larger group; "thousands of volunteers" is not.
            if (i + 1 < words.Length && words[i + 1].Lower is "the" or "them" or "whom" or "those" or "these" or "which" or "its" or "their")
            {
                restrictors.Add("part");
                i += words[i + 1].Lower is "the" or "those" or "these" or "its" or "their" ? 2 : 1;
                if (words[i - 1].Lower is "them" or "whom" or "which")
                {
                    return (Subject.None, i - 1);
                }
            }
            else
            {
                i++;
            }
        }

        var start = i;
        var head = -1;
        for (; i < words.Length && i < start + 5; i++)
        {
            var w = words[i];
            if ((i > start && w.PrecededByClauseBreak) || AssertionLexicon.IsFunctionWord(w.Lower) || !IsAlphabetic(w.Lower))
            {
                break;
            }

            // A verb ends the noun phrase ("41 doctors signed"), but a nominal predicate ("signatories") is its head.
            if (i > start && _lexicon.TryGetPredicate(w.Lower, out _) && !IsNounLike(w.Lower))
            {
                break;
            }

            head = i;
            if (IsLikelyHeadNoun(w.Lower) && !(i + 1 < words.Length && IsCompoundContinuation(words[i + 1])))
            {
                break;
            }
        }

        if (head < 0 || (quantity.Unit is not null && quantity.Type != EntityType.Number && head == start && !IsNounLike(words[start].Lower)))
        {
            return (Subject.None, first - 1);
        }

        var text = string.Join(' ', words.Skip(start).Take(head - start + 1).Select(w => w.Lower));
        var singular = AssertionLexicon.Singular(words[head].Lower);
        return (new Subject(text, singular, _lexicon.SubjectClass(singular)), head);
    }

    private Subject ReadSubjectBefore(ImmutableArray<Word> words, int figure, SentenceContext sentence, ISet<string> restrictors)
    {
        // "Of the 2,300 homes flooded, 800 were in the old town": the part takes the whole's subject.
        if (sentence.Previous is { } previous && (StartsWithPartitive(words) || HasPartitiveBefore(words, figure)))
        {
            restrictors.Add("part");
            return previous.Subject;
        }

        // "the number of signatories, 41," / "deaths: 41" — the nearest noun to the left.
        for (var i = figure - 1; i >= 0 && i >= figure - 4; i--)
        {
            var lower = words[i].Lower;
            if (!IsAlphabetic(lower) || AssertionLexicon.IsFunctionWord(lower))
            {
                continue;
            }

            var singular = AssertionLexicon.Singular(lower);
            if (_lexicon.IsKnownSubject(singular) || (_lexicon.TryGetPredicate(lower, out _) && IsNounLike(lower)))
            {
                return new Subject(lower, singular, _lexicon.SubjectClass(singular));
            }
        }

        return Subject.None;
    }

    private Predicate? NominalPredicate(Subject subject)
    {
        if (subject.IsNone || !_lexicon.TryGetPredicate(subject.Head, out var entry) && !_lexicon.TryGetPredicate(subject.Text.Split(' ')[^1], out entry))
        {
            return null;
        }

        return new Predicate(subject.Text.Split(' ')[^1], entry.Class, entry.Kind);
    }

    private Predicate? ReadPredicateAfter(ImmutableArray<Word> words, int start, bool allowUnknown)
    {
        var negated = false;
        for (var i = start; i < words.Length && i < start + 6; i++)
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

            if (_lexicon.TryGetPredicate(w.Lower, out var entry))
            {
                return new Predicate(w.Lower, entry.Class, entry.Kind, negated);
            }

            if (AssertionLexicon.IsAuxiliary(w.Lower) || w.Lower.EndsWith("ly", StringComparison.Ordinal))
            {
                continue;
            }

            // An unknown past participle or past tense ("homes flooded", "were relocated") still names the predicate.
            if (allowUnknown && w.Lower.Length > 4 && w.Lower.EndsWith("ed", StringComparison.Ordinal) && IsAlphabetic(w.Lower))
            {
                return new Predicate(w.Lower, w.Lower, PredicateKind.Unknown, negated);
            }

            return null;
        }

        return null;
    }

    private Predicate? ReadPredicateBefore(ImmutableArray<Word> words, int figure)
    {
        for (var i = figure - 1; i >= 0 && i >= figure - 5; i--)
        {
            var w = words[i];
            if (_lexicon.TryGetPredicate(w.Lower, out var entry))
            {
                var negated = i > 0 && words[i - 1].Lower is "not" or "never" or "no";
                return new Predicate(w.Lower, entry.Class, entry.Kind, negated);
            }

            if (w.PrecededByClauseBreak && i < figure - 1)
            {
                return null;
            }
        }

        return null;
    }

    private static void ReadModifiers(ImmutableArray<Word> words, int figure, int subjectEnd, ISet<string> restrictors)
    {
        for (var i = Math.Max(0, figure - 2); i <= subjectEnd && i < words.Length; i++)
        {
            if (words[i].Lower is "additional" or "further" or "another" or "new" or "other" or "remaining" or "surviving" or
                "missing" or "alive" or "previous" or "earlier" or "extra" or "more")
            {
                restrictors.Add(words[i].Lower is "further" or "another" or "extra" or "more" ? "additional" : words[i].Lower);
            }
        }
    }

    private static void ReadPlace(ImmutableArray<Word> words, int start, ISet<string> restrictors)
    {
        for (var i = start; i < words.Length && i < start + 4; i++)
        {
            if (i > start && words[i].PrecededByClauseBreak)
            {
                return;
            }

            if (words[i].Lower is "in" or "across" or "inside" or "outside" or "near")
            {
                var phrase = new List<string> { words[i].Lower };
                for (var j = i + 1; j < words.Length && j <= i + 4 && !words[j].PrecededByClauseBreak; j++)
                {
                    if (j > i + 1 && AssertionLexicon.IsFunctionWord(words[j].Lower))
                    {
                        break;
                    }

                    phrase.Add(words[j].Lower);
                }

                if (phrase.Count > 1 && !IsTimeWord(phrase[^1]))
                {
                    restrictors.Add("place:" + string.Join(' ', phrase));
                }

                return;
            }
        }
    }

    private static (TemporalMention? Time, DateOnly? AsOf) TimeOf(SentenceContext sentence, Quantity quantity, DateOnly? published)
    {
        TemporalMention? best = null;
        foreach (var mention in sentence.Temporal)
        {
            if (!mention.IsAnchored || mention.Start is null)
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
        var asOf = published is { } pub && last > pub ? pub : last;
        return (best, asOf);
    }

    private static (string? Attribution, bool Hedged) ReadAttribution(SentenceContext sentence)
    {
        var words = sentence.Words;
        string? attribution = null;
        var hedged = false;
        for (var i = 0; i < words.Length; i++)
        {
            var lower = words[i].Lower;
            if (lower is "may" or "might" or "could" or "believed" or "feared" or "reportedly" or "allegedly" or "alleged" or
                "claims" or "claimed" or "suspected" or "possibly" or "unconfirmed" or "estimated" or "estimates")
            {
                hedged = true;
            }

            if (attribution is null && lower == "according" && i + 2 < words.Length && words[i + 1].Lower == "to")
            {
                var parts = words.Skip(i + 2).TakeWhile((w, k) => k == 0 || !w.PrecededByClauseBreak).Take(6).Select(w => w.Lower);
                attribution = "according to " + string.Join(' ', parts);
            }
        }

        return (attribution, hedged);
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

    private static bool StartsWithPartitive(ImmutableArray<Word> words) =>
        words.Length > 1 && words[0].Lower == "of" && words[1].Lower is "the" or "those" or "these" or "them";

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

    private static int FirstWordAtOrAfter(ImmutableArray<Word> words, int offset)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Span.Start >= offset)
            {
                return i;
            }
        }

        return words.Length;
    }

    private static int LastWordBefore(ImmutableArray<Word> words, int offset)
    {
        var last = -1;
        for (var i = 0; i < words.Length && words[i].Span.Start < offset; i++)
        {
            last = i;
        }

        return last;
    }

    private static bool IsAlphabetic(string lower)
    {
        foreach (var c in lower)
        {
            if (!char.IsLetter(c) && c is not '-' and not '\'' and not '’')
            {
                return false;
            }
        }

        return lower.Length > 0;
    }

    private static bool IsNounLike(string lower) =>
        lower.EndsWith("ies", StringComparison.Ordinal) || lower.EndsWith("ees", StringComparison.Ordinal) ||
        lower.EndsWith("ths", StringComparison.Ordinal) || lower.EndsWith("ers", StringComparison.Ordinal) ||
        lower.EndsWith("tions", StringComparison.Ordinal) || lower is "dead" or "hostages" or "captives" or "cases" or "fatalities" or "casualties" or "jobs";

    private bool IsLikelyHeadNoun(string lower) =>
        _lexicon.IsKnownSubject(AssertionLexicon.Singular(lower)) || (lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal));

    private bool IsCompoundContinuation(Word next) =>
        !next.PrecededByClauseBreak && IsAlphabetic(next.Lower) && !AssertionLexicon.IsFunctionWord(next.Lower) &&
        _lexicon.IsKnownSubject(AssertionLexicon.Singular(next.Lower)) && !_lexicon.TryGetPredicate(next.Lower, out _);

    private static bool IsTimeWord(string lower) => lower is "march" or "may" or "june" or "july" or "august" or "april" or
        "january" or "february" or "september" or "october" or "november" or "december" or "week" or "month" or "year" or "morning" or "evening" or "night";

    /// <summary>The words and temporal mentions of one sentence, computed once for all its figures.</summary>
    private sealed class SentenceContext
    {
        public SentenceContext(string text, SourceSpan span, ImmutableArray<Mention> mentions)
        {
            Span = span;
            Words = WordTokenizer.Tokenize(text, span);
            Temporal = [.. mentions.OfType<TemporalMention>().Where(m => span.Contains(m.Span))];
        }

        public SourceSpan Span { get; }

        public ImmutableArray<Word> Words { get; }

        public ImmutableArray<TemporalMention> Temporal { get; }

        public Assertion? Previous { get; set; }
    }
}

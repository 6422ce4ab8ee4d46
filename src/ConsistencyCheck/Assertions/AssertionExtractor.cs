using System.Collections.Immutable;
using System.Diagnostics;
using ConsistencyCheck.Assertions.Lexicons;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Text;
using ConsistencyCheck.Text.Lexical;
using ConsistencyCheck.Text.Syntax;

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
    private readonly SituationReader _situations;
    private readonly SyntaxReading _syntax = new(WordNetLexicon.Shared);
    private readonly TemporalFactReader _dates;
    private readonly DurationReader _durations;

    /// <summary>Creates an extractor with <paramref name="options"/>.</summary>
    public AssertionExtractor(ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _lexicon = new AssertionLexicon(options.Lexicon);
        _subjects = new SubjectReader(_lexicon);
        _predicates = new PredicateReader(_lexicon);
        _situations = new SituationReader(_lexicon);
        _dates = new TemporalFactReader(_syntax);
        _durations = new DurationReader(_lexicon, _predicates, _syntax);
    }

    /// <summary>The options.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>Builds the assertions of <paramref name="document"/> from its recognized <paramref name="mentions"/> (ordered by start).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked once per sentence read).</exception>
    public ImmutableArray<Assertion> Extract(Document document, ImmutableArray<Mention> mentions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Extract(document, SentenceSegmenter.Map(document.Text), mentions, cancellationToken);
    }

    /// <summary>
    /// As <see cref="Extract(Document, ImmutableArray{Mention}, CancellationToken)"/>, reading each figure in its sentence
    /// among <paramref name="sentences"/>, the sentences of the document's text found once for recognition and extraction.
    /// </summary>
    internal ImmutableArray<Assertion> Extract(Document document, SentenceMap sentences, ImmutableArray<Mention> mentions, CancellationToken cancellationToken)
    {
        Debug.Assert(ReferenceEquals(sentences.Text, document.Text), "The sentences are those of the document's text.");
        var text = document.Text;
        var published = document.Metadata.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : (DateOnly?)null;
        var headline = HeadlineSpan(document);
        var result = ImmutableArray.CreateBuilder<Assertion>();
        var temporal = Temporal(mentions);
        var restrictors = new SortedSet<string>(StringComparer.Ordinal);
        SentenceContext? context = null;
        Assertion? lastGroup = null;
        foreach (var mention in mentions)
        {
            var quantity = mention as Quantity ?? DurationReader.AsQuantity(mention);
            if (quantity is null || !(IsClaimType(quantity.Type) || mention is TemporalMention) || document.IsBoilerplate(quantity.Span))
            {
                continue;
            }

            // A figure outside every sentence (none is, as the segmenter trims only white space) is read on its own.
            var sentence = sentences.Containing(quantity.Span.Start) ?? new SourceSpan(quantity.Span.Start, quantity.Span.Length);
            sentence = Window(text, sentence, quantity.Span);
            if (context is null || context.Span != sentence)
            {
                cancellationToken.ThrowIfCancellationRequested();
                context = new SentenceContext(text, sentence, temporal);
            }

            restrictors.Clear();
            var assertion = mention is TemporalMention
                ? _durations.Read(document, quantity, context, published, headline)
                : Build(document, quantity, context, published, headline, lastGroup, restrictors);
            if (assertion is not null && mention is TemporalMention)
            {
                // A duration's assertion stands apart: it is not the figure later figures of the sentence refer back to.
                result.Add(assertion);
            }
            else if (assertion is not null)
            {
                result.Add(assertion);
                context.Previous = assertion;
                if (PeopleGroups.IsGroup(_lexicon, assertion.Subject))
                {
                    lastGroup = assertion;
                }
            }
        }

        if (Options.ReadDates && temporal.Length > 0)
        {
            var claims = result.Count;
            result.AddRange(_dates.Read(document, sentences, temporal, result, published, cancellationToken));
            if (result.Count > claims)
            {
                result.Sort((a, b) => a.Quantity.Span.Start.CompareTo(b.Quantity.Span.Start));
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

    private static bool IsClaimType(EntityType type) => type is EntityType.Number or EntityType.NumberRange or
        EntityType.Currency or EntityType.Percentage or EntityType.Dimension or EntityType.Temperature;

    // restrictors: an empty set to read the figure's restrictors into, reused from figure to figure.
    private Assertion? Build(Document document, Quantity quantity, SentenceContext sentence, DateOnly? published, SourceSpan headline, Assertion? lastGroup, SortedSet<string> restrictors)
    {
        var words = sentence.Words;
        var lastOfFigure = WordShapes.LastWordBefore(words, quantity.Span.End);
        var firstOfFigure = WordShapes.FirstWordAtOrAfter(words, quantity.Span.Start);
        var (subject, subjectStart, subjectEnd) = ReadSubject(words, quantity, firstOfFigure, lastOfFigure, sentence, lastGroup, restrictors);
        var predicate = _predicates.Read(words, firstOfFigure, subjectStart, subjectEnd, subject, quantity.Type == EntityType.Currency);
        (subject, predicate) = _situations.Read(words, quantity, firstOfFigure, lastOfFigure, subjectEnd, subject, predicate, sentence.Previous, restrictors);
        subject = NameOpenSubject(words, quantity, firstOfFigure, subjectEnd, subject, predicate);
        var governing = predicate.IsNone ? _syntax.VerbBefore(sentence.Text, sentence.Span, quantity.Span) : null;
        var verb = governing is "be" or "say" or "tell" or "add" ? null : governing;
        if (!Options.KeepUnanchoredFigures && IsUnanchored(words, quantity, firstOfFigure, subject, predicate, governing))
        {
            return null;
        }

        RestrictorReader.ReadModifiers(words, firstOfFigure, subjectEnd, restrictors);
        RestrictorReader.ReadPlace(words, firstOfFigure, subjectEnd, restrictors);
        RestrictorReader.ReadEvent(words, firstOfFigure, restrictors);
        RestrictorReader.ReadCapacity(words, firstOfFigure, restrictors);
        RestrictorReader.ReadWhole(words, firstOfFigure, restrictors);
        RestrictorReader.ReadHabitual(words, firstOfFigure, restrictors);
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
            Verb = verb,
        };
    }

    /// <summary>
    /// The subject of the figure spanning words <paramref name="firstOfFigure"/> to <paramref name="lastOfFigure"/> and
    /// where it stands: the noun phrase after the figure, after a link, a level, the noun before it, or the group of
    /// people last counted; <see cref="Subject.None"/> when none of them names one.
    /// </summary>
    private (Subject Subject, int Start, int End) ReadSubject(
        ImmutableArray<Word> words, Quantity quantity, int firstOfFigure, int lastOfFigure, SentenceContext sentence, Assertion? lastGroup, SortedSet<string> restrictors)
    {
        var first = WordShapes.FirstWordAtOrAfter(words, quantity.Span.End);
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

        if (subject.IsNone && quantity.Unit is null && lastGroup is not null && PeopleGroups.StandsForAGroup(words, firstOfFigure, lastOfFigure))
        {
            subject = lastGroup.Subject;
            if (subjectEnd + 1 < words.Length && words[subjectEnd + 1].Lower == "of")
            {
                restrictors.Add("part");
                subjectEnd += 2;
                subjectStart = subjectEnd + 1;
            }
        }

        return (subject, subjectStart, subjectEnd);
    }

    /// <summary>
    /// Names a subject by what the figure measures when its words did not: a dimension by its unit's category, money
    /// and percentages by the noun they measure, an open group by the apposition or predicate that names it.
    /// </summary>
    private Subject NameOpenSubject(ImmutableArray<Word> words, Quantity quantity, int firstOfFigure, int subjectEnd, Subject subject, Predicate predicate)
    {
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

        return subject;
    }

    /// <summary>
    /// A figure that says nothing comparable, dropped unless <see cref="ExtractionOptions.KeepUnanchoredFigures"/>: a bare
    /// count of a word that is neither in the subject lexicon nor a WordNet noun governed by a verb other than "be" or a speech verb, a count that only locates
    /// something else, a vague word that names no amount ("several"), a lone article "one", or nothing at all.
    /// </summary>
    private bool IsUnanchored(ImmutableArray<Word> words, Quantity quantity, int firstOfFigure, Subject subject, Predicate predicate, string? governing)
    {
        // A bare count of a word the subject lexicon does not know says nothing comparable, unless it is a noun in
        // WordNet governed by a verb of its clause ("picked up 63 seats", "found roughly 900 pages"): then it is counted
        // though the predicate lexicon does not know the verb. With no verb, or only "be" or a speech verb ("That's a
        // margin of 13,000 votes"), nothing is said of it.
        if (predicate.IsNone && quantity.Unit is null && !subject.IsNone && !_lexicon.IsKnownSubject(subject.Head) &&
            !(governing is not (null or "be" or "say" or "tell" or "add") && WordNetLexicon.Shared.Uses(subject.Head).IsNoun))
        {
            return true;
        }

        // "clinics at six schools", "in 14 districts": a count inside a prepositional phrase, with no predicate of its
        // own, locates something else; it is not a claim about the count.
        if (predicate.IsNone && quantity.Unit is null && firstOfFigure > 0 && words[firstOfFigure - 1].Lower is "at" or "in" or "across" or "from" or "into" or "to" or "with" or "among" &&
            !(firstOfFigure > 1 && (AssertionLexicon.IsAuxiliary(words[firstOfFigure - 2].Lower) || words[firstOfFigure - 2].Lower is "stands" or "stood" or "stand" or "put")))
        {
            return true;
        }

        // "several letters", "many voters": a vague word that names no amount is not a figure; "dozens", "thousands"
        // and "a handful" name one (they are nouns of number in WordNet, "several" and "many" are not).
        if (quantity.Qualifier == Qualifier.Vague && quantity.Stated is null && !SyntaxReading.NamesAnAmount(quantity.Text))
        {
            return true;
        }

        // "one building", "one of them": a lone "one" without a predicate is an article, not a count.
        if (predicate.IsNone && quantity.Stated is < 2)
        {
            return true;
        }

        if (subject.IsNone && predicate.IsNone)
        {
            return true;
        }

        return false;
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

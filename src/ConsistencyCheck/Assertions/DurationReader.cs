using System.Globalization;
using System.Text.RegularExpressions;
using ConsistencyCheck.Assertions.Lexicons;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Text;
using ConsistencyCheck.Text.Syntax;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// Reads durations as assertions (docs/semantics.md, "Durations"): a duration stated as a plain figure and unit becomes a
/// quantity with a time unit, and an assertion only when the WordNet chunker (docs/decisions/0001-syntax-reader.md)
/// finds the noun it measures right at it ("a 60-day suspension", "19 years of service", "a 22-month investigation").
/// A bare, hedged or relative duration ("three days later", "within a year") says nothing comparable and is not one.
/// Immutable and thread-safe.
/// </summary>
internal sealed partial class DurationReader(AssertionLexicon lexicon, PredicateReader predicates, SyntaxReading syntax)
{
    /// <summary>
    /// A duration stated as a plain figure and unit ("60-day", "19 years", "PT48H"), as a quantity with a time unit;
    /// null for anything else (a date, a hedged or relative duration, a compound one).
    /// </summary>
    public static Quantity? AsQuantity(Mention mention)
    {
        if (mention is not TemporalMention { Type: EntityType.Duration, Modifier: TemporalModifier.None, Value: { } value } duration)
        {
            return null;
        }

        // Stated as a figure ("19 years", "three days", "60-day"), not as a bare unit ("a night", "an hour").
        if (!StatesAFigure(duration.Text))
        {
            return null;
        }

        var match = DurationPattern().Match(value);
        if (!match.Success || !decimal.TryParse(match.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return null;
        }

        var unit = (match.Groups["t"].Success, match.Groups["u"].Value) switch
        {
            (false, "Y") => "year",
            (false, "M") => "month",
            (false, "W") => "week",
            (false, "D") => "day",
            (true, "H") => "hour",
            (true, "M") => "minute",
            _ => null,
        };
        return unit is null
            ? null
            : new Quantity(EntityType.Dimension, duration.Span, duration.Text, amount, Interval.Point(amount), Qualifier.Exact, new Unit(unit, "duration"), 1m);
    }

    /// <summary>Whether <paramref name="text"/> states its figure: digits ("19 years", "60-day") or a number phrase first ("three days").</summary>
    private static bool StatesAFigure(string text) =>
        text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || Recognition.Numbers.WordNumberScanner.TryScan(text, 0, out _);

    [GeneratedRegex(@"^P(?<t>T)?(?<n>\d+(\.\d+)?)(?<u>[YMWDH])$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    /// <summary>
    /// The assertion of a duration, only when the WordNet chunker finds the noun it measures right at it ("a 60-day
    /// suspension", "19 years of service", "a 225-page report"): a bare or relative duration says nothing comparable.
    /// </summary>
    public Assertion? Read(Document document, Quantity quantity, SentenceContext sentence, DateOnly? published, SourceSpan headline)
    {
        var subject = CountedThing(document.Text, sentence.Span, quantity.Span);
        if (subject.IsNone)
        {
            return null;
        }

        var words = sentence.Words;
        var firstOfFigure = WordShapes.FirstWordAtOrAfter(words, quantity.Span.Start);
        var lastOfFigure = WordShapes.LastWordBefore(words, quantity.Span.End);
        var predicate = predicates.Read(words, firstOfFigure, lastOfFigure + 1, lastOfFigure + 1, subject, false);
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
            Restrictors = [],
            Attribution = attribution,
            IsHedgedClaim = hedged,
            InHeadline = headline.Length > 0 && headline.Contains(quantity.Span),
        };
    }

    /// <summary>
    /// The noun the WordNet chunker (docs/decisions/0001-syntax-reader.md) finds a duration measuring: the noun a
    /// hyphenated duration modifies ("a 60-day suspension") or its of-phrase ("19 years of service"). Not a noun after
    /// another preposition ("six years for Brennach Rovers"): that says where or for whom, not what lasted.
    /// <see cref="Subject.None"/> otherwise.
    /// </summary>
    private Subject CountedThing(string text, SourceSpan sentence, SourceSpan figure)
    {
        foreach (var candidate in syntax.Candidates(text, sentence, figure))
        {
            var measured = candidate.Source switch
            {
                CountedThingSource.InsideFigure => true,
                CountedThingSource.FollowingNoun => text.AsSpan(figure.Start, figure.Length).Contains('-'),
                CountedThingSource.PrepositionalObject => text.AsSpan(figure.End, Math.Max(0, candidate.Phrase.Start - figure.End)).Trim().SequenceEqual("of"),
                _ => false,
            };
            if (measured && candidate.Lemma.Length > 0)
            {
                return new Subject(text.Substring(candidate.Phrase.Start, candidate.Phrase.Length), candidate.Lemma, lexicon.SubjectClass(candidate.Lemma));
            }
        }

        return Subject.None;
    }
}

using System.Collections.Immutable;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Text;
using ConsistencyCheck.Text.Lexical;
using ConsistencyCheck.Text.Syntax;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// Dates and years stated as facts of the story ("Farenthold resigned on Friday", "the 2014 ban", "the House voted
/// Wednesday") become assertions of their own kind: the subject is the event (the noun a year or date modifies, else
/// the verb that governs the date, as its base form), the quantity is the date as an interval of days (type
/// <see cref="EntityType.Date"/> or <see cref="EntityType.DateRange"/>, unit <see cref="DateUnit"/>).
/// Not facts (docs/evaluation.md § 2): the day a statement was made ("Trump said Thursday"), a date that only dates
/// another figure of its sentence ("in 2015, 300 people"), a date the recognizer could not place, clock times,
/// durations and sets.
/// </summary>
internal sealed class TemporalFactReader(SyntaxReading syntax)
{
    /// <summary>The unit of a date's interval: days, numbered as <see cref="DateOnly.DayNumber"/>.</summary>
    public static Unit DateUnit { get; } = new("day", "date");

    /// <summary>Speech and reporting verbs: a date they govern is when something was said, not an event of the story.</summary>
    private static readonly HashSet<string> SpeechVerbs =
        ["say", "tell", "add", "ask", "write", "report", "state", "comment", "note", "explain", "tweet", "respond", "reply", "confirm", "be", "have", "do"];

    /// <summary>Calendar nouns that follow a date but name no event ("Friday morning", "2014 season" names one).</summary>
    private static readonly HashSet<string> CalendarNouns =
        ["morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "time", "date", "period", "hour", "minute", "second", "am", "pm", "era", "decade", "century"];

    /// <summary>The facts among <paramref name="temporal"/>, in text order.</summary>
    /// <param name="document">The document.</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="temporal">The temporal mentions recognized in it, ordered by start.</param>
    /// <param name="claims">The assertions already read from its figures (their dates are not facts of their own).</param>
    /// <param name="published">The day the document was published, or null.</param>
    /// <param name="cancellationToken">Checked once per date.</param>
    public IEnumerable<Assertion> Read(Document document, SentenceMap sentences, ImmutableArray<TemporalMention> temporal, IReadOnlyList<Assertion> claims, DateOnly? published, CancellationToken cancellationToken)
    {
        var anchors = new HashSet<SourceSpan>();
        foreach (var claim in claims)
        {
            if (claim.Time is { } time)
            {
                anchors.Add(time.Span);
            }
        }

        foreach (var mention in temporal)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (mention.Type is not (EntityType.Date or EntityType.DateRange or EntityType.DateTime) || mention.Start is not { } start ||
                mention.End is not { } end || end <= start || mention.Modifier != TemporalModifier.None || anchors.Contains(mention.Span) ||
                document.IsBoilerplate(mention.Span) || sentences.Containing(mention.Span.Start) is not { } sentence || sentence.Length > 1_000)
            {
                continue;
            }

            var modifies = IsYear(mention.Text) || IsPossessive(document.Text, mention.Span);
            if (Event(document.Text, sentence, mention.Span, modifies) is not { } happening)
            {
                continue;
            }

            var quantity = new Quantity(mention.Type == EntityType.DateTime ? EntityType.Date : mention.Type, mention.Span, mention.Text, null,
                new Interval(start.DayNumber, end.DayNumber, HighInclusive: false), Qualifier.Exact, DateUnit, null);
            yield return new Assertion
            {
                Id = new AssertionId($"{document.Id.Value}@{mention.Span.Start}"),
                DocumentId = document.Id,
                Collection = document.Collection,
                Publisher = document.Metadata.Publisher,
                Published = published,
                Quantity = quantity,
                Sentence = sentence,
                SentenceText = sentence.ToString(document.Text),
                Subject = new Subject(happening, happening, happening),
                Predicate = Predicate.None,
            };
        }
    }

    /// <summary>
    /// The event a date is the date of: the noun a year or a possessive date modifies ("the 2014 ban", "Sunday's
    /// earthquake"), else the verb that governs it ("resigned on Friday"), else the noun whose phrase holds it ("the
    /// election of 2016"); null when the date is the day of a statement, names no event, or is part of a name ("the 14th
    /// Amendment", "Thanksgiving turkey": a day, not a year, right before a noun).
    /// </summary>
    private string? Event(string text, SourceSpan sentence, SourceSpan date, bool modifies)
    {
        string? host = null;
        foreach (var candidate in syntax.Candidates(text, sentence, date))
        {
            switch (candidate.Source)
            {
                case CountedThingSource.FollowingNoun when candidate.Phrase.Start == candidate.Head.Start && !CalendarNouns.Contains(candidate.Lemma) && IsNoun(candidate.Lemma):
                    return modifies ? candidate.Lemma : null;
                case CountedThingSource.Verb:
                    return SpeechVerbs.Contains(candidate.Lemma) ? null : candidate.Lemma;
                case CountedThingSource.Host when host is null && !CalendarNouns.Contains(candidate.Lemma) && IsNoun(candidate.Lemma):
                    host = candidate.Lemma;
                    break;
            }
        }

        return host;
    }

    /// <summary>"Sunday's earthquake": the date ends in, or is followed by, a possessive 's.</summary>
    private static bool IsPossessive(string text, SourceSpan date)
    {
        var written = date.ToString(text);
        if (written.EndsWith("'s", StringComparison.Ordinal) || written.EndsWith("’s", StringComparison.Ordinal))
        {
            return true;
        }

        return date.End + 1 < text.Length && text[date.End] is '\'' or '’' && text[date.End + 1] is 's' or 'S';
    }

    /// <summary>"2014": four digits, a year.</summary>
    private static bool IsYear(string text) => text.Length == 4 && text.All(char.IsAsciiDigit);

    private bool IsNoun(string lemma) => syntax.Lexicon.Uses(lemma).MostFrequent == PartOfSpeech.Noun;
}

using System.Buffers;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// Recognizes English dates, periods, durations, times and recurrences and resolves them against the document's
/// publication date (<see cref="RecognitionContext.ReferenceDate"/>), never the machine clock. Immutable and
/// thread-safe; linear in the text length; never throws on content.
/// </summary>
/// <remarks>
/// <para>Readings (docs/dates.md gives them in full):</para>
/// <list type="bullet">
/// <item>News reports the past: a bare weekday, month or day ("on Sunday", "in May", "March 3") is the most recent one not after the reference date.</item>
/// <item>Numeric dates are month-first unless <see cref="DateRecognitionOptions.NumericOrder"/> says otherwise or a part above 12 decides.</item>
/// <item>"early"/"mid-"/"late" take the first, middle or last third of a year (Jan-Apr, May-Aug, Sep-Dec) and days 1-15, 10-20, 16-end of a month.</item>
/// <item>Seasons are meteorological, northern hemisphere; winter 2023 runs from December 2023 to February 2024.</item>
/// <item>Durations keep their hedge as the modifier: "almost three years" is P3Y, <see cref="TemporalModifier.Approximate"/>.</item>
/// <item>Without a reference date, relative phrases ("yesterday", "last week", "in May") are still claimed, with a null value, start and end.</item>
/// </list>
/// </remarks>
/// <example>
/// <code>
/// var recognizer = new DateRecognizer();
/// var found = new List&lt;Mention&gt;();
/// recognizer.Recognize("Prices rose 4% last month.", new RecognitionContext(new DateOnly(2024, 3, 14)), found);
/// // found[0]: DateRange "last month", Value "2024-02", Start 2024-02-01, End 2024-03-01
/// </code>
/// </example>
public sealed class DateRecognizer : IRecognizer
{
    /// <summary>Creates a recognizer with <paramref name="options"/> (or <see cref="DateRecognitionOptions.Default"/>).</summary>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public DateRecognizer(DateRecognitionOptions? options = null)
    {
        Options = options ?? DateRecognitionOptions.Default;
        Options.Validate();
    }

    /// <summary>The options in force.</summary>
    public DateRecognitionOptions Options { get; }

    /// <summary>
    /// <see cref="RecognizerScope.FigureSentences"/>: a figure's date is read in the figure's own sentence, so a caller
    /// reading only around figures has dates read only there; <see cref="Recognize"/> then reads each of
    /// <see cref="RecognitionContext.Regions"/> on its own.
    /// </summary>
    public RecognizerScope Scope => RecognizerScope.FigureSentences;

    /// <inheritdoc/>
    public void Recognize(string text, RecognitionContext context, ICollection<Mention> results)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(results);
        var tokens = ArrayPool<DateToken>.Shared.Rent(Math.Clamp(text.Length / 4, 16, 1 << 16));
        try
        {
            if (context.Regions.IsDefault)
            {
                var count = DateTokenizer.Tokenize(text, ref tokens, 0, context.CancellationToken);
                Scan(new DateScanner(text, tokens, count, context.ReferenceDate, Options), text, results, context.CancellationToken);
                return;
            }

            // Only where asked (the sentences around figures), each region read on its own.
            DateScanner? scanner = null;
            foreach (var region in context.Regions)
            {
                var count = DateTokenizer.Tokenize(text.AsSpan(region.Start, region.Length), ref tokens, region.Start, context.CancellationToken);
                scanner ??= new DateScanner(text, tokens, count, context.ReferenceDate, Options);
                scanner.Reset(tokens, count);
                Scan(scanner, text, results, context.CancellationToken);
            }
        }
        finally
        {
            ArrayPool<DateToken>.Shared.Return(tokens);
        }
    }

    private static void Scan(DateScanner s, string text, ICollection<Mention> results, CancellationToken cancellationToken)
    {
        var poll = new CancellationPoll(cancellationToken);
        var previousEnd = -1;
        var i = 0;
        while (i < s.Count)
        {
            poll.At(i);
            if (CanStart(s, i) && TryBest(s, i, previousEnd, out var found))
            {
                var start = s.StartOf(found.First);
                var end = s.EndOf(found.Next - 1);
                results.Add(new TemporalMention(
                    found.Type, SourceSpan.FromBounds(start, end), text[start..end], found.Value, found.Start, found.End, found.Modifier));
                previousEnd = found.Next;
                i = found.Next;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// Whether a mention may open at token <paramref name="i"/>: a date word itself, or a function word ("the", "in",
    /// "since", "more") with a date word within the next six tokens, reached through lexicon words and symbols only. Everything else is skipped at once.
    /// </summary>
    private static bool CanStart(DateScanner s, int i)
    {
        if (IsDateish(s, i))
        {
            return true;
        }

        if (s[i].Entry < 0 && !s.IsSymbol(i, '\''))
        {
            return false;
        }

        // Grammar steps consume an ordinary word (one not in the lexicon) only after a date word, so a mention opening
        // here must reach its first date word through lexicon words and symbols. The one mention without any date
        // word holds "now" ("between now and current date"); after a "now" the plain six-token look-ahead stands.
        var now = s.Is(i, DateWord.Now);
        for (var k = i + 1; k <= i + 6 && k < s.Count; k++)
        {
            if (IsDateish(s, k))
            {
                return true;
            }

            if (!now && s[k].Kind == DateTokenKind.Word && s[k].Entry < 0)
            {
                return false;
            }

            now |= s.Is(k, DateWord.Now);
        }

        return false;
    }

    /// <summary>A token that carries date content on its own: a number, month, weekday, unit, season, holiday or day word.</summary>
    private static bool IsDateish(DateScanner s, int i)
    {
        if (s[i].Kind == DateTokenKind.Number)
        {
            return true;
        }

        if (s[i].Entry < 0)
        {
            return s.IsSymbol(i, '½');
        }

        ref readonly var e = ref s.Lex(i);
        return e.Month > 0 || e.Weekday > 0 || e.Unit != DateUnit.None || e.Season > 0 || e.HolidayStart || e.Decade > 0 ||
            e.Cardinal >= 0 || e.Ordinal > 0 ||
            e.Word is DateWord.Today or DateWord.Tomorrow or DateWord.Yesterday or DateWord.Noon or DateWord.Midnight or DateWord.Hourly
                or DateWord.Daily or DateWord.Weekly or DateWord.Monthly or DateWord.Yearly or DateWord.Fy or DateWord.Fiscal or DateWord.Cy
                or DateWord.LetterQ or DateWord.LetterH;
    }

    /// <summary>The longest reading starting at token <paramref name="i"/>; scopes, ranges and windows before plain dates on ties.</summary>
    private static bool TryBest(DateScanner s, int i, int previousEnd, out DateCandidate best)
    {
        best = default;
        var found = false;
        Consider(ScopeGrammar.TryParse(s, i, out var c), c, ref found, ref best);
        Consider(RangeGrammar.TryParse(s, i, out c), c, ref found, ref best);
        Consider(WindowGrammar.TryParse(s, i, out c), c, ref found, ref best);
        Consider(TimeGrammar.TryParse(s, i, out c), c, ref found, ref best);
        Consider(SetGrammar.TryParse(s, i, out c), c, ref found, ref best);
        if (CoreDateGrammar.TryParse(s, i, out var date, out var next, out var weak) &&
            (!weak || ((Context.Supports(s, i, previousEnd) || (date.Grain == DateGrain.Year && s.Is(i - 1, DateWord.The))) &&
                !Context.IsCounted(s, date, next))))
        {
            Consider(true, DateCandidate.Of(i, next, date), ref found, ref best);
        }

        if (DurationGrammar.TryRange(s, i, out var low, out var high, out next))
        {
            // "between 30 and 40 minutes": both bounds, lower first ("PT30M/PT40M").
            Consider(true, new DateCandidate(i, next, EntityType.Duration, low.ToIso() + "/" + high.ToIso(), null, null), ref found, ref best);
        }

        if (DurationGrammar.TryParse(s, i, out var duration, out var modifier, out next))
        {
            Consider(true, new DateCandidate(i, next, EntityType.Duration, duration.ToIso(), null, null, modifier), ref found, ref best);
        }

        return found;
    }

    private static void Consider(bool ok, DateCandidate candidate, ref bool found, ref DateCandidate best)
    {
        if (ok && candidate.Next > candidate.First && (!found || candidate.Next > best.Next))
        {
            found = true;
            best = candidate;
        }
    }
}

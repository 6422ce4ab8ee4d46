using System.Collections.Immutable;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Tests.Assertions;

/// <summary>Builds documents and hand-made mentions for stage tests that must not depend on the recognizers.</summary>
internal static class Figures
{
    public static Quantity Count(string text, string phrase, decimal value, Qualifier qualifier = Qualifier.Exact, decimal? low = null, decimal? high = null, int occurrence = 0, decimal? precision = 1)
    {
        var start = IndexOf(text, phrase, occurrence);
        var interval = qualifier == Qualifier.Exact ? Interval.Point(value) : new Interval(low, high);
        return new Quantity(EntityType.Number, new SourceSpan(start, phrase.Length), phrase, value, interval, qualifier, null, precision);
    }

    public static TemporalMention Day(string text, string phrase, DateOnly day) =>
        new(EntityType.Date, new SourceSpan(IndexOf(text, phrase, 0), phrase.Length), phrase, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), day, day.AddDays(1));

    public static Document Doc(string id, string text, string published = "2024-03-14", string? publisher = null) =>
        new(new DocumentId(id), text)
        {
            Metadata = new DocumentMetadata { Published = DateTimeOffset.Parse(published + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), Publisher = publisher },
        };

    public static ImmutableArray<Mention> Mentions(params Mention[] mentions) => [.. mentions.OrderBy(m => m.Span.Start)];

    private static int IndexOf(string text, string phrase, int occurrence)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = text.IndexOf(phrase, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{phrase}' not found in '{text}'.");
            }
        }

        return index;
    }
}

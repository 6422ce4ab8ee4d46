using ConsistencyCheck.Recognition;
using ConsistencyCheck.Recognition.Dates;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Recognition.Dates;

/// <summary>Garbage, extremes and overflow bait never throw, and every span lies inside the text.</summary>
public class DateRecognizerRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "in", "since", "from", "to", "between", "and", "the", "last", "next", "of", "ago", "later", "early", "mid-", "end of",
        "May", "Feb.", "Sunday", "sun", "2024", "99999999", "10000000000", "0", "31", "29", "1st", "twenty", "thousand",
        "hundred", "days", "years", "decade", "century", "Q", "H", "s", "'", "-", "/", ".", ",", ":", "½", "p.m.", "a.m.",
        "Christmas", "Easter", "fiscal", "year", "week", "weekend", "\u2013", "\uD800", "\u00A0", "\n", "9999", "1000", "12:99",
    ];

    [TestCase("It happened in year 99999999.")]
    [TestCase("That was 10000000000 days ago.")]
    [TestCase("In 9999 years from December 31, 9999.")]
    [TestCase("99999-12-31 and 9999-99-99 and 00/00/0000 and 2/30/2024")]
    [TestCase("Since 1000 BC, 9000 centuries later, 4000000 decades ago.")]
    [TestCase("week 99 of 9999, the 99th week of 2024, Q9 2024, 2024-H7")]
    [TestCase("the last 999999999 quarters and next 999999999 decades")]
    [TestCase("")]
    [TestCase("½")]
    [TestCase("'")]
    [TestCase("Easter 9999 and Christmas 1000")]
    public void Extremes_do_not_throw(string text)
    {
        foreach (var reference in new DateOnly?[] { null, new DateOnly(2024, 3, 14), DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(1000, 1, 1) })
        {
            var act = () => Recognize(text, reference);
            act.Should().NotThrow();
        }
    }

    [Test]
    public void Random_token_soup_never_throws_and_spans_stay_inside_the_text()
    {
        var random = new Random(20240314);
        for (var run = 0; run < 2000; run++)
        {
            var words = Enumerable.Range(0, random.Next(1, 14)).Select(_ => Pieces[random.Next(Pieces.Length)]);
            var text = string.Join(random.Next(3) == 0 ? "" : " ", words);
            var reference = random.Next(4) == 0 ? (DateOnly?)null : DateOnly.FromDayNumber(random.Next(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));
            var found = Recognize(text, reference);
            foreach (var mention in found)
            {
                mention.Span.Start.Should().BeGreaterThanOrEqualTo(0);
                mention.Span.End.Should().BeLessThanOrEqualTo(text.Length);
                mention.Text.Should().Be(mention.Span.ToString(text));
                if (mention.Start is { } start && mention.End is { } end)
                {
                    end.Should().BeAfter(start, "'{0}' in '{1}'", mention.Text, text);
                }
            }
        }
    }

    private static List<TemporalMention> Recognize(string text, DateOnly? reference)
    {
        var found = new List<Mention>();
        new DateRecognizer().Recognize(text, new RecognitionContext(reference), found);
        return [.. found.Cast<TemporalMention>()];
    }
}

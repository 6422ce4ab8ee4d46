using System.Globalization;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Recognition.Dates;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Recognition.Dates;

/// <summary>
/// One row per reading. Each row gives the text, then the mention expected as
/// "type | span text | value | start | end | modifier" (start and end ISO, end exclusive, empty when null).
/// The reference date is Thursday 2024-03-14 unless a test says otherwise.
/// </summary>
public class DateRecognizerTests
{
    private static readonly DateOnly Thursday = new(2024, 3, 14);

    [TestCase("It happened on 14 Feb 2024.", "Date|14 Feb 2024|2024-02-14|2024-02-14|2024-02-15|None")]
    [TestCase("Signed March 3, 2023, in Paris.", "Date|March 3, 2023|2023-03-03|2023-03-03|2023-03-04|None")]
    [TestCase("By August 19, 2025 it ends.", "DateRange|By August 19, 2025|2025-08-19||2025-08-20|Until")]
    [TestCase("Filed Nov 2 2019.", "Date|Nov 2 2019|2019-11-02|2019-11-02|2019-11-03|None")]
    [TestCase("Released 2024-02-14 at noon.", "DateTime|2024-02-14 at noon|2024-02-14T12:00|2024-02-14|2024-02-15|None")]
    [TestCase("Dated 02/14/2024.", "Date|02/14/2024|2024-02-14|2024-02-14|2024-02-15|None")]
    [TestCase("Dated 02/03/2024.", "Date|02/03/2024|2024-02-03|2024-02-03|2024-02-04|None")]
    [TestCase("Dated 14.02.2024.", "Date|14.02.2024|2024-02-14|2024-02-14|2024-02-15|None")]
    [TestCase("Tuesday, March 7, 2023 was cold.", "Date|Tuesday, March 7, 2023|2023-03-07|2023-03-07|2023-03-08|None")]
    public void Absolute_dates(string text, string expected) => First(text, Thursday).Should().Be(expected);

    [TestCase("Sales fell in March 2023.", "DateRange|March 2023|2023-03|2023-03-01|2023-04-01|None")]
    [TestCase("They met in May.", "DateRange|May|2023-05|2023-05-01|2023-06-01|None")]
    [TestCase("They met in March.", "DateRange|March|2024-03|2024-03-01|2024-04-01|None")]
    [TestCase("It opens early August.", "DateRange|early August|2023-08|2023-08-01|2023-08-16|Start")]
    [TestCase("Talks resume mid-October.", "DateRange|mid-October|2023-10|2023-10-10|2023-10-21|Mid")]
    [TestCase("A vote is due late 2024.", "DateRange|late 2024|2024|2024-09-01|2025-01-01|End")]
    [TestCase("It was dry in the summer of 2023.", "DateRange|the summer of 2023|2023-SU|2023-06-01|2023-09-01|None")]
    [TestCase("Prices peaked in 2016.", "DateRange|2016|2016|2016-01-01|2017-01-01|None")]
    [TestCase("Results for Q3 2023 are out.", "DateRange|Q3 2023|2023-Q3|2023-07-01|2023-10-01|None")]
    [TestCase("Music of the 1990s.", "DateRange|1990s|199|1990-01-01|2000-01-01|None")]
    [TestCase("Growth returned in the early 2000s.", "DateRange|early 2000s|200|2000-01-01|2003-01-01|Start")]
    [TestCase("The 2019 report found 41 deaths.", "DateRange|2019|2019|2019-01-01|2020-01-01|None")]
    [TestCase("Sales rose 12% in Q4.", "DateRange|Q4|2023-Q4|2023-10-01|2024-01-01|None")]
    [TestCase("Revenue for fiscal year 2023 rose.", "DateRange|fiscal year 2023||||None")]
    public void Partial_and_fuzzy_dates(string text, string expected) => First(text, Thursday).Should().Be(expected);

    [TestCase("He spoke on Wednesday.", "Date|Wednesday|2024-03-13|2024-03-13|2024-03-14|None")]
    [TestCase("He spoke on Thursday.", "Date|Thursday|2024-03-14|2024-03-14|2024-03-15|None")]
    [TestCase("He spoke on Sunday.", "Date|Sunday|2024-03-10|2024-03-10|2024-03-11|None")]
    [TestCase("It snowed last December.", "DateRange|last December|2023-12|2023-12-01|2024-01-01|None")]
    [TestCase("Growth this year is slow.", "DateRange|this year|2024|2024-01-01|2025-01-01|None")]
    [TestCase("Shares fell last week.", "DateRange|last week|2024-W10|2024-03-04|2024-03-11|None")]
    [TestCase("It rained yesterday.", "Date|yesterday|2024-03-13|2024-03-13|2024-03-14|None")]
    [TestCase("It rained two days ago.", "Date|two days ago|2024-03-12|2024-03-12|2024-03-13|None")]
    [TestCase("Prices rose earlier this month.", "DateRange|earlier this month|2024-03|2024-03-01|2024-03-14|Start")]
    [TestCase("Stocks slid last Friday.", "Date|last Friday|2024-03-08|2024-03-08|2024-03-09|None")]
    [TestCase("Rates rise next month.", "DateRange|next month|2024-04|2024-04-01|2024-05-01|None")]
    [TestCase("Shops closed on Christmas.", "Date|Christmas|2023-12-25|2023-12-25|2023-12-26|None")]
    public void Relative_dates_resolve_against_the_publication_date(string text, string expected) => First(text, Thursday).Should().Be(expected);

    [TestCase("Prices have doubled since March 2023.", "DateRange|since March 2023|2023-03|2023-03-01|2024-03-15|Since")]
    [TestCase("Work ran from March to May.", "DateRange|from March to May|2024-03/2024-05|2024-03-01|2024-06-01|None")]
    [TestCase("Output grew between 2019 and 2021.", "DateRange|between 2019 and 2021|2019/2021|2019-01-01|2022-01-01|None")]
    [TestCase("Costs rose over the past year.", "DateRange|past year|2023-03-14/2024-03-13|2023-03-14|2024-03-14|None")]
    [TestCase("Nothing was built before 2018.", "DateRange|before 2018|2018||2018-01-01|Before")]
    [TestCase("Emissions must halve by 2030.", "DateRange|by 2030|2030||2031-01-01|Until")]
    [TestCase("Deaths fell in the last 3 months.", "DateRange|last 3 months|2023-12-14/2024-03-13|2023-12-14|2024-03-14|None")]
    [TestCase("The deal ran from 2014-2018.", "DateRange|from 2014-2018|2014/2018|2014-01-01|2019-01-01|None")]
    [TestCase("The plan runs until the end of the decade.", "DateRange|until the end of the decade|202||2030-01-01|Until")]
    [TestCase("Markets shut for the next 4 business days.", "DateRange|next 4 business days|2024-03-15/2024-03-20|2024-03-15|2024-03-21|None")]
    public void Periods_and_scopes(string text, string expected) => First(text, Thursday).Should().Be(expected);

    [TestCase("The project took 18 months.", "Duration|18 months|P18M|||None")]
    [TestCase("After a 14-month strike, work resumed.", "Duration|14-month|P14M|||None")]
    [TestCase("It lasted almost three years.", "Duration|almost three years|P3Y|||Approximate")]
    [TestCase("Allow four weeks.", "Duration|four weeks|P4W|||None")]
    [TestCase("After a decade of war.", "Duration|a decade|P10Y|||None")]
    [TestCase("The outage lasted more than 4 days.", "Duration|more than 4 days|P4D|||More")]
    [TestCase("He waited 1 hour and 30 minutes.", "Duration|1 hour and 30 minutes|PT1H30M|||None")]
    [TestCase("It took a few weeks.", "Duration|a few weeks|P3W|||Approximate")]
    [TestCase("The worst flood in 50 years.", "Duration|50 years|P50Y|||None")]
    public void Durations_keep_their_hedge(string text, string expected) => First(text, Thursday).Should().Be(expected);

    [TestCase("Crews arrived between 30 and 40 minutes later.", "Duration|between 30 and 40 minutes|PT30M/PT40M|||None")]
    [TestCase("The wait was 30 to 40 minutes.", "Duration|30 to 40 minutes|PT30M/PT40M|||None")]
    [TestCase("Repairs take 30-40 minutes.", "Duration|30-40 minutes|PT30M/PT40M|||None")]
    [TestCase("It could take from two to three years.", "Duration|from two to three years|P2Y/P3Y|||None")]
    public void A_duration_range_keeps_its_first_bound(string text, string expected) => First(text, Thursday).Should().Be(expected);

    [TestCase("The quake struck at 19:46 local time.", "Time|19:46|T19:46|||None")]
    [TestCase("Polls close at 6 p.m.", "Time|6 p.m.|T18:00|||None")]
    [TestCase("Trains resume at 7 a.m. tomorrow.", "DateTime|7 a.m. tomorrow|2024-03-15T07:00|2024-03-15|2024-03-16|None")]
    [TestCase("Kick-off is 14 Feb 2024 21:15.", "DateTime|14 Feb 2024 21:15|2024-02-14T21:15|2024-02-14|2024-02-15|None")]
    [TestCase("Prices are set daily.", "Set|daily|P1D|||None")]
    [TestCase("It meets every week.", "Set|every week|P1W|||None")]
    public void Times_and_recurrences_are_typed_as_such(string text, string expected) => First(text, Thursday).Should().Be(expected);

    [TestCase("It rained yesterday.", "Date|yesterday||||None")]
    [TestCase("Shares fell last week.", "DateRange|last week||||None")]
    [TestCase("They met in May.", "DateRange|May||||None")]
    [TestCase("He spoke on Sunday.", "Date|Sunday||||None")]
    [TestCase("Prices have doubled since March 2023.", "DateRange|since March 2023|2023-03|2023-03-01||Since")]
    [TestCase("It happened on 14 Feb 2024.", "Date|14 Feb 2024|2024-02-14|2024-02-14|2024-02-15|None")]
    public void Without_a_reference_date_relative_phrases_stay_unresolved(string text, string expected) => First(text, null).Should().Be(expected);

    [TestCase("There were 2,016 cases in 2000 homes.")]
    [TestCase("He scored 2019 points.")]
    [TestCase("Route 66 and 1/2 of the votes.")]
    [TestCase("It may rain; we march on.")]
    [TestCase("Between 2000 and 3000 people attended.")]
    [TestCase("Founded in 1998, it employs 2000 staff.", "DateRange|1998|1998|1998-01-01|1999-01-01|None")]
    [TestCase("The score was 3-2 after 90 minutes of 4.5 quality.", "Duration|90 minutes|PT90M|||None")]
    public void Counts_are_not_dates(string text, params string[] expected) =>
        All(text, Thursday).Should().Equal(expected);

    [Test]
    public void Day_first_order_is_an_option()
    {
        var recognizer = new DateRecognizer(new DateRecognitionOptions { NumericOrder = NumericDateOrder.DayFirst });
        Describe(Run(recognizer, "Dated 02/03/2024.", Thursday)[0]).Should().Be("Date|02/03/2024|2024-03-02|2024-03-02|2024-03-03|None");
    }

    [Test]
    public void Range_closing_at_start_reproduces_the_peer_reading()
    {
        var recognizer = new DateRecognizer(new DateRecognitionOptions { RangeClosing = RangeClosing.AtStart });
        Describe(Run(recognizer, "Work ran from March to May.", Thursday)[0])
            .Should().Be("DateRange|from March to May|2024-03/2024-05|2024-03-01|2024-05-01|None");
    }

    [Test]
    public void UseDates_registers_the_recognizer()
    {
        var builder = new ConsistencyPipelineBuilder().UseDates();
        builder.Recognizers.Should().ContainSingle().Which.Should().BeOfType<DateRecognizer>();
    }

    [Test]
    public void Invalid_options_are_rejected()
    {
        var act = () => new DateRecognizer(new DateRecognitionOptions { NumericOrder = (NumericDateOrder)7 });
        act.Should().Throw<ArgumentException>().WithParameterName("NumericOrder");
    }

    internal static string First(string text, DateOnly? reference) =>
        Run(new DateRecognizer(), text, reference) is { Count: > 0 } found ? Describe(found[0]) : "(none)";

    internal static string[] All(string text, DateOnly? reference) =>
        [.. Run(new DateRecognizer(), text, reference).Select(Describe)];

    internal static List<TemporalMention> Run(DateRecognizer recognizer, string text, DateOnly? reference)
    {
        var found = new List<Mention>();
        recognizer.Recognize(text, new RecognitionContext(reference), found);
        return [.. found.Cast<TemporalMention>().OrderBy(m => m.Span.Start)];
    }

    internal static string Describe(TemporalMention m) =>
        string.Join('|', m.Type, m.Text, m.Value, Iso(m.Start), Iso(m.End), m.Modifier);

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}

using ConsistencyCheck.Assertions;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Recognition;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Assertions;

/// <summary>
/// Dates and years stated as facts become assertions of their own kind (issue 15; docs/semantics.md): the event is the
/// subject, the date an interval of days. Statement days, dates that only date another figure and dates inside names
/// are not facts. The sentences are written for the rules' shapes.
/// </summary>
public class TemporalFactTests
{
    private static readonly ConsistencyPipeline Pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();

    // Monday 9 April 2018.
    private static List<Assertion> Dates(string text, string id = "d", string published = "2018-04-09", ConsistencyPipeline? pipeline = null) =>
        [.. (pipeline ?? Pipeline).Extract(Figures.Doc(id, text, published)).Where(a => a.Quantity.Unit?.Category == "date")];

    [TestCase("Farenthold resigned from Congress on Friday.", "Friday", "resign", "2018-04-06", "2018-04-06")]
    [TestCase("The House voted on 30 April 2018.", "30 April 2018", "vote", "2018-04-30", "2018-04-30")]
    [TestCase("The ban on imports was imposed in 2014.", "2014", "impose", "2014-01-01", "2014-12-31")]
    [TestCase("Sunday's earthquake killed dozens.", "Sunday", "earthquake", "2018-04-08", "2018-04-08")]
    public void A_date_of_an_event_is_an_assertion_with_the_event_as_subject(string text, string date, string happening, string first, string last)
    {
        var fact = Dates(text).Should().ContainSingle().Subject;
        fact.Quantity.Text.Should().Be(date);
        fact.Subject.Head.Should().Be(happening);
        fact.Predicate.IsNone.Should().BeTrue();
        fact.Quantity.Interval.Low.Should().Be(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture).DayNumber);
        fact.Quantity.Interval.High.Should().Be(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture).DayNumber + 1);
        fact.Quantity.Interval.HighInclusive.Should().BeFalse();
    }

    [TestCase("Trump said Thursday that he would run.")]
    [TestCase("In 2015, 300 residents were evacuated from the valley.")]
    [TestCase("The 14th Amendment guarantees citizenship.")]
    [TestCase("The fair opens every Friday morning.")]
    public void Statement_days_dates_of_other_figures_and_names_are_not_facts(string text)
    {
        Dates(text).Should().BeEmpty();
    }

    [Test]
    public void Dates_are_not_read_as_facts_when_the_option_is_off()
    {
        var pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates()
            .WithOptions(new ConsistencyOptions { Assertions = ExtractionOptions.Default with { ReadDates = false } }).Build();
        Dates("Farenthold resigned from Congress on Friday.", pipeline: pipeline).Should().BeEmpty();
    }

    [Test]
    public void The_same_date_of_one_event_in_two_outlets_agrees()
    {
        var a = Dates("Farenthold resigned from Congress on Friday.", "a").Single();
        var b = Dates("Farenthold resigned on April 6.", "b", "2018-04-07").Single();
        var finding = new VerdictRules(ComparisonOptions.Default).Judge(a, b, "c1")!;
        finding.Kind.Should().Be(FindingKind.Agreement);
        finding.Relation.Should().Be(IntervalRelation.Equal);
        ConsistencyCheck.Reporting.FindingExplanation.Render(finding, id => id == a.Id ? a : b).Should().EndWith("(resign): the same date, written differently.");
    }

    [TestCase("Farenthold resigned from Congress on Thursday.", "2018-04-09")]
    [TestCase("Farenthold resigned from Congress this week.", "2018-04-09")]
    public void Different_or_coarser_dates_are_not_yet_judged(string other, string published)
    {
        var a = Dates("Farenthold resigned from Congress on Friday.", "a").Single();
        var b = Dates(other, "b", published).Single();
        new VerdictRules(ComparisonOptions.Default).Judge(a, b, "c1").Should().BeNull();
    }
}

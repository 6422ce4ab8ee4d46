using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Assertions;

/// <summary>
/// A duration is an assertion when the WordNet chunker finds the noun it measures right at it (docs/semantics.md,
/// "Durations"): "a 60-day suspension", "19 years of service". A bare or relative duration says nothing comparable.
/// </summary>
public class DurationAssertionTests
{
    private static readonly ConsistencyPipeline Pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();

    [TestCase("The league handed him a 60-day suspension on Friday.", "60-day", "suspension", 60, "day")]
    [TestCase("She retired after 19 years of service at the hospital.", "19 years", "service", 19, "year")]
    [TestCase("The council approved a 22-month investigation into the contract.", "22-month", "investigation", 22, "month")]
    [TestCase("Volunteers must complete 40 hours of training before the season.", "40 hours", "training", 40, "hour")]
    public void A_duration_that_measures_a_noun_is_an_assertion_about_it(string text, string figure, string head, int value, string unit)
    {
        var assertions = Pipeline.Extract(Document(text));

        var duration = assertions.Should().ContainSingle(a => a.Quantity.Text == figure).Subject;
        duration.Subject.Head.Should().Be(head);
        duration.Quantity.Stated.Should().Be(value);
        duration.Quantity.Unit!.Name.Should().Be(unit);
        duration.Quantity.Unit.Category.Should().Be("duration");
    }

    [TestCase("Three days later, the road reopened.")]
    [TestCase("The talks lasted two weeks, officials said.")]
    [TestCase("He will decide within a year.")]
    public void A_bare_or_relative_duration_is_not(string text)
    {
        // "within a year" is still the date range of a decision (a date stated as a fact), not a length of anything.
        Pipeline.Extract(Document(text)).Should().NotContain(a => a.Quantity.Unit != null && a.Quantity.Unit.Category == "duration");
    }

    [Test]
    public void Two_outlets_giving_the_same_length_of_the_same_thing_agree()
    {
        var report = Pipeline.CheckAsync(
        [
            Document("The union ended its 11-day strike on Monday.", "a"),
            Document("Dockers returned to work on Monday after an 11-day strike over pay.", "b"),
        ]).GetAwaiter().GetResult();

        report.Assertions.Where(a => a.Quantity.Text == "11-day").Select(a => a.Subject.Head).Should().Equal("strike", "strike");
        report.Findings.Should().ContainSingle().Which.Kind.Should().Be(ConsistencyCheck.Comparison.FindingKind.Agreement);
    }

    private static Document Document(string text, string id = "d") =>
        new(new DocumentId(id), text) { Metadata = new DocumentMetadata { Published = new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero) } };
}

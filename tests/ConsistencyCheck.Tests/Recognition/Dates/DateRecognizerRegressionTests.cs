using ConsistencyCheck.Recognition;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Recognition.Dates;

/// <summary>Bugs found on news text, each a failing case first.</summary>
public class DateRecognizerRegressionTests
{
    private static readonly ConsistencyPipeline Pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();

    [TestCase("As of Thursday, 1,150 residents remain in emergency shelters.", "Thursday", "1,150")]
    [TestCase("On Monday, 2,300 homes were flooded.", "Monday", "2,300")]
    public void A_count_with_thousands_groups_is_never_a_day_of_the_month(string text, string date, string count)
    {
        var mentions = Pipeline.Recognize(text, new RecognitionContext(new DateOnly(2024, 3, 21)));
        mentions.Should().Contain(m => m.Text == date && m is TemporalMention);
        mentions.Should().Contain(m => m.Text == count && m is Quantity);
    }

    [TestCase("Crews arrived between 30 and 40 minutes later.", "between 30 and 40 minutes")]
    [TestCase("The wait was 30 to 40 minutes.", "30 to 40 minutes")]
    public void The_first_bound_of_a_duration_range_is_not_a_bare_count(string text, string span)
    {
        var mentions = Pipeline.Recognize(text, new RecognitionContext(new DateOnly(2024, 3, 21)));
        mentions.Should().Contain(m => m.Text == span && m is TemporalMention);
        mentions.Should().NotContain(m => m.Text == "30");
    }
}

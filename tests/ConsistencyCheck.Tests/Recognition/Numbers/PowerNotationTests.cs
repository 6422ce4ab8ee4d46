using ConsistencyCheck.Assertions;
using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Recognition.Numbers;

/// <summary>
/// Power notation through the public pipeline: a power that fits a decimal is read whole ("10^6 people" is a million),
/// and an absurd exponent or a power out of the decimal range is declined: no figure, never the exponent read as a count
/// ("10^999999999 people" was once 999999999 people).
/// </summary>
public class PowerNotationTests
{
    private static readonly ConsistencyPipeline Pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();

    [TestCase("10^999999999 people were evacuated.")]
    [TestCase("10^1000 people were evacuated.")]
    [TestCase("10^30 people were evacuated.")]
    [TestCase("2.5×10^30 people were evacuated.")]
    [TestCase("4 x 10^99999 people were evacuated.")]
    [TestCase("7^999 people were evacuated.")]
    [TestCase("2^-5 people were evacuated.")]
    public void A_power_out_of_range_is_declined_and_no_figure_is_read(string text)
    {
        Pipeline.Recognize(text).Should().BeEmpty("the power does not fit a decimal: it is declined, not misread");
        Pipeline.Extract(new Document(new DocumentId("a"), text)).Should().BeEmpty();
    }

    [TestCase("10^6 people were evacuated.", "10^6", 1_000_000)]
    [TestCase("1.3x10^6 people were evacuated.", "1.3x10^6", 1_300_000)]
    [TestCase("2.5 × 10^3 people were evacuated.", "2.5 × 10^3", 2_500)]
    [TestCase("2^10 people were evacuated.", "2^10", 1024)]
    [TestCase("10^-3 of the people were evacuated.", "10^-3", 0.001)]
    [TestCase("4 x 10^-28 people were evacuated.", "4 x 10^-28", 0.0000000000000000000000000004)]
    [TestCase("0.5^3 people were evacuated.", "0.5^3", 0.125)]
    public void A_power_in_range_is_read_whole(string text, string surface, decimal value)
    {
        var mention = Pipeline.Recognize(text).Should().ContainSingle().Subject;

        mention.Text.Should().Be(surface);
        mention.Should().BeOfType<ConsistencyCheck.Recognition.Quantity>().Which.Stated.Should().Be(value);
    }

    [Test]
    public void The_exponent_of_an_absurd_power_is_never_a_count_of_people()
    {
        var assertions = Pipeline.Extract(new Document(new DocumentId("a"), "Officials said 10^999999999 people were evacuated on Tuesday."));

        assertions.Select(a => a.Quantity.Stated).Should().NotContain(999_999_999m);
    }
}

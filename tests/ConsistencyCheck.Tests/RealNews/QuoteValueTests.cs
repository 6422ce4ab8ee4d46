using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.RealNews;

/// <summary>The quote reader of the recognize scorer (docs/evaluation.md § 10), on the forms the annotations hold.</summary>
public class QuoteValueTests
{
    [TestCase("nearly 55,000", "55000", "")]
    [TestCase("$4.1 million", "4100000", "")]
    [TestCase("Forty-one", "41", "")]
    [TestCase("three hundred twenty-one", "321", "")]
    [TestCase("a dozen", "12", "")]
    [TestCase("more than 300", "300", "")]
    [TestCase("one or more", "1", "")]
    [TestCase("about $800 to $1,000", "800 1000", "")]
    [TestCase("40- to 60-hour", "40 60", "hour")]
    [TestCase("40-60 hours", "40 60", "hours")]
    [TestCase("6-year-old", "6", "year")]
    [TestCase("nearly hour-long", "1", "hour")]
    [TestCase("within a year", "1", "year")]
    [TestCase("six years later", "6", "years")]
    [TestCase("million-dollar", "1000000", "dollar")]
    [TestCase(".45-caliber", "0.45", "caliber")]
    [TestCase("90-plus percent", "90", "")]
    [TestCase("About three quarters", "0.75", "")]
    [TestCase("dozens", "", "")]
    [TestCase("tens of thousands", "", "")]
    [TestCase("a majority", "", "")]
    public void Reads_the_stated_endpoints_and_unit_words(string quote, string endpoints, string unitWords)
    {
        var value = QuoteValue.Parse(quote);

        string.Join(" ", value.Endpoints.Select(v => (v / 1.0000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture))).Should().Be(endpoints);
        string.Join(" ", value.UnitWords).Should().Be(unitWords);
    }

    [TestCase("$4.1 million", 4_130_000, true)]
    [TestCase("$4.1 million", 4_200_000, false)]
    [TestCase("two-thirds", 0.6667, true)]
    [TestCase("48.7 percent", 49, false)]
    public void Matches_within_the_rounding_of_the_quote(string quote, double predicted, bool matches)
    {
        QuoteValue.Parse(quote).Matches([(decimal)predicted], asShare: false).Should().Be(matches);
    }

    [Test]
    public void A_fraction_of_a_share_matches_in_percent()
    {
        QuoteValue.Parse("two-thirds").Matches([66.67m], asShare: true).Should().BeTrue();
    }
}

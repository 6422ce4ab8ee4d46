using ConsistencyCheck.Recognition;
using ConsistencyCheck.Recognition.Numbers;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Recognition.Numbers;

/// <summary>Every row of the "Figures and hedges" table in docs/semantics.md, plus the non-quantity rules.</summary>
public class NumberRecognizerTests
{
    // Figures: exact values, stated as written, with their precision.
    [TestCase("41 doctors went on strike", "Number '41' 41 [41, 41] Exact - 1")]
    [TestCase("Forty-one senior doctors", "Number 'Forty-one' 41 [41, 41] Exact - 1")]
    [TestCase("Thirty-two people", "Number 'Thirty-two' 32 [32, 32] Exact - 1")]
    [TestCase("one hundred and forty homes", "Number 'one hundred and forty' 140 [140, 140] Exact - 10")]
    [TestCase("twenty-one thousand voters", "Number 'twenty-one thousand' 21000 [21000, 21000] Exact - 1000")]
    [TestCase("a dozen eggs", "Number 'a dozen' 12 [12, 12] Exact - 1")]
    [TestCase("3,400 jobs", "Number '3,400' 3400 [3400, 3400] Exact - 100")]
    [TestCase("40,000 fans", "Number '40,000' 40000 [40000, 40000] Exact - 1000")]
    [TestCase("40,012 fans", "Number '40,012' 40012 [40012, 40012] Exact - 1")]
    [TestCase("12,250 tests", "Number '12,250' 12250 [12250, 12250] Exact - 10")]
    [TestCase("20417.56 units", "Number '20417.56' 20417.56 [20417.56, 20417.56] Exact - 0.01")]
    [TestCase("1.2 million people", "Number '1.2 million' 1200000 [1200000, 1200000] Exact - 100000")]
    [TestCase("3bn users", "Number '3bn' 3000000000 [3000000000, 3000000000] Exact - 100000000")]
    [TestCase("10M downloads", "Number '10M' 10000000 [10000000, 10000000] Exact - 1000000")]
    [TestCase("1 234 567 people", "Number '1 234 567' 1234567 [1234567, 1234567] Exact - 1")]
    [TestCase("40\u202F000 people", "Number '40\u202F000' 40000 [40000, 40000] Exact - 1000")]
    [TestCase("a temperature of −5 today", "Number '−5' -5 [-5, -5] Exact - 1")]
    [TestCase("35+ countries", "NumberRange '35+' 35 [35, ∞) AtLeast - 1")]
    public void Reads_figures(string text, string expected) => Assert.That(RecognitionHarness.DescribeAll(text), Is.EqualTo(expected));

    // Fractions, ratios, percentages, ordinals.
    [TestCase("two-thirds of voters", "Percentage 'two-thirds' 66.66666666666666666666666667 [66.66666666666666666666666667, 66.66666666666666666666666667] Exact Percent -")]
    [TestCase("a third of voters", "Percentage 'a third' 33.33333333333333333333333333 [33.33333333333333333333333333, 33.33333333333333333333333333] Exact Percent -")]
    [TestCase("half of them", "Percentage 'half' 50 [50, 50] Exact Percent -")]
    [TestCase("three in four adults", "Number 'three in four' 0.75 [0.75, 0.75] Exact - -")]
    [TestCase("60% of voters", "Percentage '60%' 60 [60, 60] Exact Percent 1")]
    [TestCase("rose 19 per cent", "Percentage '19 per cent' 19 [19, 19] Exact Percent 1")]
    [TestCase("up 2 percentage points", "Percentage '2 percentage points' 2 [2, 2] Exact Percentage point 1")]
    [TestCase("the 20th victim", "Ordinal '20th' 20 [20, 20] Exact - -")]
    [TestCase("the twenty-first century", "Ordinal 'twenty-first' 21 [21, 21] Exact - -")]
    [TestCase("for the second time", "Ordinal 'second' 2 [2, 2] Exact - -")]
    public void Reads_fractions_percentages_and_ordinals(string text, string expected) => Assert.That(RecognitionHarness.DescribeAll(text), Is.EqualTo(expected));

    // Hedges and bounds: each turns the figure into an interval.
    [TestCase("nearly 55,000 people", "NumberRange", "Number 'nearly 55,000' 55000 [49500, 55000] Nearly - 1000")]
    [TestCase("almost 40,000 people", "", "Number 'almost 40,000' 40000 [36000, 40000] Nearly - 1000")]
    [TestCase("just under 200 people", "", "Number 'just under 200' 200 [180, 200] Nearly - 10")]
    [TestCase("about 2,300 people", "", "Number 'about 2,300' 2300 [2070, 2530] Approximate - 100")]
    [TestCase("around 300 people", "", "Number 'around 300' 300 [270, 330] Approximate - 10")]
    [TestCase("some 40 people", "", "Number 'some 40' 40 [36, 44] Approximate - 1")]
    [TestCase("roughly 1,000 people", "", "Number 'roughly 1,000' 1000 [900, 1100] Approximate - 100")]
    [TestCase("approximately 80 people", "", "Number 'approximately 80' 80 [72, 88] Approximate - 1")]
    [TestCase("an estimated 500 people", "", "Number 'an estimated 500' 500 [450, 550] Approximate - 10")]
    [TestCase("60 or so people", "", "Number '60 or so' 60 [54, 66] Approximate - 1")]
    [TestCase("at least 55,000 people", "", "NumberRange 'at least 55,000' 55000 [55000, ∞) AtLeast - 1000")]
    [TestCase("no fewer than 12 people", "", "NumberRange 'no fewer than 12' 12 [12, ∞) AtLeast - 1")]
    [TestCase("100 or more people", "", "NumberRange '100 or more' 100 [100, ∞) AtLeast - 10")]
    [TestCase("more than 300 people", "", "NumberRange 'more than 300' 300 (300, ∞) MoreThan - 10")]
    [TestCase("over 300 people", "", "NumberRange 'over 300' 300 (300, ∞) MoreThan - 10")]
    [TestCase("upwards of 300 people", "", "NumberRange 'upwards of 300' 300 (300, ∞) MoreThan - 10")]
    [TestCase("just over 300 people", "", "NumberRange 'just over 300' 300 (300, ∞) MoreThan - 10")]
    [TestCase("well over 300 people", "", "NumberRange 'well over 300' 300 (300, ∞) MoreThan - 10")]
    [TestCase("at most 30 people", "", "NumberRange 'at most 30' 30 [0, 30] AtMost - 1")]
    [TestCase("no more than 30 people", "", "NumberRange 'no more than 30' 30 [0, 30] AtMost - 1")]
    [TestCase("up to 30 people", "", "NumberRange 'up to 30' 30 [0, 30] UpTo - 1")]
    [TestCase("as many as 30 people", "", "NumberRange 'as many as 30' 30 [0, 30] UpTo - 1")]
    [TestCase("fewer than 10 people", "", "NumberRange 'fewer than 10' 10 [0, 10) LessThan - 1")]
    [TestCase("less than 10 people", "", "NumberRange 'less than 10' 10 [0, 10) LessThan - 1")]
    [TestCase("under 10 people", "", "NumberRange 'under 10' 10 [0, 10) LessThan - 1")]
    [TestCase("below 10 people", "", "NumberRange 'below 10' 10 [0, 10) LessThan - 1")]
    [TestCase("Nearly 40,000 people fled", "", "Number 'Nearly 40,000' 40000 [36000, 40000] Nearly - 1000")]
    [TestCase("more than a dozen people", "", "NumberRange 'more than a dozen' 12 (12, ∞) MoreThan - 1")]
    public void Reads_hedges(string text, string unused, string expected)
    {
        _ = unused;
        Assert.That(RecognitionHarness.DescribeAll(text), Is.EqualTo(expected));
    }

    // Ranges: both bounds stated, no single figure.
    [TestCase("20 to 30 people", "NumberRange '20 to 30' - [20, 30] Range - -")]
    [TestCase("20-30 people", "NumberRange '20-30' - [20, 30] Range - -")]
    [TestCase("20–30 people", "NumberRange '20–30' - [20, 30] Range - -")]
    [TestCase("between 20 and 30 people", "NumberRange 'between 20 and 30' - [20, 30] Range - -")]
    [TestCase("from 20 to 30 people", "NumberRange 'from 20 to 30' - [20, 30] Range - -")]
    [TestCase("two or three people", "NumberRange 'two or three' - [2, 3] Range - -")]
    [TestCase("2 to 3 million people", "NumberRange '2 to 3 million' - [2000000, 3000000] Range - -")]
    public void Reads_ranges(string text, string expected) => Assert.That(RecognitionHarness.DescribeAll(text), Is.EqualTo(expected));

    // Vague amounts: a documented conventional interval.
    [TestCase("a couple of people", "Number 'a couple' - [2, 3] Vague - -")]
    [TestCase("a few people", "Number 'a few' - [2, 5] Vague - -")]
    [TestCase("a handful of people", "Number 'a handful' - [2, 6] Vague - -")]
    [TestCase("several people", "Number 'several' - [3, 9] Vague - -")]
    [TestCase("dozens of people", "Number 'dozens' - [24, 99] Vague - -")]
    [TestCase("scores of people", "Number 'scores' - [40, 199] Vague - -")]
    [TestCase("hundreds of people", "Number 'hundreds' - [200, 999] Vague - -")]
    [TestCase("thousands of people", "Number 'thousands' - [2000, 9999] Vague - -")]
    [TestCase("tens of thousands of people", "Number 'tens of thousands' - [20000, 99999] Vague - -")]
    [TestCase("hundreds of thousands of people", "Number 'hundreds of thousands' - [200000, 999999] Vague - -")]
    [TestCase("millions of people", "Number 'millions' - [2000000, 9999999] Vague - -")]
    [TestCase("a few hundred people", "Number 'a few hundred' - [200, 500] Vague - -")]
    [TestCase("several thousand people", "Number 'several thousand' - [3000, 9000] Vague - -")]
    public void Reads_vague_amounts(string text, string expected) => Assert.That(RecognitionHarness.DescribeAll(text), Is.EqualTo(expected));

    // Numbers that name rather than count: an identifier, or nothing (dates and times go to the date recognizer).
    [TestCase("Route 66 is closed", "Identifier 'Route 66' - (-∞, ∞) Exact - -")]
    [TestCase("under Article 5 of the treaty", "Identifier 'Article 5' - (-∞, ∞) Exact - -")]
    [TestCase("Order No. 3 was signed", "Identifier 'No. 3' - (-∞, ∞) Exact - -")]
    [TestCase("Flight 370 vanished", "Identifier 'Flight 370' - (-∞, ∞) Exact - -")]
    [TestCase("Apollo 11 landed", "Identifier 'Apollo 11' - (-∞, ∞) Exact - -")]
    [TestCase("the G7 summit", "Identifier 'G7' - (-∞, ∞) Exact - -")]
    [TestCase("COVID-19 cases", "Identifier 'COVID-19' - (-∞, ∞) Exact - -")]
    [TestCase("a Boeing 737 jet", "Identifier 'Boeing 737' - (-∞, ∞) Exact - -")]
    [TestCase("call +1-222-2222-2222 now", "Identifier '1-222-2222-2222' - (-∞, ∞) Exact - -")]
    [TestCase("they won 3-1 at home", "Identifier '3-1' - (-∞, ∞) Exact - -")]
    [TestCase("in 2016 the law changed", "")]
    [TestCase("in October 2023", "")]
    [TestCase("at 19:46 local time", "")]
    [TestCase("at 7 a.m. on Monday", "")]
    [TestCase("on May 4 the vote", "")]
    [TestCase("no one was hurt", "")]
    [TestCase("one of the victims", "")]
    [TestCase("the one who left", "")]
    [TestCase("a one-time payment", "")]
    [TestCase("from 2010 to 2015", "")]
    [TestCase("the 2019-20 season", "")]
    [TestCase("in the 1990s", "")]
    public void Does_not_count_names_dates_and_pronouns(string text, string expected) => Assert.That(RecognitionHarness.DescribeAll(text), Is.EqualTo(expected));

    [TestCase("Two people were killed", "Number 'Two' 2 [2, 2] Exact - 1")]
    [TestCase("One man died", "Number 'One' 1 [1, 1] Exact - 1")]
    [TestCase("only one survived", "Number 'one' 1 [1, 1] Exact - 1")]
    public void Reads_sentence_initial_and_single_counts(string text, string expected) => Assert.That(RecognitionHarness.DescribeAll(text), Is.EqualTo(expected));

    [Test]
    public void Span_excludes_counted_noun_and_figure_span_excludes_hedge()
    {
        var q = RecognitionHarness.Recognize("nearly 55,000 people").Single();
        Assert.That(q.Span.Length, Is.EqualTo("nearly 55,000".Length));
        Assert.That(q.FigureSpan, Is.EqualTo(new ConsistencyCheck.Text.SourceSpan(7, 6)));
    }

    [Test]
    public void Options_change_hedge_tolerance()
    {
        var recognizer = new NumberRecognizer(new NumberRecognitionOptions { NearlyTolerance = 0.05m });
        var found = new List<Mention>();
        recognizer.Recognize("nearly 100 people", default, found);
        Assert.That(((Quantity)found.Single()).Interval, Is.EqualTo(new Interval(95.00m, 100)));
    }

    [Test]
    public void Invalid_options_throw_naming_the_option() =>
        Assert.That(() => new NumberRecognizer(new NumberRecognitionOptions { ApproximateTolerance = 2 }), Throws.ArgumentException.With.Message.Contains("ApproximateTolerance"));

    [Test]
    public void Registration_adds_the_recognizers()
    {
        var builder = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities();
        Assert.That(builder.Recognizers.Select(r => r.GetType().Name), Is.EqualTo(new[] { "NumberRecognizer", "QuantityRecognizer" }));
    }
}

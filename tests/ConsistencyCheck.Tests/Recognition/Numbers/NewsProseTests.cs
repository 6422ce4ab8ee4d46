using ConsistencyCheck.Recognition;
using ConsistencyCheck.Recognition.Dates;
using ConsistencyCheck.Recognition.Numbers;
using ConsistencyCheck.Recognition.Quantities;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Recognition.Numbers;

/// <summary>
/// Figures as news sentences write them: hedges, money, measures, ages, rates, and the words that look like numbers but
/// are not ("no one", "the other one"). Rows are "Type 'text' stated interval qualifier unit precision", joined by " | ".
/// </summary>
public class NewsProseTests
{
    private static readonly TextRecognizer WithDates = new([new QuantityRecognizer(), new NumberRecognizer(), new DateRecognizer()]);

    // Hedged counts.
    [TestCase("The blast killed at least 14 people.", "NumberRange 'at least 14' 14 [14, ∞) AtLeast - 1")]
    [TestCase("Floods damaged some 2,000 homes in the region.", "Number 'some 2,000' 2000 [1800, 2200] Approximate - 100")]
    [TestCase("Nearly 55,000 people have fled, according to the UN.", "Number 'Nearly 55,000' 55000 [49500, 55000] Nearly - 1000")]
    [TestCase("Around 300 soldiers were deployed.", "Number 'Around 300' 300 [270, 330] Approximate - 10")]
    [TestCase("The storm left 3 dead and 12 injured.", "Number '3' 3 [3, 3] Exact - 1 | Number '12' 12 [12, 12] Exact - 1")]
    [TestCase("The strike involved between 5,000 and 6,000 workers.", "NumberRange 'between 5,000 and 6,000' - [5000, 6000] Range - -")]
    [TestCase("Tens of thousands of people marched.", "Number 'Tens of thousands' - [20000, 99999] Vague - -")]
    [TestCase("Half a million people lost power.", "Number 'Half a million' 500000 [500000, 500000] Exact - 10000")]
    [TestCase("A quarter of a million people were evacuated.", "Number 'A quarter of a million' 250000 [250000, 250000] Exact - 10000")]
    [TestCase("The airline carried 4.5m passengers.", "Number '4.5m' 4500000 [4500000, 4500000] Exact - 100000")]
    [TestCase("More than half of Americans agree.", "Percentage 'More than half' 50 (50, ∞) MoreThan Percent -")]
    [TestCase("About 1 in 10 children are affected.", "Number 'About 1 in 10' 0.1 [0.09, 0.11] Approximate - -")]
    [TestCase("Only one person was injured.", "Number 'one' 1 [1, 1] Exact - 1")]
    [TestCase("A little over 2,000 people voted.", "NumberRange 'A little over 2,000' 2000 (2000, ∞) MoreThan - 100")]
    [TestCase("Just short of 1,000 homes were built.", "Number 'Just short of 1,000' 1000 [900, 1000] Nearly - 100")]
    [TestCase("Upward of 500 people came.", "NumberRange 'Upward of 500' 500 (500, ∞) MoreThan - 10")]
    [TestCase("The figure is more or less 40.", "Number 'more or less 40' 40 [36, 44] Approximate - 1")]
    public void Reads_hedged_counts(string text, string expected) => Assert.That(RecognitionHarness.DescribeAll(text), Is.EqualTo(expected));

    // Money, with signs, codes and scale abbreviations.
    [TestCase("The deal is worth £2bn, officials said.", "Currency '£2bn' 2000000000 [2000000000, 2000000000] Exact Pound 100000000")]
    [TestCase("The company raised $4.5bn in new debt.", "Currency '$4.5bn' 4500000000 [4500000000, 4500000000] Exact Dollar 100000000")]
    [TestCase("The bill would cost an estimated $1.5 trillion.", "Currency 'an estimated $1.5 trillion' 1500000000000 [1350000000000, 1650000000000] Approximate Dollar 100000000000")]
    [TestCase("The company made a profit of €3.2m.", "Currency '€3.2m' 3200000 [3200000, 3200000] Exact Euro 100000")]
    [TestCase("He paid US$71.30 for the ticket.", "Currency 'US$71.30' 71.3 [71.3, 71.3] Exact United States dollar 0.01")]
    [TestCase("Shares fell 12% to 340p.", "Percentage '12%' 12 [12, 12] Exact Percent 1 | Currency '340p' 340 [340, 340] Exact Pence 10")]
    [TestCase("The fee was estimated at £10m-£15m.", "Currency '£10m-£15m' - [10000000, 15000000] Range Pound -")]
    [TestCase("It only cost 3 dollars 50 cents.", "Currency '3 dollars 50 cents' 3.5 [3.5, 3.5] Exact Dollar 0.01")]
    [TestCase("Revenue reached USD115 last year.", "Currency 'USD115' 115 [115, 115] Exact United States dollar 1")]
    [TestCase("They lost 75 USD million.", "Currency '75 USD million' 75000000 [75000000, 75000000] Exact United States dollar 1000000")]
    [TestCase("Losses in excess of 30 MUSD were reported.", "Currency 'in excess of 30 MUSD' 30000000 (30000000, ∞) MoreThan United States dollar 1000000")]
    [TestCase("It costs a quarter million us dollars.", "Currency 'a quarter million us dollars' 250000 [250000, 250000] Exact United States dollar 10000")]
    [TestCase("Rs 2 lakh crore was set aside.", "Currency 'Rs 2 lakh crore' 2000000000000 [2000000000000, 2000000000000] Exact Indian rupee 100000000000")]
    public void Reads_money(string text, string expected) => Assert.That(RecognitionHarness.DescribeAll(text), Is.EqualTo(expected));

    // Measures, rates, ages, temperatures, percentages.
    [TestCase("A 34-year-old man was arrested.", "Age '34-year-old' 34 [34, 34] Exact Year 1")]
    [TestCase("A three-year-old girl died.", "Age 'three-year-old' 3 [3, 3] Exact Year 1")]
    [TestCase("Forecasters expect temperatures of up to 40C.", "Temperature 'up to 40C' 40 (-∞, 40] UpTo Celsius 1")]
    [TestCase("Temperatures fell to minus 5C overnight.", "Temperature 'minus 5C' -5 [-5, -5] Exact Celsius 1")]
    [TestCase("Prices rose 4.9 per cent in March.", "Percentage '4.9 per cent' 4.9 [4.9, 4.9] Exact Percent 0.1")]
    [TestCase("Support rose 5-10% among young voters.", "Percentage '5-10%' - [5, 10] Range Percent -")]
    [TestCase("The country exports more than 1.2 million barrels a day.", "Dimension 'more than 1.2 million barrels a day' 1200000 (1200000, ∞) MoreThan Barrel per day 100000")]
    [TestCase("About 200,000 barrels per day were lost.", "Dimension 'About 200,000 barrels per day' 200000 [180000, 220000] Approximate Barrel per day 10000")]
    [TestCase("Winds of up to 80mph battered the coast.", "Dimension 'up to 80mph' 80 [0, 80] UpTo Mile per hour 1")]
    [TestCase("The 6ft 2in striker scored twice.", "Dimension '6ft 2in' 6.1666666666666666666666666667 [6.1666666666666666666666666667, 6.1666666666666666666666666667] Exact Foot 0.0833333333333333333333333333")]
    [TestCase("He is 5 feet and 2 inches tall.", "Dimension '5 feet and 2 inches' 5.1666666666666666666666666667 [5.1666666666666666666666666667, 5.1666666666666666666666666667] Exact Foot 0.0833333333333333333333333333")]
    [TestCase("The wall is 4.5m tall.", "Dimension '4.5m' 4.5 [4.5, 4.5] Exact Meter 0.1")]
    [TestCase("The fire destroyed more than 1,000 acres.", "Dimension 'more than 1,000 acres' 1000 (1000, ∞) MoreThan Acre 100")]
    [TestCase("The site covers 24703m2.", "Dimension '24703m2' 24703 [24703, 24703] Exact Square meter 1")]
    [TestCase("It lies that one mile away.", "Dimension 'one mile' 1 [1, 1] Exact Mile 1")]
    public void Reads_measures(string text, string expected) => Assert.That(RecognitionHarness.DescribeAll(text), Is.EqualTo(expected));

    // "one" as a pronoun, codes and scores.
    [TestCase("He was one of the first to arrive.", "Ordinal 'first' 1 [1, 1] Exact - -")]
    [TestCase("No one was hurt in the fire.", "")]
    [TestCase("She chose the other one.", "")]
    [TestCase("Each one costs £5.", "Currency '£5' 5 [5, 5] Exact Pound 1")]
    [TestCase("The Covid-19 pandemic hit the G20 hard.", "Identifier 'Covid-19' - (-∞, ∞) Exact - - | Identifier 'G20' - (-∞, ∞) Exact - -")]
    [TestCase("The bill passed 52-48.", "Identifier '52-48' - (-∞, ∞) Exact - -")]
    public void Leaves_words_that_do_not_count(string text, string expected) => Assert.That(RecognitionHarness.DescribeAll(text), Is.EqualTo(expected));

    // Durations belong to the date recognizer: the number recognizer must not claim their figures as counts.
    [TestCase("The journey takes between 30 and 40 minutes.", "between 30 and 40")]
    [TestCase("The journey takes 30 to 40 minutes.", "30 to 40")]
    [TestCase("It rained for 3 hours.", "3")]
    [TestCase("He served 12 years in prison.", "12")]
    public void Leaves_durations_to_dates(string text, string notACount)
    {
        Assert.That(new NumberRecognizer().ScanFigures(text), Is.Not.Empty, "the figures are still scanned");
        var numbers = new List<Mention>();
        new NumberRecognizer().Recognize(text, default, numbers);
        Assert.That(numbers.OfType<Quantity>().Select(q => q.Text), Has.None.EqualTo(notACount));
        Assert.That(WithDates.Recognize(text).OfType<Quantity>(), Is.Empty);
    }

    [Test]
    public void Keeps_ages_that_look_like_durations() =>
        Assert.That(RecognitionHarness.DescribeAll("The victim was 12 years old."), Is.EqualTo("Age '12 years old' 12 [12, 12] Exact Year 1"));
}

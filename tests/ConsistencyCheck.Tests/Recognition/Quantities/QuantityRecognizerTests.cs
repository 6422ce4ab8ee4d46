using ConsistencyCheck.Recognition;
using ConsistencyCheck.Recognition.Numbers;
using ConsistencyCheck.Recognition.Quantities;
using ConsistencyCheck.Tests.Recognition.Numbers;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Recognition.Quantities;

public class QuantityRecognizerTests
{
    [TestCase("a $640 million deal", "Currency '$640 million' 640000000 [640000000, 640000000] Exact Dollar 10000000")]
    [TestCase("priced at US$71.30 each", "Currency 'US$71.30' 71.3 [71.3, 71.3] Exact United States dollar 0.01")]
    [TestCase("a £2bln fund", "Currency '£2bln' 2000000000 [2000000000, 2000000000] Exact Pound 100000000")]
    [TestCase("a $4bln loss", "Currency '$4bln' 4000000000 [4000000000, 4000000000] Exact Dollar 100000000")]
    [TestCase("a fine of €12", "Currency '€12' 12 [12, 12] Exact Euro 1")]
    [TestCase("it costs 40 euros", "Currency '40 euros' 40 [40, 40] Exact Euro 1")]
    [TestCase("up 25 cents", "Currency '25 cents' 25 [25, 25] Exact Cent 1")]
    [TestCase("about $14 million in aid", "Currency 'about $14 million' 14000000 [12600000, 15400000] Approximate Dollar 1000000")]
    [TestCase("more than $ 247 million", "Currency 'more than $ 247 million' 247000000 (247000000, ∞) MoreThan Dollar 1000000")]
    [TestCase("an £800m stadium", "Currency '£800m' 800000000 [800000000, 800000000] Exact Pound 10000000")]
    [TestCase("361 million pounds in profit", "Currency '361 million pounds' 361000000 [361000000, 361000000] Exact Pound 1000000")]
    [TestCase("between $20 and $30 a share", "Currency 'between $20 and $30' - [20, 30] Range Dollar -")]
    public void Reads_money(string text, string expected) => Assert.That(RecognitionHarness.DescribeAll(text), Is.EqualTo(expected));

    [TestCase("a 140 km drive", "Dimension '140 km' 140 [140, 140] Exact Kilometer 10")]
    [TestCase("a 2.5-mile stretch", "Dimension '2.5-mile' 2.5 [2.5, 2.5] Exact Mile 0.1")]
    [TestCase("winds of 80 mph", "Dimension '80 mph' 80 [80, 80] Exact Mile per hour 1")]
    [TestCase("at 120 km/h", "Dimension '120 km/h' 120 [120, 120] Exact Kilometer per hour 10")]
    [TestCase("nearly 3 tonnes of food", "Dimension 'nearly 3 tonnes' 3 [2.7, 3] Nearly Ton 1")]
    [TestCase("a 20kg bag", "Dimension '20kg' 20 [20, 20] Exact Kilogram 1")]
    [TestCase("from 140 to 175 km away", "Dimension 'from 140 to 175 km' - [140, 175] Range Kilometer -")]
    public void Reads_dimensions(string text, string expected) => Assert.That(RecognitionHarness.DescribeAll(text), Is.EqualTo(expected));

    [TestCase("a 34-year-old nurse", "Age '34-year-old' 34 [34, 34] Exact Year 1")]
    [TestCase("the man, aged 61, died", "Age 'aged 61' 61 [61, 61] Exact Year 1")]
    [TestCase("she is 29 years old", "Age '29 years old' 29 [29, 29] Exact Year 1")]
    public void Reads_ages(string text, string expected) => Assert.That(RecognitionHarness.DescribeAll(text), Is.EqualTo(expected));

    [TestCase("temperatures hit 40C today", "Temperature '40C' 40 [40, 40] Exact Celsius 1")]
    [TestCase("a low of minus 5 degrees", "Temperature 'minus 5 degrees' -5 [-5, -5] Exact Degree 1")]
    [TestCase("98.6 degrees Fahrenheit is normal", "Temperature '98.6 degrees Fahrenheit' 98.6 [98.6, 98.6] Exact Fahrenheit 0.1")]
    [TestCase("below 0°C overnight", "Temperature 'below 0°C' 0 (-∞, 0) LessThan Celsius 1")]
    public void Reads_temperatures(string text, string expected) => Assert.That(RecognitionHarness.DescribeAll(text), Is.EqualTo(expected));

    [TestCase("Route 66")]
    [TestCase("the 180ml liquid")]
    public void Does_not_count_units_or_names_as_plain_numbers(string text) =>
        Assert.That(RecognitionHarness.Recognize(text).Where(q => q.Type == EntityType.Number), Is.Empty);

    [TestCase(100_000)]
    public void Declines_a_huge_number_without_throwing(int digits)
    {
        var text = "about " + new string('9', digits) + " people and $" + new string('7', digits) + "bn";
        Assert.That(() => RecognitionHarness.Recognize(text), Throws.Nothing);
    }

    [Test]
    public void Survives_hostile_input()
    {
        var random = new Random(42);
        var chars = new char[200_000];
        for (var k = 0; k < chars.Length; k++)
        {
            chars[k] = (char)random.Next(0, 0xD7FF);
        }

        var ones = string.Join(",", Enumerable.Repeat("1", 500_000));
        var mixed = "nearly 1,000 − 2 000\u202F000 ٣٤٥ १२३ 9e99999 1.1.1.1 $$$ 1/0 0/0 99999999999999999999999999999999 million billion";
        foreach (var text in new[] { new string(chars), ones, mixed, "", "-", "$", "1e", "a", "one and", "between 1 and" })
        {
            Assert.That(() => RecognitionHarness.Recognize(text), Throws.Nothing, text.Length > 80 ? text[..80] : text);
        }
    }
}

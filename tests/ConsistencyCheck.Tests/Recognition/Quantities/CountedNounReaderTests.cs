using ConsistencyCheck.Recognition;
using ConsistencyCheck.Recognition.Numbers;
using ConsistencyCheck.Recognition.Quantities;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Recognition.Quantities;

/// <summary>
/// A count's unit is its counted noun (issue 15): <see cref="CountedNounReader"/> on the counts of a text. Rows are
/// "text → lemma (modifiers)" per quantity, "-" when none was read.
/// </summary>
public class CountedNounReaderTests
{
    private static readonly TextRecognizer Recognizer = new([new QuantityRecognizer(), new NumberRecognizer()]);
    private static readonly CountedNounReader Reader = new();

    [TestCase("Nearly 55,000 displaced residents were evacuated.", "Nearly 55,000 → resident (displaced)")]
    [TestCase("Hundreds of text messages were found.", "Hundreds → message (text)")]
    [TestCase("A poll of 238 likely voters found it.", "238 → voter (likely)")]
    [TestCase("At least one officer was hurt.", "At least one → officer")]
    [TestCase("She issued a 60-word statement and a 12-page report.", "60-word → word | 12-page → page")]
    [TestCase("All three subpoenas focus on the lanes.", "three → subpoena")]
    [TestCase("They were built two blocks north of the site.", "two → block")]
    [TestCase("Two words sum it up.", "Two → word")]
    [TestCase("It was built in three adjacent buildings two blocks north.", "three → building (adjacent) | two → block")]
    [TestCase("A vomiting-for-four-hours kind of morning.", "four-hours → hour")]
    [TestCase("It applies to children of two non-citizens.", "two → non-citizen")]
    [TestCase("She is a 73-year-old grandmother.", "73-year-old → -")]
    [TestCase("It cost $40 million, up 12%.", "$40 million → - | 12% → -")]
    [TestCase("He was sentenced to 12 years.", "")]
    public void Gives_counts_their_counted_noun(string text, string expected)
    {
        var mentions = Reader.Attach(text, Recognizer.Recognize(text));

        string.Join(" | ", mentions.OfType<Quantity>().Select(q => $"{q.Text} → {Describe(q.Counted)}")).Should().Be(expected);
    }

    [Test]
    public void A_text_without_a_count_is_returned_as_it_is()
    {
        var mentions = Recognizer.Recognize("Prices rose 5% to $30.");

        Reader.Attach("Prices rose 5% to $30.", mentions).Should().Equal(mentions);
    }

    private static string Describe(CountedNoun? counted) =>
        counted is null ? "-" : counted.Modifiers is null ? counted.Lemma : $"{counted.Lemma} ({counted.Modifiers})";
}

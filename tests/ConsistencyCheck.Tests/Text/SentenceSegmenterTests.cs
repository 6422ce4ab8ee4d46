using ConsistencyCheck.Text;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Text;

public class SentenceSegmenterTests
{
    [TestCase("Two died. Dr. Smith said 41 signed.", new[] { "Two died.", "Dr. Smith said 41 signed." })]
    [TestCase("It rose 3.5 percent. Then it fell.", new[] { "It rose 3.5 percent.", "Then it fell." })]
    [TestCase("Headline here\nBody starts. Next one!", new[] { "Headline here", "Body starts.", "Next one!" })]
    [TestCase("At 7 a.m. Monday the U.S. team left. \"Done,\" he said.", new[] { "At 7 a.m. Monday the U.S. team left.", "\"Done,\" he said." })]
    [TestCase("J. Smith arrived. She left.", new[] { "J. Smith arrived.", "She left." })]
    [TestCase("", new string[0])]
    public void Splits_news_text_into_sentences(string text, string[] expected)
    {
        var sentences = SentenceSegmenter.Split(text);
        sentences.Select(s => s.ToString(text)).Should().Equal(expected);
    }

    [Test]
    public void Containing_finds_the_sentence_of_an_offset()
    {
        const string text = "One. Two three.";
        var sentences = SentenceSegmenter.Split(text);
        SentenceSegmenter.Containing(sentences, 7).ToString(text).Should().Be("Two three.");
    }

    [TestCase("Two died. Dr. Smith said 41 signed.")]
    [TestCase("Headline here\nBody starts.  Next one!\n\n")]
    [TestCase("")]
    public void A_map_holds_the_sentences_split_gives(string text)
    {
        var map = SentenceSegmenter.Map(text);

        map.Text.Should().BeSameAs(text);
        map.Spans.Should().Equal(SentenceSegmenter.Split(text));
    }

    [Test]
    public void A_map_finds_the_sentence_of_an_offset_and_none_between_sentences()
    {
        const string text = "One.  Two three.";
        var map = SentenceSegmenter.Map(text);

        map.Containing(9)!.Value.ToString(text).Should().Be("Two three.");
        map.Containing(0)!.Value.ToString(text).Should().Be("One.");
        map.Containing(5).Should().BeNull("white space between sentences belongs to neither");
        map.Containing(text.Length).Should().BeNull();
    }
}

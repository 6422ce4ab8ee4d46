using ConsistencyCheck.Text;
using ConsistencyCheck.Text.Lexical;
using ConsistencyCheck.Text.Syntax;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Text.Syntax;

/// <summary>The word classes the chunker relies on: closed classes, WordNet's most frequent use, and the context rules.</summary>
public class PartOfSpeechTaggerTests
{
    private static readonly PartOfSpeechTagger Tagger = new(WordNetLexicon.Shared);

    [TestCase("They counted the vote.", "vote", nameof(WordClass.Noun), Description = "after a determiner a word that can be a noun is one")]
    [TestCase("They vote today.", "vote", nameof(WordClass.Verb), Description = "after a pronoun a word that can be a verb is one")]
    [TestCase("They want to vote.", "vote", nameof(WordClass.Verb), Description = "after 'to'")]
    [TestCase("Nearly 55,000 displaced residents left.", "displaced", nameof(WordClass.Adjective), Description = "a participle between a number and a noun")]
    [TestCase("Nearly 55,000 displaced residents left.", "55,000", nameof(WordClass.Number))]
    [TestCase("Nearly 55,000 displaced residents left.", "residents", nameof(WordClass.Noun))]
    [TestCase("Forty-one doctors signed.", "forty-one", nameof(WordClass.Number), Description = "a hyphenated number word")]
    [TestCase("The four-term congressman resigned.", "four-term", nameof(WordClass.NumberCompound), Description = "a number word joined to a noun")]
    [TestCase("A 60-word statement followed.", "60-word", nameof(WordClass.NumberCompound))]
    [TestCase("The poll showed Romney ahead.", "romney", nameof(WordClass.ProperNoun), Description = "capitalized inside the sentence")]
    [TestCase("Voters in the poll were asked.", "in", nameof(WordClass.Preposition))]
    [TestCase("Voters in the poll were asked.", "were", nameof(WordClass.Auxiliary))]
    [TestCase("Voters in the poll were asked.", "voters", nameof(WordClass.Noun), Description = "the first word is looked up, not taken as a name")]
    public void Tags(string sentence, string word, string expected) =>
        Tag(sentence).Single(w => w.Lower == word).Class.ToString().Should().Be(expected);

    [Test]
    public void Every_word_of_a_figure_is_a_number_and_the_next_word_reads_as_after_one()
    {
        const string text = "Palin earned 10 percent support.";
        var figure = new SourceSpan(text.IndexOf("10", StringComparison.Ordinal), "10 percent".Length);

        var words = Tagger.Tag(text, new SourceSpan(0, text.Length), [figure]);

        words.Single(w => w.Lower == "percent").Class.Should().Be(WordClass.Number);
        words.Single(w => w.Lower == "support").Class.Should().Be(WordClass.Noun);
    }

    [Test]
    public void Possessives_are_marked() =>
        Tag("The senator's rate rose.").Single(w => w.Lower == "senator's").IsPossessive.Should().BeTrue();

    [Test]
    public void Null_lexicon_is_misuse()
    {
        var create = () => new PartOfSpeechTagger(null!);
        create.Should().Throw<ArgumentNullException>();
    }

    private static IReadOnlyList<TaggedWord> Tag(string text) => Tagger.Tag(text, new SourceSpan(0, text.Length), []);
}

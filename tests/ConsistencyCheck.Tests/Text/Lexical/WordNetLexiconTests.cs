using ConsistencyCheck.Text.Lexical;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Text.Lexical;

/// <summary>Rows that hold for WordNet 3.0: base forms, parts of speech and how usual each is, senses, synonyms, hypernyms, frequencies.</summary>
public class WordNetLexiconTests
{
    private static readonly WordNetLexicon WordNet = WordNetLexicon.Shared;

    [Test]
    public void Holds_all_of_WordNet_3_0()
    {
        WordNet.LemmaCount.Should().Be(147_306);
        WordNet.SynsetCount.Should().Be(117_659);
    }

    [TestCase("children", PartOfSpeech.Noun, new[] { "child" }, Description = "noun.exc")]
    [TestCase("Children", PartOfSpeech.Noun, new[] { "child" }, Description = "case does not matter")]
    [TestCase("mice", PartOfSpeech.Noun, new[] { "mouse" })]
    [TestCase("involucra", PartOfSpeech.Noun, new[] { "involucre" }, Description = "listed twice in noun.exc, with involucre and with involucrum (not a lemma)")]
    [TestCase("voters", PartOfSpeech.Noun, new[] { "voter" }, Description = "rule s -> ''")]
    [TestCase("boxes", PartOfSpeech.Noun, new[] { "box" }, Description = "rule xes -> x")]
    [TestCase("policemen", PartOfSpeech.Noun, new[] { "policeman" }, Description = "rule men -> man")]
    [TestCase("casualties", PartOfSpeech.Noun, new[] { "casualty" }, Description = "rule ies -> y")]
    [TestCase("glasses", PartOfSpeech.Noun, new[] { "glasses", "glass" }, Description = "a lemma itself and a plural")]
    [TestCase("glass", PartOfSpeech.Noun, new[] { "glass" }, Description = "no detachment of a noun ending in ss")]
    [TestCase("as", PartOfSpeech.Noun, new[] { "as" }, Description = "no detachment of a two-letter noun")]
    [TestCase("prime ministers", PartOfSpeech.Noun, new[] { "prime_minister" }, Description = "a collocation: space for '_'")]
    [TestCase("went", PartOfSpeech.Verb, new[] { "go" }, Description = "verb.exc")]
    [TestCase("ran", PartOfSpeech.Verb, new[] { "run" })]
    [TestCase("saw", PartOfSpeech.Verb, new[] { "saw", "see" }, Description = "a lemma itself and an exception")]
    [TestCase("voted", PartOfSpeech.Verb, new[] { "vote" }, Description = "rule ed -> e")]
    [TestCase("killed", PartOfSpeech.Verb, new[] { "kill" }, Description = "rule ed -> ''")]
    [TestCase("rising", PartOfSpeech.Verb, new[] { "rise" }, Description = "rule ing -> e")]
    [TestCase("says", PartOfSpeech.Verb, new[] { "say" })]
    [TestCase("nicer", PartOfSpeech.Adjective, new[] { "nice" }, Description = "rule er -> e")]
    [TestCase("larger", PartOfSpeech.Adjective, new[] { "larger", "large" }, Description = "WordNet has the comparative as a lemma too")]
    [TestCase("better", PartOfSpeech.Adjective, new[] { "better", "good", "well" }, Description = "adj.exc")]
    [TestCase("o\u2019clock", PartOfSpeech.Adverb, new[] { "o'clock" }, Description = "typographic apostrophe")]
    [TestCase("the", PartOfSpeech.Noun, new string[0])]
    [TestCase("caf\u00e9", PartOfSpeech.Noun, new string[0], Description = "WordNet is ASCII")]
    [TestCase("", PartOfSpeech.Noun, new string[0])]
    public void Lemmas_are_Morphy_base_forms(string word, PartOfSpeech partOfSpeech, string[] expected)
    {
        WordNet.Lemmas(word, partOfSpeech).Should().Equal(expected);
    }

    [TestCase("signatory", PartsOfSpeech.Noun, PartOfSpeech.Noun)]
    [TestCase("voters", PartsOfSpeech.Noun, PartOfSpeech.Noun)]
    [TestCase("vote", PartsOfSpeech.Noun | PartsOfSpeech.Verb, PartOfSpeech.Verb, Description = "17 noun tags, 41 verb tags")]
    [TestCase("tune", PartsOfSpeech.Noun | PartsOfSpeech.Verb, PartOfSpeech.Noun, Description = "12 noun tags, 1 verb tag")]
    [TestCase("went", PartsOfSpeech.Verb, PartOfSpeech.Verb)]
    [TestCase("quickly", PartsOfSpeech.Adverb, PartOfSpeech.Adverb)]
    [TestCase("large", PartsOfSpeech.Noun | PartsOfSpeech.Adjective | PartsOfSpeech.Adverb, PartOfSpeech.Adjective)]
    public void Uses_say_which_parts_of_speech_a_word_has_and_which_is_usual(string word, PartsOfSpeech parts, PartOfSpeech mostFrequent)
    {
        var uses = WordNet.Uses(word);
        uses.PartsOfSpeech.Should().Be(parts);
        uses.MostFrequent.Should().Be(mostFrequent);
    }

    [TestCase("the")]
    [TestCase("of")]
    [TestCase("")]
    [TestCase("zzzx")]
    public void Function_words_and_nonsense_have_no_use(string word)
    {
        var uses = WordNet.Uses(word);
        uses.PartsOfSpeech.Should().Be(PartsOfSpeech.None);
        uses.MostFrequent.Should().BeNull();
        uses.Should().Be(default(WordUses));
    }

    [Test]
    public void Uses_count_senses_and_tags_per_part_of_speech()
    {
        var vote = WordNet.Uses("vote");
        (vote.IsNoun, vote.IsVerb, vote.IsAdjective, vote.IsAdverb).Should().Be((true, true, false, false));
        (vote.SenseCount(PartOfSpeech.Noun), vote.TagCount(PartOfSpeech.Noun)).Should().Be((5, 17));
        (vote.SenseCount(PartOfSpeech.Verb), vote.TagCount(PartOfSpeech.Verb)).Should().Be((5, 41));
    }

    [Test]
    public void Senses_come_in_WordNet_order_with_their_tag_counts()
    {
        var senses = WordNet.Senses("Doctor", PartOfSpeech.Noun);
        senses.Select(s => (s.Synset.ToString(), s.Number, s.TagCount)).Should().Equal(
            ("10020890-n", 1, 73), ("10022111-n", 2, 1), ("00432356-n", 3, 1), ("10021892-n", 4, 0));
        WordNet.Senses("doctor", PartOfSpeech.Verb).Should().HaveCount(3);
        WordNet.Senses("doctor", PartOfSpeech.Adjective).Should().BeEmpty();
        WordNet.Senses("doctors", PartOfSpeech.Noun).Should().BeEmpty("Senses takes a lemma, not an inflected form");
    }

    [TestCase("doctor", 1, "physician")]
    [TestCase("physician", 1, "doctor")]
    [TestCase("doctor", 1, "md")]
    [TestCase("vote", 1, "ballot")]
    public void Synonyms_share_one_of_the_first_senses(string lemma, int maxSenses, string synonym)
    {
        WordNet.Synonyms(lemma, PartOfSpeech.Noun, maxSenses).Should().Contain(synonym).And.NotContain(lemma).And.OnlyHaveUniqueItems();
    }

    [Test]
    public void Synonyms_of_rarer_senses_need_more_senses()
    {
        WordNet.Synonyms("doctor", PartOfSpeech.Noun, 1).Should().Equal("doc", "physician", "md", "dr.", "medico");
        WordNet.Synonyms("doctor", PartOfSpeech.Noun, 1).Should().NotContain("doctor_of_the_church");
        WordNet.Synonyms("doctor", PartOfSpeech.Noun, 4).Should().Contain("doctor_of_the_church");
    }

    [TestCase("doctor", "surgeon", 1, 1, true, Description = "surgeon.n.01's hypernym is doctor.n.01")]
    [TestCase("physician", "surgeon", 1, 1, true, Description = "a synonym of the hypernym")]
    [TestCase("person", "surgeon", 1, 10, true)]
    [TestCase("person", "surgeon", 1, 2, false, Description = "too few steps")]
    [TestCase("surgeon", "doctor", 3, 10, false, Description = "the other way round")]
    [TestCase("doctor", "physician", 3, 10, false, Description = "synonyms are not more general")]
    [TestCase("national capital", "Paris", 1, 1, true, Description = "an instance hypernym")]
    [TestCase("city", "Paris", 1, 3, true)]
    [TestCase("the", "surgeon", 1, 10, false)]
    public void More_general_words_are_hypernyms_of_frequent_senses(string general, string specific, int maxSenses, int maxDepth, bool expected)
    {
        WordNet.IsMoreGeneral(general, specific, PartOfSpeech.Noun, maxSenses, maxDepth).Should().Be(expected);
    }

    [Test]
    public void Verbs_have_hypernyms_too()
    {
        WordNet.IsMoreGeneral("move", "walk", PartOfSpeech.Verb, 1, 3).Should().BeTrue();
        WordNet.IsMoreGeneral("large", "big", PartOfSpeech.Adjective, 5, 10).Should().BeFalse("adjectives have no hypernyms");
    }

    [Test]
    public void Frequency_sums_the_tag_counts_of_every_sense()
    {
        WordNet.Frequency("people").Should().Be(290).And.BeGreaterThan(WordNet.Frequency("signatory"));
        WordNet.Frequency("signatory").Should().Be(0);
        WordNet.Frequency("the").Should().Be(0);
        WordNet.Frequency("vote").Should().Be(WordNet.Frequency("vote", PartOfSpeech.Noun) + WordNet.Frequency("vote", PartOfSpeech.Verb)).And.Be(58);
    }

    [Test]
    public void Synsets_give_their_members_and_hypernyms()
    {
        var surgeon = WordNet.Senses("surgeon", PartOfSpeech.Noun)[0].Synset;
        WordNet.Members(surgeon).Should().Equal("surgeon", "operating_surgeon", "sawbones");
        var doctor = WordNet.Hypernyms(surgeon).Should().ContainSingle().Subject;
        doctor.Should().Be(WordNet.Senses("doctor", PartOfSpeech.Noun)[0].Synset);
        (doctor.PartOfSpeech, doctor.Offset, doctor.ToString()).Should().Be((PartOfSpeech.Noun, 10020890, "10020890-n"));
        WordNet.Hypernyms(WordNet.Senses("entity", PartOfSpeech.Noun)[0].Synset).Should().BeEmpty("entity is the root");
    }

    [Test]
    public void Misuse_throws_naming_the_argument()
    {
        FluentActions.Invoking(() => WordNet.Lemmas("x", (PartOfSpeech)9)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("partOfSpeech");
        FluentActions.Invoking(() => WordNet.Synonyms("x", PartOfSpeech.Noun, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxSenses");
        FluentActions.Invoking(() => WordNet.IsMoreGeneral("a", "b", PartOfSpeech.Noun, 1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxDepth");
        FluentActions.Invoking(() => WordNet.IsMoreGeneral("a", "b", PartOfSpeech.Noun, 1, WordNetLexicon.MaxDepth + 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => WordNet.Members(default)).Should().Throw<ArgumentException>().WithParameterName("synset");
        FluentActions.Invoking(() => WordNet.Hypernyms(default)).Should().Throw<ArgumentException>().WithParameterName("synset");
    }

    [Test]
    public void Lookups_of_long_or_odd_input_find_nothing()
    {
        WordNet.Uses(new string('a', 10_000)).Should().Be(default(WordUses));
        WordNet.Senses("\u00a0", PartOfSpeech.Noun).Should().BeEmpty();
        WordNet.Lemmas("s", PartOfSpeech.Verb).Should().BeEmpty("no empty stem is looked up");
    }

    [Test]
    public void The_shared_lexicon_gives_the_same_answers_on_every_thread()
    {
        var answers = Enumerable.Range(0, 64).AsParallel()
            .Select(i => (WordNet.Lemmas(i % 2 == 0 ? "children" : "went", i % 2 == 0 ? PartOfSpeech.Noun : PartOfSpeech.Verb)[0], WordNet.Frequency("people")))
            .ToList();
        answers.Should().OnlyContain(a => (a.Item1 == "child" || a.Item1 == "go") && a.Item2 == 290);
    }
}

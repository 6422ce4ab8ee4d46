using System.Collections.Immutable;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Stories;
using ConsistencyCheck.Text;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Stories;

public class StorySignatureTests
{
    private const string Filler =
        "Engineers inspected the damaged embankment while volunteers carried sandbags along the flooded towpath near the old mill.";

    private static StorySignature Sign(string text, string? title = null, StoryOptions? options = null) =>
        StorySignature.FromDocument(new Document(new DocumentId("d"), text) { Metadata = new DocumentMetadata { Title = title } }, options);

    private static Dictionary<string, float> Weights(StorySignature signature) => signature.Terms.ToDictionary(t => t.Text, t => t.Weight);

    [TestCase("investigators", "investigator")]
    [TestCase("indicted", "indict")]
    [TestCase("cities", "city")]
    [TestCase("stopped", "stop")]
    [TestCase("running", "run")]
    [TestCase("said", "say")]
    [TestCase("children", "child")]
    [TestCase("boxes", "box")]
    [TestCase("senators", "senator")]
    public void Inflected_words_become_their_WordNet_base_form(string word, string lemma)
    {
        Weights(Sign($"{Filler} The {word} arrived.")).Should().ContainKey(lemma).And.NotContainKey(word);
    }

    [TestCase("the")]
    [TestCase("of")]
    [TestCase("because")]
    [TestCase("monday")]
    [TestCase("january")]
    [TestCase("doesn")]
    public void Function_and_calendar_words_are_never_terms(string word)
    {
        var signature = Sign($"{Filler} On Monday in January the mayor said it doesn't matter because of the rain.");
        Weights(signature).Should().NotContainKey(word);
    }

    [TestCase("Trump's visit to Hawaii was brief.", "trump")]
    [TestCase("It was the senator’s last vote.", "senator")]
    [TestCase("She met James Comey in Washington.", "james comey")]
    [TestCase("Donald J. Trump spoke.", "donald trump")]
    [TestCase("The White House declined to comment.", "white house")]
    public void Names_and_clitics_are_read_as_terms(string sentence, string term)
    {
        Weights(Sign($"{Filler} {sentence}")).Should().ContainKey(term);
    }

    [TestCase("It said Alpha Beta Gamma Delta Epsilon won.", "alpha beta gamma delta")]
    [TestCase("It said Alpha Beta, Gamma won.", "alpha beta gamma")]
    [TestCase("Rain fell on 9am trains and 2nd platforms.", "am")]
    [TestCase("Rain fell on 9am trains and 2nd platforms.", "nd")]
    public void Long_capitalised_runs_lists_and_words_touching_digits_are_not_terms(string sentence, string notATerm)
    {
        Weights(Sign($"{Filler} {sentence}")).Should().NotContainKey(notATerm);
    }

    [Test]
    public void A_headline_word_weighs_more_than_the_same_word_in_the_text()
    {
        var text = $"{Filler} Later a quarry and a viaduct were mentioned once each, far from the lead, " + string.Concat(Enumerable.Repeat("Engineers talked about other things entirely. ", 20));
        var weights = Weights(Sign(text + " The quarry. The viaduct.", title: "Viaduct closed"));
        weights["viaduct"].Should().BeGreaterThan(weights["quarry"]);
    }

    [Test]
    public void A_word_of_the_lead_weighs_more_than_the_same_word_later()
    {
        var later = string.Concat(Enumerable.Repeat("Engineers talked about other things entirely. ", 30));
        var weights = Weights(Sign($"The viaduct was closed. {later} The quarry was closed."));
        weights["viaduct"].Should().BeGreaterThan(weights["quarry"]);
    }

    [Test]
    public void A_rare_word_weighs_more_than_a_common_one_said_as_often()
    {
        var weights = Weights(Sign($"{Filler} The embezzlement was a problem for the people."));
        weights["embezzlement"].Should().BeGreaterThan(weights["people"]);
    }

    [Test]
    public void Words_inside_boilerplate_are_not_read()
    {
        const string text = "Subscribe to our zeppelin newsletter. " + Filler;
        var document = new Document(new DocumentId("d"), text) { Boilerplate = [new SourceSpan(0, 38)] };
        Weights(StorySignature.FromDocument(document)).Should().NotContainKey("zeppelin").And.ContainKey("embankment");
    }

    [Test]
    public void A_signature_is_bounded_and_a_unit_vector()
    {
        var words = string.Join(' ', Enumerable.Range(0, 600).Select(i => "zq" + new string((char)('a' + (i % 26)), 1) + new string((char)('a' + (i / 26 % 26)), 1) + "x"));
        var signature = Sign(words, options: new StoryOptions { MaxTerms = 32, BlockingTerms = 8 });
        signature.Terms.Should().HaveCount(32);
        signature.Terms.Sum(t => (double)t.Weight * t.Weight).Should().BeApproximately(1, 1e-4);
        signature.Terms.Select(t => t.Weight).Should().BeInDescendingOrder();
    }

    [Test]
    public void Content_words_count_the_headline_and_skip_function_words()
    {
        Sign("The flood of the river.", title: "Flood warning").ContentWords.Should().Be(4);
    }

    [Test]
    public void The_same_document_always_gives_the_same_signature()
    {
        Sign(Filler, "Towpath flooded").Should().Be(Sign(Filler, "Towpath flooded"));
    }

    [Test]
    public void An_unreadable_document_has_no_terms()
    {
        var signature = StorySignature.FromDocument(new Document(new DocumentId("x"), string.Empty) { Diagnostics = [Diagnostic.Error("x: cannot be read")] });
        signature.Terms.Should().BeEmpty();
        signature.ContentWords.Should().Be(0);
    }

    [TestCase("", 0.5f)]
    [TestCase("flood", 0f)]
    [TestCase("flood", 1.5f)]
    public void The_constructor_rejects_bad_terms(string text, float weight)
    {
        var act = () => new StorySignature(new DocumentId("d"), "c", null, 1, [new StoryTerm(text, weight)]);
        act.Should().Throw<ArgumentException>().WithParameterName("terms");
    }

    [Test]
    public void The_constructor_rejects_a_repeated_term()
    {
        var act = () => new StorySignature(new DocumentId("d"), "c", null, 1, ImmutableArray.Create(new StoryTerm("flood", 0.5f), new StoryTerm("flood", 0.5f)));
        act.Should().Throw<ArgumentException>().WithParameterName("terms");
    }
}

using ConsistencyCheck.Assertions;
using ConsistencyCheck.Comparison;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Assertions;

/// <summary>
/// The rules that read figures through WordNet and the chunker (issue 15), run through the whole recognizer, extractor
/// and comparison: a bare count of a WordNet noun governed by a verb, vague words that name no amount, the whole of a
/// partitive, habitual figures and the governing verb. The sentences are written for the rules' shapes.
/// </summary>
public class SyntaxAnchoringTests
{
    private static readonly ConsistencyPipeline Pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();

    private static List<Assertion> Read(string text, string id = "d", string published = "2025-05-05") =>
        [.. Pipeline.Extract(Figures.Doc(id, text, published))];

    // A noun only WordNet knows, governed by a verb the predicate lexicon does not know.
    [TestCase("Republicans picked up 63 seats in the House.", "63", "seat", "pick")]
    [TestCase("Lawyers found roughly 900 pages about the attack.", "roughly 900", "page", "find")]
    public void A_WordNet_noun_governed_by_a_verb_is_read(string text, string figure, string head, string verb)
    {
        var assertion = Read(text).Should().ContainSingle(a => a.Quantity.Text == figure).Subject;
        assertion.Subject.Head.Should().Be(head);
        assertion.Predicate.IsNone.Should().BeTrue();
        assertion.Verb.Should().Be(verb);
    }

    // Nothing is said of the noun: "be" alone, a speech verb, or no verb at all.
    [TestCase("That is a stack of 300 pamphlets.")]
    [TestCase("A stack of 300 pamphlets.")]
    public void A_WordNet_noun_with_nothing_said_of_it_is_not_read(string text)
    {
        Read(text).Should().BeEmpty();
    }

    [TestCase("The bishops wrote several letters to Congress.")]
    [TestCase("The bishops wrote many letters to Congress.")]
    public void A_vague_word_that_names_no_amount_is_not_a_figure(string text)
    {
        Read(text).Should().BeEmpty();
    }

    [TestCase("The bishops wrote dozens of letters to Congress.", "dozens")]
    [TestCase("The bishops wrote thousands of letters to Congress.", "thousands")]
    public void A_vague_noun_of_number_is_a_figure(string text, string figure)
    {
        Read(text).Should().ContainSingle(a => a.Quantity.Text == figure);
    }

    [Test]
    public void The_whole_of_a_partitive_is_marked_and_never_contradicts_its_part()
    {
        var assertions = Read("The administration closed two of the three access lanes in September.");
        var part = assertions.Single(a => a.Quantity.Text == "two");
        var whole = assertions.Single(a => a.Quantity.Text == "three");
        whole.Restrictors.Should().Contain("whole");
        part.Restrictors.Should().NotContain("whole");
        new VerdictRules(ComparisonOptions.Default).Judge(part, whole, "c1").Should().BeNull("a part and its whole in one sentence are one statement");
    }

    [Test]
    public void Different_figures_of_one_sentence_are_never_a_flag()
    {
        var assertions = Read("Marchetti received 84,312 votes, against 71,790 votes for Reyes.");
        assertions.Should().HaveCountGreaterThanOrEqualTo(2);
        new VerdictRules(ComparisonOptions.Default).Judge(assertions[0], assertions[1], "c1").Should().BeNull();
    }

    [Test]
    public void Habitual_figures_days_apart_still_contradict()
    {
        var a = Read("The port normally handles about 11,500 containers a day.", "a", "2025-03-11").Single();
        var b = Read("The port usually handles some 8,000 containers a day.", "b", "2025-03-13").Single();
        a.Restrictors.Should().Contain("habitual");
        b.Restrictors.Should().Contain("habitual");
        new VerdictRules(ComparisonOptions.Default).Judge(a, b, "c1")!.Kind.Should().Be(FindingKind.Contradiction);
    }

    [Test]
    public void Figures_that_are_not_habitual_days_apart_changed()
    {
        var a = Read("The port handled about 11,500 containers.", "a", "2025-03-11").Single();
        var b = Read("The port handled some 8,000 containers.", "b", "2025-03-13").Single();
        new VerdictRules(ComparisonOptions.Default).Judge(a, b, "c1")!.Kind.Should().Be(FindingKind.ChangedOverTime);
    }

    // Bare counts sharing a noun: unrelated verbs withhold a flag, the same or a related verb does not; agreement stays.
    [TestCase("Aides went through 40,000 pages of mail.", "Lawyers found 900 pages about the attack.", null)]
    [TestCase("Aides found 40,000 pages of mail.", "Lawyers found 900 pages of mail.", FindingKind.Contradiction)]
    [TestCase("The attackers demanded a ransom of $5 million in bitcoin.", "The attackers asked for a $15 million ransom.", FindingKind.Contradiction)]
    [TestCase("Aides went through 900 pages of mail.", "Lawyers found 900 pages about the attack.", FindingKind.Agreement)]
    public void Unrelated_governing_verbs_withhold_a_flag_between_bare_counts(string first, string second, FindingKind? expected)
    {
        var a = Read(first, "a").Single();
        var b = Read(second, "b").Single();
        var finding = new VerdictRules(ComparisonOptions.Default).Judge(a, b, "c1");
        finding?.Kind.Should().Be(expected);
        (finding is null).Should().Be(expected is null);
    }
}

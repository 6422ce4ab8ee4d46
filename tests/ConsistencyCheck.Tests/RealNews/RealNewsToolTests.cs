using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.RealNews;

/// <summary>The scorers' own tools: Wilson bounds, Cohen's κ and the perturbation of figures. No shared data needed.</summary>
public class RealNewsToolTests
{
    [TestCase(1, 11, 0.016, 0.377)]
    [TestCase(100, 110, 0.841, 0.950)]
    [TestCase(0, 10, 0.000, 0.278)]
    [TestCase(10, 10, 0.722, 1.000)]
    public void Wilson_bounds_match_the_textbook_values(int hits, int total, double lower, double upper)
    {
        var p = new Proportion(hits, total);
        p.WilsonLower.Should().BeApproximately(lower, 0.001);
        p.WilsonUpper.Should().BeApproximately(upper, 0.001);
    }

    [Test]
    public void An_empty_proportion_claims_nothing()
    {
        new Proportion(0, 0).WilsonLower.Should().Be(0);
        new Proportion(0, 0).ToString().Should().Contain("(0/0");
    }

    [Test]
    public void Kappa_is_one_for_identical_labels_and_zero_for_chance()
    {
        AnnotatorAgreement.CohenKappa([("agree", "agree"), ("trap", "trap"), ("contradict", "contradict")]).Should().Be(1);

        // Two raters who each say "agree" half the time, independently: κ = 0.
        AnnotatorAgreement.CohenKappa([("agree", "agree"), ("agree", "trap"), ("trap", "agree"), ("trap", "trap")]).Should().Be(0);
    }

    [Test]
    public void An_unwritten_pair_is_none_for_that_annotator()
    {
        static AnnotatedFigure Figure(string id, string doc) => new() { Id = id, Doc = doc, Start = 0, End = 2, Quote = "12", Kind = "count" };
        var first = new StoryAnnotation { Story = "s", Figures = [Figure("a", "nyt-s"), Figure("b", "fox-s"), Figure("c", "hpo-s")], Pairs = [new AnnotatedPair { A = "a", B = "b", Relation = "agree" }] };
        var second = new StoryAnnotation { Story = "s", Figures = [Figure("x", "nyt-s"), Figure("y", "fox-s"), Figure("z", "hpo-s")], Pairs = [new AnnotatedPair { A = "x", B = "z", Relation = "agree" }] };

        var agreement = new AnnotatorAgreement();
        agreement.Add(first, second);

        agreement.Pairs.Should().Be(3);
        agreement.PairsAgreed.Should().Be(1, "only b~c is none for both");
        agreement.SameThingF1.Should().Be(0);
    }

    [Test]
    public void Kappa_matches_a_worked_example()
    {
        // 50 items: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → po 0.7, pe 0.5, κ 0.4.
        var labels = Enumerable.Repeat(("yes", "yes"), 20).Concat(Enumerable.Repeat(("yes", "no"), 5))
            .Concat(Enumerable.Repeat(("no", "yes"), 10)).Concat(Enumerable.Repeat(("no", "no"), 15)).ToList();
        AnnotatorAgreement.CohenKappa(labels).Should().BeApproximately(0.4, 1e-9);
    }

    [Test]
    public void Annotator_agreement_matches_figures_by_span_and_scores_pairs_of_figures_both_marked()
    {
        static AnnotatedFigure Figure(string id, string doc, int start, int end) =>
            new() { Id = id, Doc = doc, Start = start, End = end, Quote = new string('9', end - start), Kind = "count" };
        var first = new StoryAnnotation
        {
            Story = "s",
            Figures = [Figure("f1", "nyt-s", 10, 15), Figure("f2", "fox-s", 20, 22), Figure("f3", "hpo-s", 5, 7)],
            Pairs = [new AnnotatedPair { A = "f1", B = "f2", Relation = "agree" }, new AnnotatedPair { A = "f1", B = "f3", Relation = "trap" }],
        };
        var second = new StoryAnnotation
        {
            Story = "s",
            Figures = [Figure("x", "nyt-s", 8, 15), Figure("y", "fox-s", 20, 22)],
            Pairs = [new AnnotatedPair { A = "y", B = "x", Relation = "agree" }],
        };

        var agreement = new AnnotatorAgreement();
        agreement.Add(first, second);

        agreement.SharedFigures.Should().Be(2);
        agreement.FigureF1.Should().BeApproximately(0.8, 1e-9);
        agreement.Pairs.Should().Be(1, "f3 was marked by the first annotator only, so only f1~f2 is a candidate of both");
        agreement.PairsAgreed.Should().Be(1);
        agreement.SharedSameThing.Should().Be(1);
        agreement.SameThingF1.Should().Be(1);
    }

    [TestCase("nearly 55,000", "count", "nearly 165,000")]
    [TestCase("$4.1 million", "amount", "$12.3 million")]
    [TestCase("52 percent", "share", "17 percent")]
    [TestCase("31 percent", "share", "93 percent")]
    [TestCase("48.7%", "share", "16.2%")]
    [TestCase("Forty-one", "count", "One hundred twenty-three")]
    [TestCase("three", "count", "nine")]
    [TestCase("eighteen", "count", "fifty-four")]
    [TestCase("dozens", "count", "thousands")]
    [TestCase("Hundreds", "count", "Dozens")]
    [TestCase("14th", "ordinal", "42nd")]
    [TestCase("second", "ordinal", "fifth")]
    [TestCase("Wednesday", "date", "Saturday")]
    [TestCase("late Friday", "date", "late Monday")]
    [TestCase("January", "date", "July")]
    [TestCase("last month", "date", null)]
    [TestCase("2008", "year", "2002")]
    [TestCase("Aug. 4, 1961", "date", "Aug. 13, 1961")]
    [TestCase("April 30", "date", "April 21")]
    [TestCase("73-year-old", "measure", "37-year-old")]
    [TestCase("more than 5000", "count", "more than 15000")]
    public void A_perturbed_figure_keeps_its_form_and_hedge(string quote, string kind, string? expected)
    {
        RealNewsPerturbation.Perturb(quote, kind).Should().Be(expected);
    }

    [TestCase(0, "zero")]
    [TestCase(21, "twenty-one")]
    [TestCase(100, "one hundred")]
    [TestCase(123, "one hundred twenty-three")]
    public void Number_words_are_written_in_English(int value, string words)
    {
        RealNewsPerturbation.Words(value).Should().Be(words);
    }
}

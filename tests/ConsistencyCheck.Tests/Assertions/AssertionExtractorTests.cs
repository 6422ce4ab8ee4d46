using System.Collections.Immutable;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Text;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Assertions;

public class AssertionExtractorTests
{
    private static readonly AssertionExtractor Extractor = new(ExtractionOptions.Default);

    [TestCase("Forty-one senior doctors signed the letter.", "Forty-one", 41, "senior doctors", "doctor", "signed")]
    [TestCase("The letter was signed by 41 senior doctors at the hospital.", "41", 41, "senior doctors", "doctor", "signed")]
    [TestCase("The letter, signed by 130 senior doctors, was sent on Monday.", "130", 130, "senior doctors", "doctor", "signed")]
    [TestCase("The flooding killed two people in the valley.", "two", 2, "people", "person", "killed")]
    [TestCase("Two people were killed when the wall gave way.", "Two", 2, "people", "person", "killed")]
    [TestCase("Nearly 55,000 residents were evacuated overnight.", "Nearly 55,000", 55000, "residents", "resident", "evacuated")]
    [TestCase("At least 3,200 people have died in the floods.", "At least 3,200", 3200, "people", "person", "killed")]
    [TestCase("The dam collapse killed 140 people.", "140", 140, "people", "person", "killed")]
    [TestCase("There were 41 signatories to the letter.", "41", 41, "signatories", "signatory", "signed")]
    [TestCase("Police arrested 12 protesters near the square.", "12", 12, "protesters", "protester", "arrested")]
    [TestCase("About 2,300 homes were flooded.", "About 2,300", 2300, "homes", "home", "flooded")]
    public void Reads_subject_and_predicate_around_a_count(string sentence, string phrase, int value, string subjectText, string head, string predicate)
    {
        var doc = Figures.Doc("d", sentence);
        var assertions = Extractor.Extract(doc, Figures.Mentions(Figures.Count(sentence, phrase, value)));

        assertions.Should().ContainSingle();
        var a = assertions[0];
        a.Subject.Text.Should().Be(subjectText);
        a.Subject.Head.Should().Be(head);
        a.Predicate.Class.Should().Be(predicate);
        a.Quantity.Text.Should().Be(phrase);
        a.SentenceText.Should().Be(sentence);
    }

    [Test]
    public void The_figures_of_one_sentence_share_one_copy_of_its_text()
    {
        // Held assertions stay compact at corpus scale: the sentence is copied out of the document once.
        const string text = "Police arrested 69 people and deployed 494 officers.";
        var assertions = Extractor.Extract(Figures.Doc("d", text), Figures.Mentions(Figures.Count(text, "69", 69), Figures.Count(text, "494", 494)));

        assertions.Should().HaveCount(2);
        assertions[0].SentenceText.Should().Be(text);
        assertions[1].SentenceText.Should().BeSameAs(assertions[0].SentenceText);
    }

    [Test]
    public void A_stock_predicate_is_marked_as_such_and_keeps_its_place()
    {
        const string text = "3,400 residents remain in Mellbrook.";
        var a = Extractor.Extract(Figures.Doc("d", text), Figures.Mentions(Figures.Count(text, "3,400", 3400))).Single();
        a.Predicate.Kind.Should().Be(PredicateKind.Stock);
        a.Restrictors.Should().Contain("place:mellbrook");
    }

    [TestCase("3,400 residents remain in emergency shelters.", "3,400", null)]
    [TestCase("40 homes were flooded in the flooding.", "40", null)]
    [TestCase("98,011 people were evacuated from Fenwick overnight.", "98,011", "place:fenwick")]
    [TestCase("In the northern district of Harl's Ford, 2,100 residents were evacuated.", "2,100", "place:northern harl's ford")]
    [TestCase("About 600 people marched in the town of Orrin.", "About 600", "place:orrin")]
    public void Places_are_named_places_or_parts_of_an_area(string text, string phrase, string? place)
    {
        var value = decimal.Parse(phrase.Replace("About ", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        var a = Extractor.Extract(Figures.Doc("d", text), Figures.Mentions(Figures.Count(text, phrase, value))).Single();
        a.Restrictors.Where(r => r.StartsWith("place:", StringComparison.Ordinal)).Should().Equal(place is null ? [] : [place]);
    }

    [Test]
    public void A_part_of_an_area_is_marked_as_such()
    {
        const string text = "In the northern district of Harl's Ford, 2,100 residents were evacuated.";
        var a = Extractor.Extract(Figures.Doc("d", text), Figures.Mentions(Figures.Count(text, "2,100", 2100))).Single();
        a.Restrictors.Should().Contain("subarea");
    }

    [Test]
    public void A_part_takes_the_subject_of_its_whole_and_is_marked_as_a_part()
    {
        const string text = "Of the 2,300 homes flooded, 800 were in the old town.";
        var assertions = Extractor.Extract(Figures.Doc("d", text), Figures.Mentions(Figures.Count(text, "2,300", 2300), Figures.Count(text, "800", 800)));

        assertions.Should().HaveCount(2);
        assertions[0].Subject.Head.Should().Be("home");
        assertions[0].Restrictors.Should().NotContain("part");
        assertions[1].Subject.Head.Should().Be("home");
        assertions[1].Restrictors.Should().Contain("part");
    }

    [Test]
    public void Of_whom_marks_a_part()
    {
        const string text = "The ministry said 40 people were hurt, 12 of whom are children.";
        var assertions = Extractor.Extract(Figures.Doc("d", text), Figures.Mentions(Figures.Count(text, "40", 40), Figures.Count(text, "12", 12)));
        assertions.Should().Contain(a => a.Quantity.Text == "12" && a.Restrictors.Contains("part"));
    }

    [Test]
    public void Figures_in_boilerplate_never_become_assertions()
    {
        const string text = "Most read: 12 killed in bus crash\nTwo people were killed.";
        var doc = Figures.Doc("d", text) with { Boilerplate = [new SourceSpan(0, text.IndexOf('\n', StringComparison.Ordinal))] };
        var assertions = Extractor.Extract(doc, Figures.Mentions(Figures.Count(text, "12", 12), Figures.Count(text, "Two", 2)));
        assertions.Select(a => a.Quantity.Text).Should().Equal("Two");
    }

    [Test]
    public void A_figure_without_subject_or_predicate_is_dropped_by_default_and_kept_on_request()
    {
        const string text = "The score was 41 at half time.";
        var mentions = Figures.Mentions(Figures.Count(text, "41", 41));
        Extractor.Extract(Figures.Doc("d", text), mentions).Should().BeEmpty();
        new AssertionExtractor(ExtractionOptions.Default with { KeepUnanchoredFigures = true })
            .Extract(Figures.Doc("d", text), mentions).Should().ContainSingle();
    }

    [Test]
    public void AsOf_is_the_date_in_the_sentence_else_the_publication_date()
    {
        const string text = "On 12 March, 41 doctors signed. Later 50 doctors signed.";
        var doc = Figures.Doc("d", text, "2024-03-14");
        var mentions = Figures.Mentions(Figures.Day(text, "12 March", new DateOnly(2024, 3, 12)), Figures.Count(text, "41", 41), Figures.Count(text, "50", 50));
        var assertions = Extractor.Extract(doc, mentions);
        assertions.Select(a => a.AsOf).Should().Equal(new DateOnly(2024, 3, 12), new DateOnly(2024, 3, 14));
    }

    [Test]
    public void Hedged_sources_and_attribution_are_kept()
    {
        const string text = "At least 40 people are believed to have died, according to the regional health ministry.";
        var a = Extractor.Extract(Figures.Doc("d", text), Figures.Mentions(Figures.Count(text, "At least 40", 40, Qualifier.AtLeast, 40, null))).Single();
        a.IsHedgedClaim.Should().BeTrue();
        a.Attribution.Should().Be("according to the regional health ministry");
    }

    [Test]
    public void Negation_is_read()
    {
        const string text = "The 12 doctors did not sign the letter.";
        var a = Extractor.Extract(Figures.Doc("d", text), Figures.Mentions(Figures.Count(text, "12", 12))).Single();
        a.Predicate.Negated.Should().BeTrue();
    }

    [Test]
    public void Ids_are_stable_and_name_document_and_offset()
    {
        const string text = "Forty-one senior doctors signed the letter.";
        var a = Extractor.Extract(Figures.Doc("courier.txt", text), Figures.Mentions(Figures.Count(text, "Forty-one", 41))).Single();
        a.Id.Value.Should().Be("courier.txt@0");
    }

    [Test]
    public void A_headline_figure_is_marked()
    {
        const string text = "41 doctors sign flood letter\nThe letter was signed by 41 doctors.";
        var mentions = Figures.Mentions(Figures.Count(text, "41", 41), Figures.Count(text, "41", 41, occurrence: 1));
        var assertions = Extractor.Extract(Figures.Doc("d", text), mentions);
        assertions.Select(a => a.InHeadline).Should().Equal(true, false);
    }
}

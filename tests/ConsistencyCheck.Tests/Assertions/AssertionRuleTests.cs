using ConsistencyCheck.Assertions;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Assertions;

/// <summary>
/// One case per assertion rule of docs/semantics.md, through the whole recognizer and extractor: the figure's subject
/// class, predicate class and the restrictor the rule adds. The sentences are written for the rules' shapes, not taken
/// from the gold stories.
/// </summary>
public class AssertionRuleTests
{
    private static readonly ConsistencyPipeline Pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();

    private static Assertion Figure(string text, string figure)
    {
        var assertions = Pipeline.Extract(Figures.Doc("d", text, "2025-05-05"));
        var match = assertions.Where(a => a.Quantity.Text.Contains(figure, StringComparison.Ordinal)).ToList();
        match.Should().ContainSingle($"'{figure}' should be read once in \"{text}\"; read: {string.Join(", ", assertions.Select(a => a.Quantity.Text))}");
        return match[0];
    }

    // Levels: the subject of the figure's own clause, past a dateline or a reporting verb.
    [TestCase("PARIS, 3 May (Wire) - The death toll from the blast has risen to 27, officials said.", "27", "*", "killed", null)]
    [TestCase("Blast death toll rises to 27", "27", "*", "killed", null)]
    [TestCase("The number of people detained after the riot has climbed to 140.", "140", "people", "arrested", null)]
    [TestCase("Insurers estimated the damage to the stadium at $3.4 million.", "$3.4 million", "damage", "estimated", null)]
    [TestCase("The insurer said the damage was now put at $5 million.", "$5 million", "damage", "estimated", null)]
    // Coordination and "on board".
    [TestCase("The bus was carrying 48 pupils and six teachers when it overturned.", "six", "teacher", "aboard", null)]
    [TestCase("The plane had 180 passengers and seven crew on board.", "180", "passenger", "aboard", null)]
    [TestCase("The plane landed safely with 187 on board.", "187", "*", "aboard", null)]
    // Parts.
    [TestCase("Of the 90 people arrested, 14 were teenagers.", "14", "child", "arrested", "part")]
    [TestCase("The dead included 11 children.", "11", "child", "killed", "part")]
    // A possessed workforce; an apposition; capacity.
    [TestCase("The hospital's 3,000 staff were told of the closure on Monday.", "3,000", "worker", "employed", null)]
    [TestCase("The petition has 5,000 signatories, most of them teachers.", "5,000", "teacher", "signed", null)]
    [TestCase("The ferry is licensed to carry 500 passengers.", "500", "passenger", "aboard", "capacity")]
    // Money and shares.
    [TestCase("The government set aside €300 million for flood relief.", "€300 million", "relief", "allocated", null)]
    [TestCase("The council has pledged a £20m regeneration fund.", "£20m", "regeneration", "allocated", null)]
    [TestCase("The company has offered staff a 4% pay increase.", "4%", "rise", "offered", null)]
    [TestCase("Managers offered drivers 3% this year.", "3%", "*", "offered", null)]
    [TestCase("Each worker will receive a bonus of £500.", "£500", "bonus", null, null)]
    // Another group or event of the same kind.
    [TestCase("A smaller group of 300 protesters marched in Orrin.", "300", "protester", "protested", "event:smaller")]
    // A participle used as a noun keeps its own predicate against a coordinated verb.
    [TestCase("Two people were killed and 35 injured in the crash.", "35", "*", "injured", null)]
    // Synonyms: pulled out alive is rescued; caught is infected; being treated now is a level.
    [TestCase("Rescuers have pulled 12 people alive from the rubble.", "12", "people", "rescued", null)]
    [TestCase("At least 90 people have caught the virus.", "At least 90", "people", "infected", null)]
    [TestCase("Nine children are being treated in hospital.", "Nine", "child", "remain", null)]
    // A part drawn from a whole; an added amount.
    [TestCase("Hackers published a sample of 5,000 customer records.", "5,000", "customer", null, "part")]
    [TestCase("The bank has added €10 million to the fund.", "€10 million", "bank", "added", "additional")]
    // A reporting verb opens the clause that holds what a share measures.
    [TestCase("The agency says uptake in the city is 81 per cent.", "81 per cent", "uptake", null, null)]
    // Crews somewhere are deployed.
    [TestCase("More than 200 police officers were at the scene by midnight.", "More than 200", "police", "deployed", null)]
    // Shelters: staying and remaining are one stock.
    [TestCase("About 900 people spent the night in emergency shelters.", "900", "people", "remain", null)]
    // A bare figure opening its sentence stands for the group last counted; hospital phrases are treated.
    [TestCase("The company said 66 miners were underground. Nine were taken to Brennach General Hospital.", "Nine", "worker", "treated", null)]
    [TestCase("The company said 66 miners were underground. Forty-one of them reached the surface.", "Forty-one", "worker", "reached", "part")]
    // The whole of a partitive is not what the verb is said of; a market closes at a change.
    [TestCase("Six of the city's 40 schools will close.", "40", "school", null, null)]
    [TestCase("Orvane shares closed 8 per cent lower.", "8 per cent", "share", "fell", null)]
    [TestCase("Supply has been restored to 61,000 customers.", "61,000", "home", "restored", null)]
    // An outage: homes, households and a utility's customers are one count of premises.
    [TestCase("About 212,400 customers were without supply on Sunday.", "212,400", "home", "outage", null)]
    [TestCase("Nearly 10,000 households lost power overnight.", "10,000", "home", "outage", null)]
    [TestCase("Some 151,400 customers remain without power.", "151,400", "home", "remain", null)]
    // In hospital now is a level; taken there is a count of admissions.
    [TestCase("Nine miners are in hospital.", "Nine", "worker", "remain", null)]
    [TestCase("Three men were airlifted to Halvik General Hospital.", "Three", "men", "treated", null)]
    // A partitive on a possessive with no figure counts the group itself; on a figure or "the", a part.
    [TestCase("The collapse killed three of their colleagues.", "three", "worker", "killed", null)]
    [TestCase("Police arrested 14 of the protesters.", "14", "protester", "arrested", "part")]
    // The subject names an earlier or a rival party's event; a supply cut to the figure is an outage.
    [TestCase("Aurelian's last strike, by cabin crew in 2023, cancelled 1,100 flights over three days.", "1,100", "flight", "cancelled", "event:previous")]
    [TestCase("Cabin crew at rival Norsa Air cancelled 90 flights in a one-day walkout.", "90", "flight", "cancelled", "event:rival")]
    [TestCase("The storm knocked out power to more than 240,000 homes.", "more than 240,000", "home", "outage", null)]
    // A whole counted inline after "of": the verb is said of the first figure's share of it.
    [TestCase("Yes won in 14 of the 19 districts.", "14", "district", "won", null)]
    [TestCase("Yes won in 14 of Kerrin's 19 districts.", "14", "district", "won", null)]
    // "buildings" is a noun, not the verb "build"; hospital treatment is an admission.
    [TestCase("Inspectors examined 2,300 buildings.", "2,300", "home", "examined", null)]
    [TestCase("Measles has infected 96 children. 23 have needed hospital treatment.", "23", "child", "treated", null)]
    [TestCase("Twenty-three people went to Lendrick Royal Infirmary, and five were kept in overnight.", "five", "people", "remain", null)]
    // Coordinated modifiers before a known noun; suspected cases count more than confirmed ones.
    [TestCase("Hackers stole the data of 1.9 million current and former customers.", "1.9 million", "customer", null, null)]
    [TestCase("Officials reported 217 confirmed and suspected cases.", "217", "*", "infected", "suspected")]
    // A move within the trading day is not the close.
    [TestCase("Shares fell 9.4% in early trading.", "9.4%", "share", "fell", "event:intraday")]
    public void Each_rule_reads_its_shape(string text, string figure, string subjectClass, string? predicateClass, string? restrictor)
    {
        var a = Figure(text, figure);

        a.Subject.Class.Should().Be(subjectClass, $"subject '{a.Subject.Text}'");
        a.Predicate.Class.Should().Be(predicateClass ?? string.Empty, $"predicate '{a.Predicate.Text}'");
        if (restrictor is not null)
        {
            a.Restrictors.Should().Contain(restrictor);
        }
    }

    [Test]
    public void A_possessive_date_names_an_event_and_does_not_anchor_the_figure()
    {
        var a = Figure("The death toll from Sunday's earthquake has reached 87.", "87");

        a.AsOf.Should().Be(new DateOnly(2025, 5, 5));
    }

    [Test]
    public void A_place_singled_out_with_alone_is_part_of_an_area()
    {
        var a = Figure("In Brisca alone, 9,000 people slept in tents.", "9,000");

        a.Restrictors.Should().Contain(["place:brisca", "subarea"]);
    }

    [Test]
    public void A_count_inside_a_prepositional_phrase_without_a_predicate_is_not_a_claim()
    {
        Pipeline.Extract(Figures.Doc("d", "Nurses ran clinics at six schools.", "2025-05-05")).Should().BeEmpty();
    }

    [Test]
    public void A_date_naming_an_event_in_the_subject_does_not_anchor_a_count_as_of_now()
    {
        var a = Figure("The number of people arrested at the march on 18 April has risen to 52.", "52");

        a.AsOf.Should().Be(new DateOnly(2025, 5, 5), "the count is as of publication; 18 April names the march");
    }

    [TestCase("It was the worst since Storm Aldo in 2022, which cut power to 340,000 homes.", "340,000", "2022-12-31")]
    [TestCase("It is the largest outbreak since 2012, when 1,200 people caught measles.", "1,200", "2012-01-01")]
    [TestCase("Officials said 37 schools will be closed on Friday.", "37", "2025-05-09")]
    [TestCase("The airline has cancelled 395 flights for Saturday.", "395", "2025-05-10")]
    [TestCase("The airline cancelled 420 flights on Friday.", "420", "2025-05-02")]
    public void A_weekday_about_the_future_is_the_next_one_and_a_relative_clause_takes_its_antecedents_date(string text, string figure, string asOf)
    {
        Figure(text, figure).AsOf.Should().Be(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public void A_date_a_speaker_gave_still_anchors_what_was_said()
    {
        var a = Figure("The union said on Friday that its petition has now been signed by 6,850 nurses.", "6,850");

        a.AsOf.Should().Be(new DateOnly(2025, 5, 2));
    }
}

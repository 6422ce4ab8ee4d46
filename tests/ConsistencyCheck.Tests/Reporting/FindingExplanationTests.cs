using System.Collections.Immutable;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Reporting;
using ConsistencyCheck.Text;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Reporting;

/// <summary>Each case of <see cref="FindingReason"/>, rendered into the English every report prints.</summary>
public class FindingExplanationTests
{
    private static readonly DateOnly March14 = new(2024, 3, 14);
    private static readonly Subject Doctors = new("senior doctors", "doctors", "doctors");
    private static readonly Predicate Signed = new("signed", "sign", PredicateKind.Cumulative);

    private static Assertion Figure(
        string id, string phrase, decimal? low, decimal? high, string? publisher = "The Courier", DateOnly? asOf = null,
        bool headline = false, Subject? subject = null, Predicate? predicate = null, bool lowInclusive = true, bool highInclusive = true)
    {
        var sentence = $"The letter was signed by {phrase} senior doctors.";
        return new Assertion
        {
            Id = new AssertionId(id),
            DocumentId = new DocumentId(id[..id.IndexOf('@', StringComparison.Ordinal)]),
            Collection = "default",
            Publisher = publisher,
            Quantity = new Quantity(EntityType.Number, new SourceSpan(25, phrase.Length), phrase, low ?? high,
                new Interval(low, high, lowInclusive, highInclusive), Qualifier.Exact, null, null),
            Sentence = new SourceSpan(0, sentence.Length),
            SentenceText = sentence,
            Subject = subject ?? Doctors,
            Predicate = predicate ?? Signed,
            AsOf = asOf,
            InHeadline = headline,
        };
    }

    private static Assertion Courier(string phrase, decimal value, DateOnly? asOf = null) =>
        Figure("courier@10", phrase, value, value, "The Courier", asOf ?? March14);

    private static Assertion Ledger(string phrase, decimal value, DateOnly? asOf = null) =>
        Figure("ledger@20", phrase, value, value, "The Ledger", asOf ?? March14);

    private static Finding Of(FindingReason reason, params Assertion[] assertions) =>
        new(FindingKind.Agreement, [.. assertions.Select(a => a.Id)], null, 0.9, reason, "c1");

    private static string Render(FindingReason reason, params Assertion[] assertions) =>
        FindingExplanation.Render(Of(reason, assertions), id => Array.Find(assertions, a => a.Id == id));

    private static IEnumerable<TestCaseData> PairCases()
    {
        var forty = Courier("Forty-one", 41);
        TestCaseData Case(string name, FindingReason reason, Assertion first, Assertion second, string expected) =>
            new TestCaseData(reason, first, second, expected).SetName("Renders " + name);

        yield return Case("a figure written differently", new SameFigureReason(WrittenDifferently: true), forty, Ledger("41", 41),
            "The Courier (courier) says \"Forty-one\" and The Ledger (ledger) says \"41\" (senior doctors, signed): the same figure, written differently.");
        yield return Case("the same figure", new SameFigureReason(WrittenDifferently: false), forty, Ledger("forty-one", 41),
            "The Courier (courier) says \"Forty-one\" and The Ledger (ledger) says \"forty-one\" (senior doctors, signed): the same figure.");
        yield return Case("values shared once hedges are read", new SharedValuesReason(new Interval(55000m, 55000m)),
            Figure("courier@10", "nearly 55,000", 50000m, 55000m), Figure("ledger@20", "at least 55,000", 55000m, null, "The Ledger"),
            "The Courier (courier) says \"nearly 55,000\" and The Ledger (ledger) says \"at least 55,000\" (senior doctors, signed). " +
            "Read with their hedges (50,000 to 55,000; at least 55,000), the figures are consistent: both allow 55,000.");
        yield return Case("an undated contradiction", new ContradictionReason(Days: null), Courier("41", 41), Figure("ledger@20", "130", 130, 130, "The Ledger"),
            "The Courier (courier) says \"41\" but The Ledger (ledger) says \"130\" (senior doctors, signed). No date separates them, and 41 and 130 cannot both be true.");
        yield return Case("a contradiction on one day", new ContradictionReason(Days: 0), Courier("41", 41), Ledger("130", 130),
            "The Courier (courier) says \"41\" but The Ledger (ledger) says \"130\" (senior doctors, signed). Both refer to 14 March 2024, and 41 and 130 cannot both be true.");
        yield return Case("a contradiction a day apart", new ContradictionReason(Days: 1), Courier("41", 41), Ledger("130", 130, new DateOnly(2024, 3, 15)),
            "The Courier (courier) says \"41\" but The Ledger (ledger) says \"130\" (senior doctors, signed). They refer to 14 March 2024 and 15 March 2024, " +
            "close enough to be the same moment, and 41 and 130 cannot both be true.");
        yield return Case("a contradiction between groups", new GroupContradictionReason(new ContradictionReason(0), 40, 1), Courier("41", 41), Ledger("130", 130),
            "The Courier (courier) says \"41\" but The Ledger (ledger) says \"130\" (senior doctors, signed). Both refer to 14 March 2024, and 41 and 130 cannot both be true. " +
            "(40 source(s) give the first figure, 1 the second.)");
        yield return Case("a running total that grew", new ChangeReason(7, ChangeDirection.Rose, ChangePlausibility.RunningTotalGrew),
            Courier("41", 41), Ledger("212", 212, new DateOnly(2024, 3, 21)),
            "The Courier (courier) reported \"41\" (senior doctors, signed) as of 14 March 2024; The Ledger (ledger) reported \"212\" as of 21 March 2024, " +
            "7 days later: the figure rose. A running total that grows over time: a plausible change.");
        yield return Case("a running total that shrank", new ChangeReason(1, ChangeDirection.Fell, ChangePlausibility.RunningTotalShrank),
            Courier("212", 212), Ledger("41", 41, new DateOnly(2024, 3, 15)),
            "The Courier (courier) reported \"212\" (senior doctors, signed) as of 14 March 2024; The Ledger (ledger) reported \"41\" as of 15 March 2024, " +
            "1 day later: the figure fell. A running total should not shrink: worth a look.");
        yield return Case("a level that moved", new ChangeReason(3, ChangeDirection.Unclear, ChangePlausibility.LevelMoved),
            Courier("40", 40), Figure("ledger@20", "more than 40", 40, null, "The Ledger", new DateOnly(2024, 3, 17), lowInclusive: false),
            "The Courier (courier) reported \"40\" (senior doctors, signed) as of 14 March 2024; The Ledger (ledger) reported \"more than 40\" as of 17 March 2024, " +
            "3 days later: the figure changed. A level that can rise or fall: a plausible change.");
        yield return Case("a change not judged", new ChangeReason(30, ChangeDirection.Rose, ChangePlausibility.NotJudged),
            Courier("41", 41), Ledger("212", 212, new DateOnly(2024, 4, 13)),
            "The Courier (courier) reported \"41\" (senior doctors, signed) as of 14 March 2024; The Ledger (ledger) reported \"212\" as of 13 April 2024, " +
            "30 days later: the figure rose.");
        yield return Case("a repeat within a document", new RepeatWithinDocumentReason(FigurePlacement.Headline, FigurePlacement.Text),
            Figure("courier@0", "41", 41, 41, headline: true), Figure("courier@90", "forty-one", 41, 41),
            "The Courier (courier) states the figure twice, \"41\" in its headline and \"forty-one\" in its text: consistent.");
        yield return Case("a change within a document", new ChangeWithinDocumentReason(new ChangeReason(7, ChangeDirection.Rose, ChangePlausibility.RunningTotalGrew)),
            Figure("courier@10", "41", 41, 41, asOf: March14), Figure("courier@90", "212", 212, 212, asOf: new DateOnly(2024, 3, 21)),
            "The Courier (courier) gives \"41\" and later \"212\" for different dates: The Courier (courier) reported \"41\" (senior doctors, signed) as of 14 March 2024; " +
            "The Courier (courier) reported \"212\" as of 21 March 2024, 7 days later: the figure rose. A running total that grows over time: a plausible change.");
        yield return Case("a document contradicting itself", new SelfContradictionReason(FigurePlacement.Text, FigurePlacement.Headline),
            Figure("courier@10", "41", 41, 41), Figure("courier@90", "130", 130, 130, headline: true),
            "The Courier (courier) disagrees with itself: \"41\" in its text but \"130\" in its headline, for the same quantity at the same time.");
    }

    [TestCaseSource(nameof(PairCases))]
    public void Reason_renders_its_english(FindingReason reason, Assertion first, Assertion second, string expected)
    {
        Render(reason, first, second).Should().Be(expected);
    }

    [TestCase("50000", "55000", "50,000 to 55,000")]
    [TestCase("1.25", "1.25", "1.25")]
    [TestCase("50000", null, "50,000 or more")]
    [TestCase(null, "55000", "up to 55,000")]
    [TestCase(null, null, "the same values")]
    public void Shared_values_are_named_as_a_reader_says_them(string? low, string? high, string expected)
    {
        decimal? Parse(string? value) => value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        var reason = new SharedValuesReason(new Interval(Parse(low), Parse(high)));
        Render(reason, Courier("41", 41), Ledger("41", 41)).Should().EndWith($"both allow {expected}.");
    }

    [TestCase(300, null, false, true, "more than 300")]
    [TestCase(300, null, true, true, "at least 300")]
    [TestCase(null, 40, true, false, "less than 40")]
    [TestCase(null, 40, true, true, "at most 40")]
    [TestCase(null, null, true, true, "any value")]
    [TestCase(4.55, 4.65, true, false, "4.55 to 4.65")]
    public void A_figure_is_read_with_its_hedge(double? low, double? high, bool lowInclusive, bool highInclusive, string expected)
    {
        var first = Figure("courier@10", "x", (decimal?)low, (decimal?)high, lowInclusive: lowInclusive, highInclusive: highInclusive);
        Render(new ContradictionReason(null), first, Ledger("7", 7)).Should().EndWith($"and {expected} and 7 cannot both be true.");
    }

    [Test]
    public void What_is_counted_names_the_subject_and_predicate_that_are_there()
    {
        string Says(Subject subject, Predicate predicate) =>
            Render(new SameFigureReason(false), Figure("courier@10", "41", 41, 41, subject: subject, predicate: predicate), Ledger("41", 41));

        Says(Subject.None, Signed).Should().EndWith("says \"41\" (signed): the same figure.");
        Says(Doctors, Predicate.None).Should().EndWith("says \"41\" (senior doctors): the same figure.");
        Says(Subject.None, Predicate.None).Should().EndWith("says \"41\" : the same figure.");
        Says(new Subject("signed", "signed", "*"), Signed).Should().EndWith("says \"41\" (signed): the same figure.", "a subject that only repeats the verb is left out");
    }

    [Test]
    public void A_source_without_an_outlet_is_named_by_its_document()
    {
        var first = Figure("courier@10", "41", 41, 41, publisher: null, asOf: March14);
        Render(new ContradictionReason(0), first, Ledger("130", 130)).Should().StartWith("courier says \"41\" but The Ledger (ledger) says \"130\"");
    }

    [Test]
    public void A_group_agreement_names_five_sources_and_four_phrases_in_the_groups_order()
    {
        var phrases = new[] { "41", "Forty-one", "forty-one", "forty one", "41 doctors", "about 41", "41", "41" };
        var members = phrases.Select((phrase, i) => Figure($"outlet{i}@1", phrase, 41, 41, publisher: i == 6 ? null : $"Outlet {i % 6}")).ToArray();
        var reason = new GroupAgreementReason([.. members.Select(m => m.Id)]);

        FindingExplanation.Render(Of(reason, members), id => Array.Find(members, a => a.Id == id)).Should().Be(
            "7 sources agree (Outlet 0, Outlet 1, Outlet 2, Outlet 3, Outlet 4, …): \"41\", \"Forty-one\", \"forty one\", \"41 doctors\" " +
            "are consistent once hedges and rounding are read.");
    }

    [Test]
    public void A_finding_whose_assertions_are_missing_says_so()
    {
        var finding = Of(new ContradictionReason(0), Courier("41", 41), Ledger("130", 130));
        FindingExplanation.Render(finding, _ => null).Should().Be("The assertions this finding is about are not in the report.");
        FindingExplanation.Render(Of(new GroupAgreementReason([new AssertionId("x@1")])), _ => null)
            .Should().Be("The assertions this finding is about are not in the report.");
    }

    [Test]
    public void The_report_overload_looks_assertions_up_in_the_report()
    {
        var report = SampleReport.Create();
        FindingExplanation.Render(report.Findings[1], report).Should().Be(
            "The Harbour Courier (courier.txt) says \"nearly 55,000\" but Ledger — Édition du soir (ledger.txt) says \"Some 40,000\" (people, were evacuated). " +
            "No date separates them, and 50,000 to 55,000 and 35,000 to 45,000 cannot both be true.");
    }

    [Test]
    public void Findings_compare_their_reasons_by_value()
    {
        ImmutableArray<AssertionId> ids = [new("a@1"), new("b@1")];
        var first = new Finding(FindingKind.Agreement, ids, null, 0.9, new GroupAgreementReason([new("b@1"), new("a@1")]), "c1");
        var same = first with { Reason = new GroupAgreementReason([new("b@1"), new("a@1")]) };
        var reordered = first with { Reason = new GroupAgreementReason([new("a@1"), new("b@1")]) };

        same.Should().Be(first);
        same.GetHashCode().Should().Be(first.GetHashCode());
        reordered.Should().NotBe(first, "the group's order is the order its sources are named in");
        (first with { Reason = new ChangeReason(7, ChangeDirection.Rose, ChangePlausibility.NotJudged) })
            .Should().Be(first with { Reason = new ChangeReason(7, ChangeDirection.Rose, ChangePlausibility.NotJudged) });
    }
}

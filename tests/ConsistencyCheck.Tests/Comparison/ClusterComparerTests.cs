using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Reporting;
using ConsistencyCheck.Tests.Assertions;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Comparison;

public class ClusterComparerTests
{
    private static readonly AssertionExtractor Extractor = new(ExtractionOptions.Default);

    private static Assertion Signed(int outlet, decimal value, string published = "2024-03-14")
    {
        var text = $"The letter was signed by {value} senior doctors.";
        return Extractor.Extract(Figures.Doc($"outlet{outlet:D4}", text, published, $"Outlet {outlet}"), Figures.Mentions(Figures.Count(text, value.ToString(System.Globalization.CultureInfo.InvariantCulture), value))).Single();
    }

    private static List<Finding> Compare(IReadOnlyList<Assertion> assertions, ComparisonOptions? options = null)
    {
        var cluster = new AssertionCluster("c1", "k", [.. assertions.Select(a => a.Id).Order()]);
        return new ClusterComparer(options ?? ComparisonOptions.Default).Compare(cluster, assertions.ToDictionary(a => a.Id)).ToList();
    }

    private static string Explain(Finding finding, IEnumerable<Assertion> assertions) =>
        FindingExplanation.Render(finding, assertions.ToDictionary(a => a.Id).GetValueOrDefault);

    [Test]
    public void Small_clusters_are_judged_pair_by_pair()
    {
        var findings = Compare([Signed(1, 41), Signed(2, 41), Signed(3, 130)]);
        findings.Should().HaveCount(3);
        findings.Count(f => f.Kind == FindingKind.Contradiction).Should().Be(2);
    }

    [Test]
    public void A_thousand_agreeing_sources_yield_one_finding()
    {
        List<Assertion> voices = [.. Enumerable.Range(1, 1000).Select(i => Signed(i, 41))];
        var findings = Compare(voices);
        findings.Should().ContainSingle().Which.Kind.Should().Be(FindingKind.Agreement);
        findings[0].AssertionIds.Should().HaveCount(1000);
        findings[0].Reason.Should().BeOfType<GroupAgreementReason>().Which.Members.Should().HaveCount(1000);
        Explain(findings[0], voices).Should().StartWith("1000 sources agree (Outlet 1, Outlet 2, Outlet 3, Outlet 4, Outlet 5, …)");
    }

    [Test]
    public void A_large_cluster_keeps_its_contradiction_and_its_change_over_time()
    {
        var voices = Enumerable.Range(1, 40).Select(i => Signed(i, 41))
            .Append(Signed(41, 130))
            .Concat(Enumerable.Range(42, 10).Select(i => Signed(i, 212, "2024-03-21")))
            .ToList();
        var findings = Compare(voices);
        findings.Select(f => f.Kind).Should().BeEquivalentTo([
            FindingKind.Agreement, FindingKind.Contradiction, FindingKind.Agreement, FindingKind.ChangedOverTime]);
    }

    [Test]
    public void A_summary_keeps_places_apart_and_finds_each_places_change()
    {
        // 20 voices: 41 in Fenwick and 900 in Orrin on one day, then 212 in Fenwick a week later.
        var voices = Enumerable.Range(1, 8).Select(i => Signed(i, 41) with { Restrictors = ["place:fenwick"] })
            .Concat(Enumerable.Range(9, 8).Select(i => Signed(i, 900) with { Restrictors = ["place:orrin"] }))
            .Concat(Enumerable.Range(17, 4).Select(i => Signed(i, 212, "2024-03-21") with { Restrictors = ["place:fenwick"] }))
            .ToList();

        var findings = Compare(voices);

        findings.Should().NotContain(f => f.Kind == FindingKind.Contradiction, "41 in Fenwick and 900 in Orrin are different quantities");
        var change = findings.Should().ContainSingle(f => f.Kind == FindingKind.ChangedOverTime).Subject;
        change.Reason.Should().Be(new ChangeReason(7, ChangeDirection.Rose, ChangePlausibility.RunningTotalGrew));
        Explain(change, voices).Should().Contain("\"41\"").And.Contain("\"212\"").And.Contain("7 days later: the figure rose.");
        findings.Count(f => f.Kind == FindingKind.Agreement).Should().Be(3, "one per place and window");
    }

    [Test]
    public void Summaries_do_not_depend_on_input_order()
    {
        var voices = Enumerable.Range(1, 30).Select(i => Signed(i, i % 3 == 0 ? 130 : 41)).ToList();
        Compare(voices).Should().Equal(Compare([.. Enumerable.Reverse(voices)]));
    }
}

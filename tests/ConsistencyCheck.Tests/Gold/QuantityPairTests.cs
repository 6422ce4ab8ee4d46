using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Gold;

/// <summary>
/// Quantity-pair reasoning over Gold/pairs.tsv: two outlets state the same quantity of the same thing on the same day;
/// the pipeline must find exactly one cross-source finding with the expected kind and relation.
/// </summary>
public class QuantityPairTests
{
    private static readonly ConsistencyPipeline Pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates().Build();

    public static IEnumerable<TestCaseData> Pairs()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "tests", "ConsistencyCheck.Tests", "Gold", "pairs.tsv");
        var row = 0;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            row++;
            var cells = line.Split('\t');
            if (cells.Length >= 4)
            {
                yield return new TestCaseData(cells[0], cells[1], cells[2], cells[3]).SetName($"pairs.tsv #{row:D2}: {cells[0]} ~ {cells[1]}");
            }
        }
    }

    [TestCaseSource(nameof(Pairs))]
    public async Task The_pair_gets_the_expected_kind_and_relation(string first, string second, string kind, string relation)
    {
        var published = new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero);
        var report = await Pipeline.CheckAsync(new[]
        {
            new Document(new DocumentId("a"), first) { Metadata = new DocumentMetadata { Publisher = "A", Published = published } },
            new Document(new DocumentId("b"), second) { Metadata = new DocumentMetadata { Publisher = "B", Published = published } },
        });

        var finding = report.Findings.Should().ContainSingle(f => f.Scope == FindingScope.CrossSource,
            $"assertions: {string.Join("; ", report.Assertions.Select(a => $"{a.Quantity.Text} [{a.Subject.Text}/{a.Predicate.Class}]"))}").Subject;
        finding.Kind.ToString().Should().BeEquivalentTo(kind);
        finding.Relation.ToString().Should().BeEquivalentTo(relation);
    }
}

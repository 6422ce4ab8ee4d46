using System.Collections.Immutable;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Text;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// Lookups the readable writers share: assertions by id and findings by kind, in the report's order.
/// Tolerates inconsistent reports (unknown or duplicate ids): the first assertion with an id wins.
/// </summary>
internal sealed class ReportIndex
{
    private readonly Dictionary<AssertionId, Assertion> _assertions = [];

    public ReportIndex(ConsistencyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Documents = Arrays.OrEmpty(report.Documents);
        Assertions = Arrays.OrEmpty(report.Assertions);
        Clusters = Arrays.OrEmpty(report.Clusters);
        Findings = Arrays.OrEmpty(report.Findings);
        InputErrors = Arrays.OrEmpty(report.InputErrors);
        Stories = new ReportStories(report);
        foreach (var assertion in Assertions)
        {
            _assertions.TryAdd(assertion.Id, assertion);
        }
    }

    public ImmutableArray<DocumentSummary> Documents { get; }

    public ImmutableArray<Assertion> Assertions { get; }

    public ImmutableArray<Clustering.AssertionCluster> Clusters { get; }

    public ImmutableArray<Finding> Findings { get; }

    public ImmutableArray<InputError> InputErrors { get; }

    public ReportStories Stories { get; }

    public Assertion? Find(AssertionId id) => _assertions.GetValueOrDefault(id);

    public IEnumerable<Finding> FindingsOf(FindingKind kind) => Findings.Where(f => f.Kind == kind);

    public int Count(FindingKind kind) => Findings.Count(f => f.Kind == kind);

    /// <summary>"1 document", "3 assertions".</summary>
    public static string Counted(int count, string singular, string plural) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");
}

using ConsistencyCheck.Comparison;

namespace ConsistencyCheck.Reporting;

/// <summary>The counts of a run, as the summary line of report lines gives them (docs/report-schema.md, "Report lines").</summary>
/// <param name="Documents">Documents read, also the unreadable ones (not a path that does not exist: see <see cref="InputErrors"/>).</param>
/// <param name="UnreadableDocuments">Documents with an error diagnostic.</param>
/// <param name="Assertions">Assertions.</param>
/// <param name="Clusters">Clusters.</param>
/// <param name="Findings">Findings of every kind.</param>
/// <param name="Agreements">Agreement findings.</param>
/// <param name="Contradictions">Contradiction findings.</param>
/// <param name="ChangedOverTime">Change-over-time findings.</param>
public sealed record ReportSummary(
    long Documents,
    long UnreadableDocuments,
    long Assertions,
    long Clusters,
    long Findings,
    long Agreements,
    long Contradictions,
    long ChangedOverTime)
{
    /// <summary>Inputs that were not documents (<see cref="ConsistencyReport.InputErrors"/>); not in <see cref="Documents"/>. Default 0.</summary>
    public long InputErrors { get; init; }

    /// <summary>Stories the run was grouped into (<see cref="ConsistencyReport.Stories"/>); 0 when it was not grouped. Default 0.</summary>
    public long Stories { get; init; }

    /// <summary>The summary of a run with <paramref name="counts"/> findings.</summary>
    /// <param name="documents">Documents read.</param>
    /// <param name="unreadable">Documents with an error diagnostic.</param>
    /// <param name="assertions">Assertions.</param>
    /// <param name="clusters">Clusters.</param>
    /// <param name="counts">The findings of each kind.</param>
    public static ReportSummary Of(long documents, long unreadable, long assertions, long clusters, FindingCounts counts) =>
        new(documents, unreadable, assertions, clusters, counts.Findings, counts.Agreements, counts.Contradictions, counts.ChangedOverTime);
}

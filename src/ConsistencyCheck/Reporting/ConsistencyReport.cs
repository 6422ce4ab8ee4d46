using System.Collections.Immutable;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// Everything a run found: every input document (also the unreadable ones, with diagnostics), the assertions,
/// the clusters, the findings, and the inputs that were not documents at all (a path that does not exist). Serialized as the versioned JSON contract in docs/report-schema.md.
/// </summary>
/// <remarks>All arrays are sorted (documents by collection then id, assertions by id, findings by cluster id then assertion ids), so the same input gives the same report in any order.</remarks>
public sealed record ConsistencyReport
{
    /// <summary>The version of the JSON schema this report follows.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Schema version; <see cref="CurrentSchemaVersion"/>.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Every input document, without its text.</summary>
    public required ImmutableArray<DocumentSummary> Documents { get; init; }

    /// <summary>Every assertion read from the documents.</summary>
    public required ImmutableArray<Assertion> Assertions { get; init; }

    /// <summary>Clusters of assertions about the same quantity.</summary>
    public required ImmutableArray<AssertionCluster> Clusters { get; init; }

    /// <summary>Agreements, contradictions and changes over time.</summary>
    public required ImmutableArray<Finding> Findings { get; init; }

    /// <summary>
    /// The inputs of the run that are not documents: paths that name nothing (no such file or folder). Each is listed
    /// once, sorted by path then message (ordinal); they are neither in <see cref="Documents"/> nor counted as documents.
    /// Default empty.
    /// </summary>
    public ImmutableArray<InputError> InputErrors { get; init; } = [];
}

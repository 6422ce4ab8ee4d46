using System.Collections.Immutable;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Stories;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// Everything a run found: every input document (also the unreadable ones, with diagnostics), the assertions,
/// the clusters, the findings, and the inputs that were not documents at all (a path that does not exist). Serialized as the versioned JSON contract in docs/report-schema.md.
/// </summary>
/// <remarks>All arrays are sorted (documents by collection then id, assertions by id, findings by cluster id then assertion ids), so the same input gives the same report in any order.</remarks>
public sealed record ConsistencyReport
{
    /// <summary>The version of the JSON schema a report with stories follows (version 2 added stories).</summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>
    /// The version a report without stories (<c>StoryMode.None</c>) follows: such a report is written exactly as before
    /// stories, byte for byte, so its readers need not change.
    /// </summary>
    public const int StorylessSchemaVersion = 1;

    private readonly int? _schemaVersion;

    /// <summary>
    /// Schema version: unless set, <see cref="CurrentSchemaVersion"/> when the report has <see cref="Stories"/>, else
    /// <see cref="StorylessSchemaVersion"/>.
    /// </summary>
    public int SchemaVersion
    {
        get => _schemaVersion ?? (Stories.IsDefaultOrEmpty ? StorylessSchemaVersion : CurrentSchemaVersion);
        init => _schemaVersion = value;
    }

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

    /// <summary>
    /// The stories of the run, in order of collection then first member (docs/stories.md); every finding pairs
    /// documents of one story, and <see cref="ReportStories"/> tells the story of a document or a finding. Empty when
    /// the run was not grouped into stories (<c>StoryMode.None</c>). Default empty.
    /// </summary>
    public ImmutableArray<Story> Stories { get; init; } = [];
}

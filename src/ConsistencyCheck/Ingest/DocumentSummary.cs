using System.Collections.Immutable;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Ingest;

/// <summary>A document as it appears in a report: identity, metadata and diagnostics, without its text.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Source">Where it came from (path, <c>file.jsonl:3</c>, <c>-</c>).</param>
/// <param name="Collection">The collection it was compared within.</param>
/// <param name="Title">Headline or null.</param>
/// <param name="Publisher">Outlet or null.</param>
/// <param name="Published">Publication time or null.</param>
/// <param name="Diagnostics">What went wrong or was worked around.</param>
public sealed record DocumentSummary(
    DocumentId Id,
    string Source,
    string Collection,
    string? Title,
    string? Publisher,
    DateTimeOffset? Published,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>
    /// True when it stands for a path that names nothing (<see cref="Document.IsMissingPath"/>): not a document but an
    /// input error. <see cref="ConsistencyPipeline.CompareExtractedAsync(Assertions.ExtractedRun, CancellationToken)"/> lists it in <c>ConsistencyReport.InputErrors</c>,
    /// not in <c>ConsistencyReport.Documents</c>; assertion lines carry it as <c>"missingPath": true</c>. Default false.
    /// </summary>
    public bool IsMissingPath { get; init; }

    /// <summary>True when it could not be read: it has an <see cref="DiagnosticSeverity.Error"/> diagnostic (then it has no assertions).</summary>
    public bool IsUnreadable => !Diagnostics.IsDefault && Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary><paramref name="documents"/> in the order reports list them: by collection (ordinal), then id.</summary>
    internal static IOrderedEnumerable<DocumentSummary> InReportOrder(IEnumerable<DocumentSummary> documents) =>
        documents.OrderBy(d => d.Collection, StringComparer.Ordinal).ThenBy(d => d.Id);

    /// <summary>The summary of <paramref name="document"/>.</summary>
    public static DocumentSummary From(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(document.Id, document.Source, document.Collection, document.Metadata.Title,
            document.Metadata.Publisher, document.Metadata.Published, document.Diagnostics)
        {
            IsMissingPath = document.IsMissingPath,
        };
    }

    /// <inheritdoc/>
    public bool Equals(DocumentSummary? other) =>
        other is not null && Id == other.Id && Source == other.Source && Collection == other.Collection &&
        Title == other.Title && Publisher == other.Publisher && Published == other.Published &&
        IsMissingPath == other.IsMissingPath && Diagnostics.SequenceEqual(other.Diagnostics);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Source, Collection);
}

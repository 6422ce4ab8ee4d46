using System.Collections.Immutable;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// One input document as ingested: its text (offsets in every later stage refer to this string),
/// metadata, the regions marked as page boilerplate, and any diagnostics from reading it.
/// </summary>
/// <remarks>
/// Boilerplate (menus, tickers, "related stories", footers) is marked, not deleted, so offsets stay true;
/// assertions are never built from figures inside <see cref="Boilerplate"/>.
/// A document that could not be read has empty <see cref="Text"/> and an error in <see cref="Diagnostics"/>. A
/// document that was read but is not checked (its text does not look like English) keeps its text and has an error.
/// </remarks>
public sealed record Document
{
    /// <summary>The collection used when a source names none. Documents are only compared within one collection.</summary>
    public const string DefaultCollection = "default";

    private readonly ImmutableArray<SourceSpan> _boilerplate = [];
    private readonly bool _boilerplateOrdered = true;

    /// <summary>Creates a document.</summary>
    /// <param name="id">Its identifier within the run.</param>
    /// <param name="text">Its text; offsets of every mention refer to this string.</param>
    public Document(DocumentId id, string text)
    {
        ArgumentNullException.ThrowIfNull(id.Value, nameof(id));
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
    }

    /// <summary>Identifier within the run.</summary>
    public DocumentId Id { get; init; }

    /// <summary>The text every offset refers to (for HTML, the extracted article text, not the markup).</summary>
    public string Text { get; init; }

    /// <summary>Where it came from, for messages: a file path, <c>file.jsonl:12</c>, or <c>-</c> for standard input.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The collection it is compared within; <see cref="DefaultCollection"/> unless a source names one.</summary>
    public string Collection { get; init; } = DefaultCollection;

    /// <summary>Headline, outlet, address and publication time.</summary>
    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.Empty;

    /// <summary>Regions of <see cref="Text"/> that are page furniture, in order and non-overlapping.</summary>
    public ImmutableArray<SourceSpan> Boilerplate
    {
        get => _boilerplate;
        init
        {
            _boilerplate = value.IsDefault ? [] : value;
            _boilerplateOrdered = IsOrdered(_boilerplate);
        }
    }

    /// <summary>What went wrong or was worked around while reading it.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>
    /// True when this is not a document at all but stands for a path given to <see cref="DocumentLoader.LoadAsync"/> that
    /// names nothing (no such file or folder, or an empty path). It has empty <see cref="Text"/>, <see cref="Source"/> is the
    /// path as given, and one <see cref="DiagnosticSeverity.Error"/> says why. The pipeline lists it among the report's
    /// input errors (<c>ConsistencyReport.InputErrors</c>), never among its documents, and does not count it
    /// as a document. Default false.
    /// </summary>
    public bool IsMissingPath { get; init; }

    /// <summary>
    /// True when the document is not checked: reading failed (empty <see cref="Text"/>), or it was read but is not
    /// English (<see cref="IngestOptions.SkipNonEnglish"/>). Either way an <see cref="DiagnosticSeverity.Error"/> says why.
    /// </summary>
    public bool IsUnreadable => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// True when <paramref name="span"/> overlaps a boilerplate region. Logarithmic in the number of regions when they
    /// are in order and non-overlapping, as every reader makes them (a linear scan otherwise), so a stage may ask for
    /// every mention of a document with thousands of regions.
    /// </summary>
    public bool IsBoilerplate(SourceSpan span)
    {
        var regions = _boilerplate;
        if (!_boilerplateOrdered)
        {
            foreach (var region in regions)
            {
                if (region.Overlaps(span))
                {
                    return true;
                }
            }

            return false;
        }

        // The first region ending after the span starts is the only candidate: ends rise with starts.
        int lo = 0, hi = regions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (regions[mid].End > span.Start)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo < regions.Length && regions[lo].Overlaps(span);
    }

    private static bool IsOrdered(ImmutableArray<SourceSpan> regions)
    {
        for (var i = 1; i < regions.Length; i++)
        {
            if (regions[i].Start < regions[i - 1].End)
            {
                return false;
            }
        }

        return true;
    }
}

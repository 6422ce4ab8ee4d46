using System.Globalization;
using System.Text;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// Writes a <see cref="ConsistencyReport"/> as a readable Markdown (CommonMark with GFM tables) page: a summary
/// line with counts; the findings grouped by kind (contradictions, then changes over time, then agreements), each
/// with its explanation and the evidence sentences with the figure in bold; the input errors (paths that do not exist),
/// when there are any; a table of documents with their diagnostics; and the clusters. When the run was grouped into
/// stories (<see cref="ConsistencyReport.Stories"/>), the findings are organised by story: a section per story, headed
/// by its label words and listing its documents, then its findings grouped by kind.
/// </summary>
/// <remarks>
/// All text taken from the documents is escaped, so it cannot turn into markup. Line breaks are <c>\n</c>.
/// Output is deterministic. Stateless and thread-safe.
/// </remarks>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is null.</exception>
    public async Task WriteAsync(ConsistencyReport report, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var text = Render(new ReportIndex(report));
        await writer.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    private static string Render(ReportIndex index)
    {
        var page = new MarkdownPage();
        page.Line("# Consistency report");
        page.Blank();
        page.Line(Summary(index));

        if (index.Stories.HasStories)
        {
            WriteStories(page, index);
        }
        else
        {
            if (index.Findings.IsEmpty)
            {
                page.Blank();
                page.Line("## Findings");
                page.Blank();
                page.Line("No findings: no two assertions were found to speak about the same quantity.");
            }

            foreach (var kind in ReportNames.PresentationOrder)
            {
                WriteFindings(page, index, index.Findings, kind, "##");
            }
        }

        WriteInputErrors(page, index);
        WriteDocuments(page, index);
        WriteClusters(page, index);
        return page.ToString();
    }

    private static string Summary(ReportIndex index) =>
        string.Join(" · ",
            ReportIndex.Counted(index.Documents.Length, "document", "documents"),
            ReportIndex.Counted(index.Assertions.Length, "assertion", "assertions"),
            ReportIndex.Counted(index.Clusters.Length, "cluster", "clusters"),
            ReportIndex.Counted(index.Findings.Length, "finding", "findings")) +
        ": " + string.Join(", ",
            ReportIndex.Counted(index.Count(FindingKind.Contradiction), "contradiction", "contradictions"),
            ReportIndex.Counted(index.Count(FindingKind.ChangedOverTime), "change over time", "changes over time"),
            ReportIndex.Counted(index.Count(FindingKind.Agreement), "agreement", "agreements")) + "." +
        (index.InputErrors.IsEmpty ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" Input errors: {index.InputErrors.Length} (not documents; see below).")) +
        (index.Stories.HasStories ? " " + ReportStories.Counted(index.Stories.Stories.Length) : string.Empty);

    // A section per story: its label, its documents, then its findings by kind, one heading level down.
    private static void WriteStories(MarkdownPage page, ReportIndex index)
    {
        var number = 0;
        foreach (var story in index.Stories.Stories)
        {
            number++;
            var findings = index.Stories.FindingsOf(story);
            page.Blank();
            page.Line(string.Create(CultureInfo.InvariantCulture,
                $"## Story {number}: {MarkdownText.Escape(ReportStories.Title(story))} ({ReportIndex.Counted(story.Members.Length, "document", "documents")}, {ReportIndex.Counted(findings.Length, "finding", "findings")})"));
            page.Blank();
            page.Line(MarkdownText.Code(story.Id.Value) + " in collection " + MarkdownText.Code(story.Collection) + ": " +
                string.Join(", ", story.Members.Select(m => "**" + MarkdownText.Escape(m.Value) + "**")));
            if (findings.IsEmpty)
            {
                page.Blank();
                page.Line("No findings in this story.");
            }

            foreach (var kind in ReportNames.PresentationOrder)
            {
                WriteFindings(page, index, findings, kind, "###");
            }
        }

        // Only a report put together by hand has findings outside its stories.
        foreach (var kind in ReportNames.PresentationOrder)
        {
            WriteFindings(page, index, index.Stories.Unplaced, kind, "##");
        }
    }

    // Only when there are any, so that other reports keep their bytes.
    private static void WriteInputErrors(MarkdownPage page, ReportIndex index)
    {
        if (index.InputErrors.IsEmpty)
        {
            return;
        }

        page.Blank();
        page.Line(string.Create(CultureInfo.InvariantCulture, $"## Input errors ({index.InputErrors.Length})"));
        page.Blank();
        page.Line("Inputs that are not documents: nothing was read from them.");
        page.Blank();
        foreach (var error in index.InputErrors)
        {
            page.Line("- **error**: " + MarkdownText.Escape(error.Message));
        }
    }

    private static void WriteFindings(MarkdownPage page, ReportIndex index, IEnumerable<Finding> all, FindingKind kind, string heading)
    {
        var findings = all.Where(f => f.Kind == kind).ToList();
        if (findings.Count == 0)
        {
            return;
        }

        page.Blank();
        page.Line(string.Create(CultureInfo.InvariantCulture, $"{heading} {ReportNames.PluralTitle(kind)} ({findings.Count})"));
        var number = 0;
        foreach (var finding in findings)
        {
            number++;
            page.Blank();
            var relation = finding.Relation is { } r ? "intervals " + ReportNames.Of(r) + ", " : string.Empty;
            page.Line(string.Create(CultureInfo.InvariantCulture,
                $"{heading}# {ReportNames.Title(kind)} {number} ({relation}confidence {InvariantText.Number(InvariantText.Confidence(finding.Confidence))})"));
            page.Blank();
            page.Line(MarkdownText.Paragraph(FindingExplanation.Render(finding, index.Find)));
            page.Blank();
            foreach (var id in Arrays.OrEmpty(finding.AssertionIds))
            {
                page.Line("- " + Evidence(index.Find(id), id));
            }

            page.Line("- Cluster: " + MarkdownText.Code(finding.ClusterId));
        }
    }

    private static string Evidence(Assertion? assertion, AssertionId id)
    {
        if (assertion is null)
        {
            return MarkdownText.Code(id.Value) + ": not in the report.";
        }

        var source = new StringBuilder("**").Append(MarkdownText.Escape(assertion.DocumentId.Value)).Append("**");
        var details = new List<string>(2);
        if (!string.IsNullOrEmpty(assertion.Publisher))
        {
            details.Add(MarkdownText.Escape(assertion.Publisher));
        }

        if (assertion.AsOf is { } asOf)
        {
            details.Add("as of " + InvariantText.Date(asOf));
        }

        if (details.Count > 0)
        {
            source.Append(" (").AppendJoin(", ", details).Append(')');
        }

        return source.Append(": “").Append(MarkdownText.Emphasized(FigureHighlight.From(assertion))).Append('”').ToString();
    }

    private static void WriteDocuments(MarkdownPage page, ReportIndex index)
    {
        page.Blank();
        page.Line(string.Create(CultureInfo.InvariantCulture, $"## Documents ({index.Documents.Length})"));
        if (index.Documents.IsEmpty)
        {
            return;
        }

        page.Blank();
        page.Line("| Document | Collection | Publisher | Published | Title | Diagnostics |");
        page.Line("| --- | --- | --- | --- | --- | --- |");
        foreach (var document in index.Documents)
        {
            var diagnostics = Arrays.OrEmpty(document.Diagnostics)
                .Select(d => "**" + AssertionNames.Of(d.Severity) + "**: " + MarkdownText.Escape(d.Message));
            page.Line("| " + string.Join(" | ",
                Cell(document.Id.Value),
                Cell(document.Collection),
                Cell(document.Publisher),
                document.Published is { } published ? InvariantText.Timestamp(published) : "—",
                Cell(document.Title),
                string.Join("; ", diagnostics) is { Length: > 0 } text ? text : "—") + " |");
        }
    }

    private static string Cell(string? text) => string.IsNullOrEmpty(text) ? "—" : MarkdownText.Escape(text);

    private static void WriteClusters(MarkdownPage page, ReportIndex index)
    {
        page.Blank();
        page.Line(string.Create(CultureInfo.InvariantCulture, $"## Clusters ({index.Clusters.Length})"));
        if (index.Clusters.IsEmpty)
        {
            return;
        }

        page.Blank();
        foreach (var cluster in index.Clusters)
        {
            var members = string.Join(", ", Arrays.OrEmpty(cluster.AssertionIds).Select(id => MarkdownText.Code(id.Value)));
            page.Line("- **" + MarkdownText.Escape(cluster.Id) + "** " + MarkdownText.Code(cluster.Key) + ": " + members);
        }
    }
}

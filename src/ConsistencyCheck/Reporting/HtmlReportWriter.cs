using System.Globalization;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// Writes a <see cref="ConsistencyReport"/> as one self-contained HTML page: inline style sheet, no scripts, no
/// external fonts or images (a Content-Security-Policy meta tag forbids loading anything). The page has a header
/// with counts; the findings as cards, contradictions first, each with a coloured kind badge, the explanation and
/// the evidence sentences with the figure marked (<c>&lt;mark&gt;</c>); the input errors (paths that do not exist),
/// when there are any; a table of documents with their diagnostics; and the clusters. When the run was grouped into
/// stories (<see cref="ConsistencyReport.Stories"/>), the findings are organised by story: a section per story
/// (<c>section class="story"</c>, its id the story's), headed by its label words and listing its documents, then its
/// findings by kind.
/// </summary>
/// <remarks>
/// Every text taken from the report is HTML-encoded, with control characters and bidi overrides shown visibly
/// (<c>\x1b</c>, <c>\u202e</c>), and isolated (<c>dir="auto"</c> or <c>&lt;bdi&gt;</c>) so right-to-left text in an id,
/// outlet or sentence cannot reorder the page around it. Cards carry the classes <c>card finding</c> and the kind
/// (<c>contradiction</c>, <c>changedOverTime</c>, <c>agreement</c>), so the page can be checked or restyled.
/// Output is deterministic (no timestamps). Stateless and thread-safe.
/// </remarks>
public sealed class HtmlReportWriter : IReportWriter
{
    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is null.</exception>
    public async Task WriteAsync(ConsistencyReport report, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var html = Render(report, new ReportIndex(report));
        await writer.WriteAsync(html.AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    private static string Render(ConsistencyReport report, ReportIndex index)
    {
        var page = new HtmlPage();
        page.Line("<!DOCTYPE html>")
            .Line("<html lang=\"en\">")
            .Line("<head>")
            .Line("<meta charset=\"utf-8\">")
            .Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Line("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
            .Line("<title>Consistency report</title>")
            .Raw("<style>\n").Raw(HtmlReportStyle.Css).Line("\n</style>")
            .Line("</head>")
            .Line("<body>");
        WriteHeader(page, index);
        page.Line("<main>");
        WriteFindings(page, index);
        WriteInputErrors(page, index);
        WriteDocuments(page, index);
        WriteClusters(page, index);
        page.Line("</main>")
            .Raw("<footer>ConsistencyCheck report, schema version ")
            .Text(report.SchemaVersion.ToString(CultureInfo.InvariantCulture))
            .Line(".</footer>")
            .Line("</body>")
            .Line("</html>");
        return page.ToString();
    }

    private static void WriteHeader(HtmlPage page, ReportIndex index)
    {
        page.Line("<header class=\"page-header\">")
            .Line("<h1>Consistency report</h1>")
            .Line("<ul class=\"counts\">");
        Count(page, null, index.Documents.Length, "document", "documents");
        Count(page, null, index.Assertions.Length, "assertion", "assertions");
        Count(page, null, index.Clusters.Length, "cluster", "clusters");
        Count(page, "contradiction", index.Count(FindingKind.Contradiction), "contradiction", "contradictions");
        Count(page, "changedOverTime", index.Count(FindingKind.ChangedOverTime), "change over time", "changes over time");
        Count(page, "agreement", index.Count(FindingKind.Agreement), "agreement", "agreements");
        if (!index.InputErrors.IsEmpty)
        {
            Count(page, "input-error", index.InputErrors.Length, "input error", "input errors");
        }

        if (index.Stories.HasStories)
        {
            Count(page, "story", index.Stories.Stories.Length, "story", "stories");
        }

        page.Line("</ul>").Line("</header>");
    }

    // Only when there are any, so that other reports keep their bytes.
    private static void WriteInputErrors(HtmlPage page, ReportIndex index)
    {
        if (index.InputErrors.IsEmpty)
        {
            return;
        }

        page.Line("<section id=\"input-errors\">").Line("<h2>Input errors</h2>")
            .Line("<p>Inputs that are not documents: nothing was read from them.</p>")
            .Line("<ul class=\"diagnostics\">");
        foreach (var error in index.InputErrors)
        {
            page.Raw("<li>").Element("span", "severity error", "error").Text(" ").UserText(error.Message).Line("</li>");
        }

        page.Line("</ul>").Line("</section>");
    }

    private static void Count(HtmlPage page, string? cssClass, int count, string singular, string plural)
    {
        page.Raw(cssClass is null ? "<li>" : $"<li class=\"{cssClass}\">")
            .Element("span", "count", count.ToString(CultureInfo.InvariantCulture))
            .Text(count == 1 ? singular : plural)
            .Line("</li>");
    }

    private static void WriteFindings(HtmlPage page, ReportIndex index)
    {
        page.Line("<section id=\"findings\">").Line("<h2>Findings</h2>");
        if (index.Findings.IsEmpty)
        {
            page.Line("<p class=\"empty\">No findings: no two assertions were found to speak about the same quantity.</p>");
        }

        if (index.Stories.HasStories)
        {
            WriteStories(page, index);
            WriteByKind(page, index, index.Stories.Unplaced, "h3");
        }
        else
        {
            WriteByKind(page, index, index.Findings, "h3");
        }

        page.Line("</section>");
    }

    // A section per story: its label and documents, then its findings by kind.
    private static void WriteStories(HtmlPage page, ReportIndex index)
    {
        var number = 0;
        foreach (var story in index.Stories.Stories)
        {
            number++;
            var findings = index.Stories.FindingsOf(story);
            page.Raw("<section class=\"story\" id=\"").Text(story.Id.Value).Line("\">")
                .Raw("<h3>").Text($"Story {number.ToString(CultureInfo.InvariantCulture)}: ").UserText(ReportStories.Title(story))
                .Raw(" <span class=\"count\">").Text(ReportIndex.Counted(findings.Length, "finding", "findings")).Line("</span></h3>")
                .Raw("<p class=\"story-documents\">").Isolated("code", null, story.Id.Value).Text(" in collection ").Isolated("code", null, story.Collection).Text(": ");
            for (var m = 0; m < story.Members.Length; m++)
            {
                page.Text(m == 0 ? string.Empty : ", ").Isolated("span", "doc", story.Members[m].Value);
            }

            page.Line("</p>");
            if (findings.IsEmpty)
            {
                page.Line("<p class=\"empty\">No findings in this story.</p>");
            }

            WriteByKind(page, index, findings, "h4");
            page.Line("</section>");
        }
    }

    private static void WriteByKind(HtmlPage page, ReportIndex index, IEnumerable<Finding> all, string heading)
    {
        foreach (var kind in ReportNames.PresentationOrder)
        {
            var findings = all.Where(f => f.Kind == kind).ToList();
            if (findings.Count == 0)
            {
                continue;
            }

            page.Element(heading, null, $"{ReportNames.PluralTitle(kind)} ({findings.Count.ToString(CultureInfo.InvariantCulture)})").Line();
            foreach (var finding in findings)
            {
                WriteFinding(page, index, finding);
            }
        }
    }

    private static void WriteFinding(HtmlPage page, ReportIndex index, Finding finding)
    {
        var kind = ReportNames.Of(finding.Kind);
        page.Line($"<article class=\"card finding {kind}\">")
            .Raw("<div class=\"card-head\">")
            .Element("span", $"badge {kind}", ReportNames.Title(finding.Kind));
        if (finding.Relation is { } relation)
        {
            page.Element("span", "relation", "intervals " + ReportNames.Of(relation));
        }

        page.Element("span", "confidence", "confidence " + InvariantText.Number(InvariantText.Confidence(finding.Confidence)))
            .Raw("<span class=\"cluster\">cluster ").UserText(finding.ClusterId).Raw("</span>")
            .Line("</div>")
            .Isolated("p", "explanation", FindingExplanation.Render(finding, index.Find)).Line()
            .Line("<ol class=\"evidence\">");
        foreach (var id in Arrays.OrEmpty(finding.AssertionIds))
        {
            WriteEvidence(page, index.Find(id), id);
        }

        page.Line("</ol>").Line("</article>");
    }

    private static void WriteEvidence(HtmlPage page, Assertion? assertion, AssertionId id)
    {
        page.Raw("<li>");
        if (assertion is null)
        {
            page.Raw("<span class=\"missing\">Assertion ").UserText(id.Value).Raw(" is not in the report.</span>").Line("</li>");
            return;
        }

        page.Raw("<div class=\"source\">").Isolated("span", "doc", assertion.DocumentId.Value);
        if (!string.IsNullOrEmpty(assertion.Publisher))
        {
            page.Isolated("span", "publisher", assertion.Publisher);
        }

        if (assertion.AsOf is { } asOf)
        {
            page.Element("span", "asof", "as of " + InvariantText.Date(asOf));
        }

        var highlight = FigureHighlight.From(assertion);
        // The sentence as a whole takes its direction from its own text; the figure inside it is isolated too.
        page.Raw("</div>").Raw("<blockquote dir=\"auto\">").Text(highlight.Before);
        if (highlight.HasFigure)
        {
            page.Isolated("mark", null, highlight.Figure);
        }

        page.Text(highlight.After).Raw("</blockquote>").Line("</li>");
    }

    private static void WriteDocuments(HtmlPage page, ReportIndex index)
    {
        page.Line("<section id=\"documents\">").Line("<h2>Documents</h2>");
        if (index.Documents.IsEmpty)
        {
            page.Line("<p class=\"empty\">No documents.</p>").Line("</section>");
            return;
        }

        page.Line("<table>")
            .Line("<thead><tr><th>Document</th><th>Collection</th><th>Publisher</th><th>Published</th><th>Title</th><th>Diagnostics</th></tr></thead>")
            .Line("<tbody>");
        foreach (var document in index.Documents)
        {
            page.Raw("<tr>")
                .Isolated("td", "id", document.Id.Value)
                .Isolated("td", null, document.Collection)
                .Isolated("td", null, document.Publisher ?? "—")
                .Element("td", "date", document.Published is { } published ? InvariantText.Timestamp(published) : "—")
                .Isolated("td", null, document.Title ?? "—")
                .Raw("<td>");
            var diagnostics = Arrays.OrEmpty(document.Diagnostics);
            if (diagnostics.IsEmpty)
            {
                page.Raw("—");
            }
            else
            {
                page.Raw("<ul class=\"diagnostics\">");
                foreach (var diagnostic in diagnostics)
                {
                    var severity = AssertionNames.Of(diagnostic.Severity);
                    page.Raw("<li>").Element("span", "severity " + severity, severity).Text(" ").UserText(diagnostic.Message).Raw("</li>");
                }

                page.Raw("</ul>");
            }

            page.Line("</td></tr>");
        }

        page.Line("</tbody>").Line("</table>").Line("</section>");
    }

    private static void WriteClusters(HtmlPage page, ReportIndex index)
    {
        page.Line("<section id=\"clusters\">").Line("<h2>Clusters</h2>");
        if (index.Clusters.IsEmpty)
        {
            page.Line("<p class=\"empty\">No clusters.</p>").Line("</section>");
            return;
        }

        page.Line("<ul class=\"clusters\">");
        foreach (var cluster in index.Clusters)
        {
            page.Raw("<li>").Isolated("span", "cluster-id", cluster.Id).Isolated("code", null, cluster.Key).Raw("<ul class=\"members\">");
            foreach (var id in Arrays.OrEmpty(cluster.AssertionIds))
            {
                page.Raw("<li>").Isolated("code", null, id.Value).Raw("</li>");
            }

            page.Line("</ul></li>");
        }

        page.Line("</ul>").Line("</section>");
    }
}

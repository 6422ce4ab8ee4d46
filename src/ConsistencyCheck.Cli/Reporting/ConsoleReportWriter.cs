using System.Collections.Immutable;
using System.Globalization;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;
using Spectre.Console;
using SpectreText = Spectre.Console.Text;

namespace ConsistencyCheck.Cli.Reporting;

/// <summary>
/// Writes a terminal summary of a <see cref="ConsistencyReport"/> with Spectre.Console: a table of findings
/// (kind, sources, phrases, explanation; contradictions first), then counts of documents, assertions and clusters,
/// then the input errors (paths that do not exist; not documents), when there are any, then every document diagnostic.
/// When the run was grouped into stories (<see cref="ConsistencyReport.Stories"/>), the findings come story by story: a
/// line naming the story (number, label words, id, documents), then its table of findings.
/// </summary>
/// <remarks>
/// Colours and box-drawing characters are used only when the target console supports them; the
/// <see cref="IReportWriter"/> overload, for redirected output and files, always writes plain text (no ANSI escape
/// codes, ASCII table borders). All report text is rendered as literal text, never parsed as Spectre markup, with
/// control characters and bidi overrides shown visibly (<see cref="DisplayText.Neutralize"/>), so a document cannot
/// send escape sequences to the terminal.
/// Stateless and thread-safe (a console itself is not).
/// </remarks>
internal sealed class ConsoleReportWriter : IReportWriter
{
    /// <summary>Width of plain output: wide enough that explanations rarely wrap, narrow enough for a diff.</summary>
    public const int PlainWidth = 120;

    /// <summary>
    /// Writes the summary of <paramref name="report"/> as plain text (no colours, ASCII borders) to
    /// <paramref name="writer"/>, <see cref="PlainWidth"/> columns wide.
    /// </summary>
    public async Task WriteAsync(ConsistencyReport report, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, CreatePlainConsole(buffer, PlainWidth));
        await writer.WriteAsync(buffer.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the summary of <paramref name="report"/> to <paramref name="console"/>, with colour and rounded borders
    /// when it supports them. For standard output use <c>AnsiConsole.Console</c> when it is a terminal and
    /// <see cref="CreatePlainConsole"/> over <see cref="Console.Out"/> when it is redirected.
    /// </summary>
    public static void Write(ConsistencyReport report, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(console);
        var capabilities = console.Profile.Capabilities;
        var border = capabilities.Unicode && capabilities.Ansi ? TableBorder.Rounded : TableBorder.Ascii;

        var documents = OrEmpty(report.Documents);
        var assertions = OrEmpty(report.Assertions);
        var findings = OrEmpty(report.Findings);
        var byId = new Dictionary<AssertionId, Assertion>();
        foreach (var assertion in assertions)
        {
            byId.TryAdd(assertion.Id, assertion);
        }

        var stories = new ReportStories(report);
        if (findings.IsEmpty)
        {
            console.Write(new SpectreText("No findings: no two assertions were found to speak about the same quantity.\n"));
        }
        else if (!stories.HasStories)
        {
            console.Write(FindingsTable(findings, byId, border));
        }

        if (stories.HasStories)
        {
            WriteStories(console, stories, byId, border);
        }

        console.Write(new SpectreText("\n" + Summary(report, findings) + "\n"));
        WriteInputErrors(console, OrEmpty(report.InputErrors));
        WriteDiagnostics(console, documents);
    }

    /// <summary>
    /// A console that writes plain text to <paramref name="output"/>: no ANSI escape codes, no colours, not
    /// interactive, <paramref name="width"/> columns wide.
    /// </summary>
    public static IAnsiConsole CreatePlainConsole(TextWriter output, int width = PlainWidth)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 20);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = width;
        console.Profile.Capabilities.Unicode = false;
        return console;
    }

    private static void WriteStories(IAnsiConsole console, ReportStories stories, Dictionary<AssertionId, Assertion> byId, TableBorder border)
    {
        var number = 0;
        foreach (var story in stories.Stories)
        {
            number++;
            var findings = stories.FindingsOf(story);
            console.Write(new SpectreText(string.Create(CultureInfo.InvariantCulture, $"\nStory {number}: {DisplayText.Neutralize(ReportStories.Title(story))}"), new Style(decoration: Decoration.Bold)));
            console.Write(new SpectreText(string.Create(CultureInfo.InvariantCulture,
                $" ({story.Id}, {Counted(findings.Length, "finding", "findings")}): {DisplayText.Neutralize(string.Join(", ", story.Members))}\n")));
            if (!findings.IsEmpty)
            {
                console.Write(FindingsTable(findings, byId, border));
            }
        }

        if (!stories.Unplaced.IsEmpty)
        {
            console.Write(new SpectreText("\nIn no story:\n"));
            console.Write(FindingsTable(stories.Unplaced, byId, border));
        }
    }

    private static Table FindingsTable(IEnumerable<Finding> findings, Dictionary<AssertionId, Assertion> byId, TableBorder border)
    {
        var table = new Table().Border(border).ShowRowSeparators().Title("Findings")
            .AddColumn(new TableColumn("Kind").NoWrap())
            .AddColumn("Sources")
            .AddColumn(new TableColumn("Phrases").NoWrap())
            .AddColumn(new TableColumn("Explanation"));
        foreach (var finding in findings.OrderBy(f => Rank(f.Kind)))
        {
            var sources = new List<string>();
            var phrases = new List<string>();
            foreach (var id in OrEmpty(finding.AssertionIds))
            {
                if (byId.TryGetValue(id, out var assertion))
                {
                    sources.Add(assertion.Publisher is { Length: > 0 } publisher
                        ? $"{DisplayText.Neutralize(assertion.DocumentId.Value)} ({DisplayText.Neutralize(publisher)})"
                        : DisplayText.Neutralize(assertion.DocumentId.Value));
                    phrases.Add(assertion.AsOf is { } asOf
                        ? $"{DisplayText.Neutralize(assertion.Quantity.Text)} (as of {asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})"
                        : DisplayText.Neutralize(assertion.Quantity.Text));
                }
                else
                {
                    sources.Add(DisplayText.Neutralize(id.Value));
                    phrases.Add("?");
                }
            }

            var confidence = Math.Round(double.IsNaN(finding.Confidence) ? 0 : Math.Clamp(finding.Confidence, 0, 1), 2, MidpointRounding.AwayFromZero);
            table.AddRow(
                new SpectreText(Kind(finding.Kind) + "\n" + confidence.ToString("0.##", CultureInfo.InvariantCulture), KindStyle(finding.Kind)),
                new SpectreText(string.Join("\n", sources)),
                new SpectreText(string.Join("\n", phrases), new Style(decoration: Decoration.Bold)),
                new SpectreText(DisplayText.Neutralize(FindingExplanation.Render(finding, id => byId.GetValueOrDefault(id)))));
        }

        return table;
    }

    private static string Summary(ConsistencyReport report, ImmutableArray<Finding> findings)
    {
        var stories = OrEmpty(report.Stories).Length;
        int Count(FindingKind kind) => findings.Count(f => f.Kind == kind);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Counted(OrEmpty(report.Documents).Length, "document", "documents")}, " +
            $"{Counted(OrEmpty(report.Assertions).Length, "assertion", "assertions")}, " +
            $"{Counted(OrEmpty(report.Clusters).Length, "cluster", "clusters")}, " +
            $"{Counted(findings.Length, "finding", "findings")}: " +
            $"{Counted(Count(FindingKind.Contradiction), "contradiction", "contradictions")}, " +
            $"{Counted(Count(FindingKind.ChangedOverTime), "change over time", "changes over time")}, " +
            $"{Counted(Count(FindingKind.Agreement), "agreement", "agreements")}.") + InputErrorCount(OrEmpty(report.InputErrors)) +
            (stories == 0 ? string.Empty : " " + ReportStories.Counted(stories));
    }

    // Only when there are any, so that other reports keep their text.
    private static string InputErrorCount(ImmutableArray<InputError> errors) =>
        errors.IsEmpty ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" Input errors: {errors.Length} (not documents; see below).");

    private static void WriteInputErrors(IAnsiConsole console, ImmutableArray<InputError> errors)
    {
        if (errors.IsEmpty)
        {
            return;
        }

        console.Write(new SpectreText("\nInput errors (not documents; nothing was read from them):\n"));
        foreach (var error in errors)
        {
            var (name, color) = Severity(DiagnosticSeverity.Error);
            console.Write(new SpectreText($"  {name,-7} ", new Style(color, decoration: Decoration.Bold)));
            console.Write(new SpectreText($"{DisplayText.Neutralize(error.Message)}\n"));
        }
    }

    private static void WriteDiagnostics(IAnsiConsole console, ImmutableArray<DocumentSummary> documents)
    {
        var any = false;
        foreach (var document in documents)
        {
            foreach (var diagnostic in OrEmpty(document.Diagnostics))
            {
                if (!any)
                {
                    console.Write(new SpectreText("\nDiagnostics:\n"));
                    any = true;
                }

                var (name, color) = Severity(diagnostic.Severity);
                console.Write(new SpectreText($"  {name,-7} ", new Style(color, decoration: Decoration.Bold)));
                console.Write(new SpectreText($"{DisplayText.Neutralize(document.Id.Value)}: {DisplayText.Neutralize(diagnostic.Message)}\n"));
            }
        }
    }

    private static (string Name, Color Color) Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => ("error", Color.Red),
        DiagnosticSeverity.Warning => ("warning", Color.Yellow),
        _ => ("info", Color.Grey),
    };

    private static int Rank(FindingKind kind) => kind switch
    {
        FindingKind.Contradiction => 0,
        FindingKind.ChangedOverTime => 1,
        _ => 2,
    };

    private static string Kind(FindingKind kind) => kind switch
    {
        FindingKind.Contradiction => "contradiction",
        FindingKind.ChangedOverTime => "changed over time",
        _ => "agreement",
    };

    private static Style KindStyle(FindingKind kind) => kind switch
    {
        FindingKind.Contradiction => new Style(Color.Red, decoration: Decoration.Bold),
        FindingKind.ChangedOverTime => new Style(Color.Yellow, decoration: Decoration.Bold),
        _ => new Style(Color.Green, decoration: Decoration.Bold),
    };

    private static string Counted(int count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) =>
        items.IsDefault ? [] : items;
}

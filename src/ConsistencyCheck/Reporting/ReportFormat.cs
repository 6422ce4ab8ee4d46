namespace ConsistencyCheck.Reporting;

/// <summary>The forms a report takes; their names on the command line are <see cref="ReportOptionNames.Formats"/>.</summary>
public enum ReportFormat
{
    /// <summary>A table for a terminal (written by the command line).</summary>
    Console,

    /// <summary>One JSON document (<see cref="JsonReportWriter"/>).</summary>
    Json,

    /// <summary>JSON Lines, streamed as the comparison goes (<see cref="JsonLinesSink"/>, <see cref="JsonLinesReportWriter"/>).</summary>
    Jsonl,

    /// <summary>Markdown (<see cref="MarkdownReportWriter"/>).</summary>
    Markdown,

    /// <summary>A self-contained HTML page (<see cref="HtmlReportWriter"/>).</summary>
    Html,
}

namespace ConsistencyCheck.Ingest;

/// <summary>
/// A message about one document: why it was skipped, which part could not be read, what fallback was used.
/// Messages name the file (or JSONL line) and the reason, so they can be shown as they are.
/// </summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">One sentence, naming the source and the reason.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Message)
{
    /// <summary>Creates an <see cref="DiagnosticSeverity.Error"/> diagnostic.</summary>
    public static Diagnostic Error(string message) => new(DiagnosticSeverity.Error, message);

    /// <summary>Creates a <see cref="DiagnosticSeverity.Warning"/> diagnostic.</summary>
    public static Diagnostic Warning(string message) => new(DiagnosticSeverity.Warning, message);

    /// <summary>Creates an <see cref="DiagnosticSeverity.Info"/> diagnostic.</summary>
    public static Diagnostic Info(string message) => new(DiagnosticSeverity.Info, message);
}

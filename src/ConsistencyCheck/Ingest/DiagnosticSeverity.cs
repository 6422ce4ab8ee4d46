namespace ConsistencyCheck.Ingest;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something worth knowing; the document was checked as usual.</summary>
    Info,

    /// <summary>Part of the document was skipped or read with a fallback (bad bytes, boilerplate, unknown field).</summary>
    Warning,

    /// <summary>The document could not be read or checked at all; it appears in the report with no assertions.</summary>
    Error,
}

using ConsistencyCheck.Text;
using ConsistencyCheck.Ingest;
namespace ConsistencyCheck.Reporting;

/// <summary>
/// An input of the run that is not a document: a path that names no file or folder (or an empty path). It is listed in
/// <see cref="ConsistencyReport.InputErrors"/> so that every input shows up in the report, but it is not a document
/// and is not counted as one.
/// </summary>
/// <param name="Path">The path as it was given.</param>
/// <param name="Message">One sentence naming the path and the reason, fit to show as it is (<c>"nope.txt: no such file or folder."</c>).</param>
public sealed record InputError(string Path, string Message)
{
    /// <summary>The input error <paramref name="document"/> stands for (<see cref="DocumentSummary.IsMissingPath"/>): its source and its first error.</summary>
    internal static InputError From(DocumentSummary document)
    {
        var diagnostics = Arrays.OrEmpty(document.Diagnostics);
        var error = diagnostics.FirstOrDefault(d => d.Severity == Ingest.DiagnosticSeverity.Error) ?? diagnostics.FirstOrDefault();
        return new(document.Source, error?.Message ?? $"{document.Source}: no such file or folder.");
    }

    /// <summary>
    /// Splits <paramref name="documents"/> into the documents and the input errors (<see cref="DocumentSummary.IsMissingPath"/>);
    /// the input errors are listed once each, sorted by path then message (ordinal), as the report lists them.
    /// </summary>
    internal static (List<DocumentSummary> Documents, InputError[] InputErrors) Split(IEnumerable<DocumentSummary> documents)
    {
        var kept = new List<DocumentSummary>();
        var errors = new List<InputError>();
        foreach (var document in documents)
        {
            if (document.IsMissingPath)
            {
                errors.Add(From(document));
            }
            else
            {
                kept.Add(document);
            }
        }

        return (kept, Sorted(errors));
    }

    /// <summary><paramref name="errors"/> without repeats, sorted by path then message (ordinal).</summary>
    internal static InputError[] Sorted(IEnumerable<InputError> errors) =>
        [.. errors.Distinct().OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal)];
}

using System.Diagnostics.CodeAnalysis;
using System.Text;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// Writes a <see cref="ConsistencyReport"/> as the versioned JSON document described in docs/report-schema.md.
/// </summary>
/// <remarks>
/// Output is deterministic: equal reports give byte-identical output. Properties come in a fixed order, arrays in
/// the report's order, indented with two spaces, <c>\n</c> line breaks and a final <c>\n</c>; numbers are written
/// invariantly without exponent or trailing zeros; non-ASCII text is left readable. Stateless and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// await using var file = File.Create("report.json");
/// await new JsonReportWriter().WriteAsync(report, file, cancellationToken);
/// </code>
/// </example>
public sealed class JsonReportWriter : IReportWriter
{
    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is null.</exception>
    public async Task WriteAsync(ConsistencyReport report, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var text = Encoding.UTF8.GetString(Render(report));
        await writer.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes <paramref name="report"/> to <paramref name="stream"/> as UTF-8 without a byte-order mark and flushes the
    /// stream; the caller owns and disposes the stream. The JSON goes to the stream as it is rendered, a few kilobytes
    /// at a time, with synchronous writes (a report of hundreds of megabytes is never held whole); on .NET 8 it is
    /// rendered whole first.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is null.</exception>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "An overload of the instance IReportWriter method; callers hold a writer instance.")]
    public async Task WriteAsync(ConsistencyReport report, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        cancellationToken.ThrowIfCancellationRequested();
        JsonOutput.RenderTo(stream, report, ReportJsonElements.WriteReport, indented: true, "\n"u8);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The JSON of <paramref name="report"/> as UTF-8 bytes (no byte-order mark), ending in <c>\n</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static byte[] ToUtf8Bytes(ConsistencyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Render(report);
    }

    private static byte[] Render(ConsistencyReport report)
    {
        var json = JsonOutput.Render(report, ReportJsonElements.WriteReport, indented: true);
        var result = new byte[json.Length + 1];
        json.CopyTo(result, 0);
        result[^1] = (byte)'\n';
        return result;
    }
}

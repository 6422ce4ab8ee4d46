namespace ConsistencyCheck.Reporting;

/// <summary>Writes a <see cref="ConsistencyReport"/> in one format. Implementations are stateless and thread-safe.</summary>
public interface IReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>; the caller owns and disposes the writer.</summary>
    Task WriteAsync(ConsistencyReport report, TextWriter writer, CancellationToken cancellationToken = default);
}

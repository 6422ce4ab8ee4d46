using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ConsistencyCheck.Benchmarks.Robustness;

/// <summary>
/// Mean time divided by the input size in MiB (from the <c>Size</c> parameter): the figure that must stay flat from
/// 1 KB to 50 MB when a stage is linear.
/// </summary>
public sealed class PerMegabyteColumn : IColumn
{
    /// <inheritdoc/>
    public string Id => nameof(PerMegabyteColumn);

    /// <inheritdoc/>
    public string ColumnName => "ms/MiB";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Mean time per MiB of input (flat when the stage is linear)";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var size = benchmarkCase.Parameters["Size"] as int?;
        if (report?.ResultStatistics is not { } statistics || size is not > 0)
        {
            return "-";
        }

        var milliseconds = statistics.Mean / 1_000_000.0;
        return (milliseconds / (size.Value / (1024.0 * 1024.0))).ToString("N1", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

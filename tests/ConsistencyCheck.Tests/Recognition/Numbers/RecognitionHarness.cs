using System.Globalization;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Recognition.Numbers;
using ConsistencyCheck.Recognition.Quantities;

namespace ConsistencyCheck.Tests.Recognition.Numbers;

/// <summary>Runs the number and quantity recognizers together and prints quantities compactly for assertions.</summary>
internal static class RecognitionHarness
{
    private static readonly TextRecognizer Both = new([new QuantityRecognizer(), new NumberRecognizer()]);

    public static IReadOnlyList<Quantity> Recognize(string text) => [.. Both.Recognize(text).OfType<Quantity>()];

    /// <summary>"Type 'text' stated interval qualifier unit precision".</summary>
    public static string Describe(Quantity q) =>
        string.Create(CultureInfo.InvariantCulture, $"{q.Type} '{q.Text}' {Fmt(q.Stated)} {q.Interval} {q.Qualifier} {q.Unit?.Name ?? "-"} {Fmt(q.Precision)}");

    public static string Fmt(decimal? d) => d is { } v ? (v / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "-";

    public static string DescribeAll(string text) => string.Join(" | ", Recognize(text).Select(Describe));
}

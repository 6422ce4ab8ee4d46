using System.Collections.Frozen;
using System.Collections.Immutable;
using ConsistencyCheck.Comparison;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// The names of report formats and finding kinds as users write them (<c>--format jsonl</c>, <c>--fail-on
/// contradiction</c>), and the one place they are turned into <see cref="ReportFormat"/> and <see cref="FindingKind"/>.
/// A finding kind's name is the one the reports write (<c>"changedOverTime"</c>).
/// </summary>
public static class ReportOptionNames
{
    private static readonly FrozenDictionary<string, ReportFormat> FormatsByName = new Dictionary<string, ReportFormat>(StringComparer.Ordinal)
    {
        ["console"] = ReportFormat.Console,
        ["json"] = ReportFormat.Json,
        ["jsonl"] = ReportFormat.Jsonl,
        ["markdown"] = ReportFormat.Markdown,
        ["html"] = ReportFormat.Html,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FindingKind> KindsByName =
        ReportNames.PresentationOrder.ToArray().ToFrozenDictionary(ReportNames.Of, StringComparer.Ordinal);

    /// <summary>The format names, in the order help lists them: console, json, jsonl, markdown, html.</summary>
    public static ImmutableArray<string> Formats { get; } = ["console", "json", "jsonl", "markdown", "html"];

    /// <summary>The finding kind names, contradictions first: contradiction, changedOverTime, agreement.</summary>
    public static ImmutableArray<string> FindingKinds { get; } = [.. ReportNames.PresentationOrder.ToArray().Select(ReportNames.Of)];

    /// <summary>The format named <paramref name="name"/> (one of <see cref="Formats"/>, case-sensitive).</summary>
    /// <param name="name">The name.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> names no format.</exception>
    public static ReportFormat Format(string name) =>
        FormatsByName.TryGetValue(name ?? throw new ArgumentNullException(nameof(name)), out var format)
            ? format
            : throw new ArgumentException($"'{name}' is not a report format: use one of {string.Join(", ", Formats)}.", nameof(name));

    /// <summary>The finding kind named <paramref name="name"/> (one of <see cref="FindingKinds"/>, case-sensitive).</summary>
    /// <param name="name">The name.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> names no finding kind.</exception>
    public static FindingKind FindingKind(string name) =>
        KindsByName.TryGetValue(name ?? throw new ArgumentNullException(nameof(name)), out var kind)
            ? kind
            : throw new ArgumentException($"'{name}' is not a finding kind: use one of {string.Join(", ", FindingKinds)}.", nameof(name));

    /// <summary>Whether <paramref name="name"/> names a format (one of <see cref="Formats"/>), and which.</summary>
    /// <param name="name">The name.</param>
    /// <param name="format">The format, when it does.</param>
    public static bool TryFormat(string? name, out ReportFormat format)
    {
        format = default;
        return name is not null && FormatsByName.TryGetValue(name, out format);
    }

    /// <summary>Whether <paramref name="name"/> names a finding kind (one of <see cref="FindingKinds"/>), and which.</summary>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind, when it does.</param>
    public static bool TryFindingKind(string? name, out FindingKind kind)
    {
        kind = default;
        return name is not null && KindsByName.TryGetValue(name, out kind);
    }
}

using ConsistencyCheck.Assertions;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// The names enums take in reports: camelCase for JSON and HTML classes, lower case for entity types.
/// Spelled out by hand rather than derived from <see cref="Enum.ToString()"/> so that renaming a member
/// cannot silently change the report schema.
/// </summary>
internal static class ReportNames
{
    public static string Of(FindingKind kind) => kind switch
    {
        FindingKind.Agreement => "agreement",
        FindingKind.Contradiction => "contradiction",
        FindingKind.ChangedOverTime => "changedOverTime",
        _ => throw Unknown(kind),
    };

    public static string Of(IntervalRelation relation) => relation switch
    {
        IntervalRelation.Equal => "equal",
        IntervalRelation.Within => "within",
        IntervalRelation.Contains => "contains",
        IntervalRelation.Overlaps => "overlaps",
        IntervalRelation.Disjoint => "disjoint",
        _ => throw Unknown(relation),
    };

    /// <summary>A heading for the findings of <paramref name="kind"/>: "Contradictions", "Changes over time", "Agreements".</summary>
    public static string PluralTitle(FindingKind kind) => kind switch
    {
        FindingKind.Contradiction => "Contradictions",
        FindingKind.ChangedOverTime => "Changes over time",
        FindingKind.Agreement => "Agreements",
        _ => throw Unknown(kind),
    };

    /// <summary>A label for one finding of <paramref name="kind"/>: "Contradiction", "Changed over time", "Agreement".</summary>
    public static string Title(FindingKind kind) => kind switch
    {
        FindingKind.Contradiction => "Contradiction",
        FindingKind.ChangedOverTime => "Changed over time",
        FindingKind.Agreement => "Agreement",
        _ => throw Unknown(kind),
    };

    /// <summary>The order findings are presented in by the readable writers: contradictions first.</summary>
    public static ReadOnlySpan<FindingKind> PresentationOrder =>
        [FindingKind.Contradiction, FindingKind.ChangedOverTime, FindingKind.Agreement];

    private static ArgumentOutOfRangeException Unknown<T>(T value)
        where T : struct, Enum =>
        new(nameof(value), value, $"{typeof(T).Name} has no report name for this value.");

}

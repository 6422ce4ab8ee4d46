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
    public static string Of(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.Approximate => "approximate",
        Qualifier.Nearly => "nearly",
        Qualifier.AtLeast => "atLeast",
        Qualifier.MoreThan => "moreThan",
        Qualifier.AtMost => "atMost",
        Qualifier.LessThan => "lessThan",
        Qualifier.UpTo => "upTo",
        Qualifier.Range => "range",
        Qualifier.Vague => "vague",
        _ => throw Unknown(qualifier),
    };

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

    public static string Of(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Error => "error",
        _ => throw Unknown(severity),
    };

    public static string Of(PredicateKind kind) => kind switch
    {
        PredicateKind.Unknown => "unknown",
        PredicateKind.Cumulative => "cumulative",
        PredicateKind.Stock => "stock",
        _ => throw Unknown(kind),
    };

    /// <summary>The modifier's camelCase name, or null for <see cref="TemporalModifier.None"/>.</summary>
    public static string? Of(TemporalModifier modifier) => modifier switch
    {
        TemporalModifier.None => null,
        TemporalModifier.Before => "before",
        TemporalModifier.After => "after",
        TemporalModifier.Since => "since",
        TemporalModifier.Until => "until",
        TemporalModifier.Start => "start",
        TemporalModifier.Mid => "mid",
        TemporalModifier.End => "end",
        TemporalModifier.Approximate => "approximate",
        TemporalModifier.More => "more",
        TemporalModifier.Less => "less",
        _ => throw Unknown(modifier),
    };

    /// <summary>The lower-case entity type name <c>recognize</c> prints ("number", "numberrange", "daterange").</summary>
    public static string Of(EntityType type) => type switch
    {
        EntityType.Number => "number",
        EntityType.Ordinal => "ordinal",
        EntityType.Percentage => "percentage",
        EntityType.Currency => "currency",
        EntityType.Dimension => "dimension",
        EntityType.Age => "age",
        EntityType.Temperature => "temperature",
        EntityType.NumberRange => "numberrange",
        EntityType.Date => "date",
        EntityType.DateRange => "daterange",
        EntityType.DateTime => "datetime",
        EntityType.Time => "time",
        EntityType.Duration => "duration",
        EntityType.Set => "set",
        EntityType.Identifier => "identifier",
        _ => throw Unknown(type),
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

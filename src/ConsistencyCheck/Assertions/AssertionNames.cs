using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// The names the enums of assertions and documents take in assertion lines and reports: camelCase for JSON, lower case
/// for entity types. Spelled out by hand rather than derived from <see cref="Enum.ToString()"/> so that renaming a
/// member cannot silently change the schema. <c>Reporting.ReportNames</c> names the enums of findings.
/// </summary>
internal static class AssertionNames
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

    private static ArgumentOutOfRangeException Unknown<T>(T value)
        where T : struct, Enum =>
        new(nameof(value), value, $"{typeof(T).Name} has no report name for this value.");

}

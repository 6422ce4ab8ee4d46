using System.Collections.Frozen;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;

namespace ConsistencyCheck.Assertions;

/// <summary>The inverse of <see cref="AssertionNames"/>: enum values from the names the reports write.</summary>
internal static class AssertionNameParser
{
    private static readonly FrozenDictionary<string, Qualifier> Qualifiers = Enum.GetValues<Qualifier>().ToFrozenDictionary(AssertionNames.Of, StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, PredicateKind> PredicateKinds = Enum.GetValues<PredicateKind>().ToFrozenDictionary(AssertionNames.Of, StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, EntityType> EntityTypes = Enum.GetValues<EntityType>().ToFrozenDictionary(AssertionNames.Of, StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, DiagnosticSeverity> Severities = Enum.GetValues<DiagnosticSeverity>().ToFrozenDictionary(AssertionNames.Of, StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, TemporalModifier> Modifiers = Enum.GetValues<TemporalModifier>()
        .Where(m => m != TemporalModifier.None)
        .ToFrozenDictionary(m => AssertionNames.Of(m)!, StringComparer.Ordinal);

    public static Qualifier Qualifier(string name) => Lookup(Qualifiers, name, "qualifier");

    public static PredicateKind PredicateKind(string name) => Lookup(PredicateKinds, name, "predicate kind");

    public static EntityType EntityType(string name) => Lookup(EntityTypes, name, "entity type");

    public static DiagnosticSeverity Severity(string name) => Lookup(Severities, name, "severity");

    public static TemporalModifier Modifier(string? name) => name is null ? TemporalModifier.None : Lookup(Modifiers, name, "modifier");

    private static T Lookup<T>(FrozenDictionary<string, T> names, string name, string what) =>
        names.TryGetValue(name, out var value) ? value : throw new FormatException($"'{name}' is not a known {what}.");
}

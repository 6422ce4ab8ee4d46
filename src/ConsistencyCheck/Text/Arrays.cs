using System.Collections.Immutable;

namespace ConsistencyCheck.Text;

/// <summary>Reads a default (uninitialised) <see cref="ImmutableArray{T}"/> as empty, so writers never throw on one.</summary>
internal static class Arrays
{
    public static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}

namespace ConsistencyCheck.Recognition.Numbers;

/// <summary>
/// Joins a lower and an upper bound written together into one range: "more than 100 and fewer than 300" is (100, 300),
/// "at most 100 and at least 20" is [20, 100]. Bounds that cannot both hold ("more than 40 and less than 10") stay apart.
/// </summary>
internal static class BoundPairs
{
    /// <summary>Merges adjacent bound pairs in <paramref name="found"/> (in text order) in place.</summary>
    public static void Merge(string text, List<Quantity> found)
    {
        var write = 0;
        for (var k = 0; k < found.Count; k++)
        {
            if (k + 1 < found.Count && TryMerge(text, found[k], found[k + 1], out var merged))
            {
                found[write++] = merged;
                k++;
                continue;
            }

            found[write++] = found[k];
        }

        found.RemoveRange(write, found.Count - write);
    }

    private static bool TryMerge(string text, Quantity a, Quantity b, out Quantity merged)
    {
        merged = a;
        if (a.Type != b.Type || a.Type is not (EntityType.NumberRange or EntityType.Percentage) || !Joined(text, a.Span.End, b.Span.Start))
        {
            return false;
        }

        var (lower, upper) = IsLower(a.Qualifier) && IsUpper(b.Qualifier) ? (a, b) : IsUpper(a.Qualifier) && IsLower(b.Qualifier) ? (b, a) : (null, null);
        if (lower is null || upper is null || lower.Interval.Low is not { } low || upper.Interval.High is not { } high || low >= high)
        {
            return false;
        }

        var interval = new Interval(low, high, lower.Interval.LowInclusive, upper.Interval.HighInclusive);
        merged = QuantityFactory.Create(text, a.Type, a.Span.Start, b.Span.End, null, interval, Qualifier.Range, a.Unit ?? b.Unit, null, a.Span.Start, a.Span.Start);
        return true;
    }

    private static bool IsLower(Qualifier q) => q is Qualifier.AtLeast or Qualifier.MoreThan;

    private static bool IsUpper(Qualifier q) => q is Qualifier.AtMost or Qualifier.LessThan or Qualifier.UpTo;

    private static bool Joined(string text, int end, int start)
    {
        var gap = text.AsSpan(end, start - end);
        foreach (var joiner in (ReadOnlySpan<string>)[" and ", ", ", " but ", ", and ", ", but "])
        {
            if (TextScan.MatchAt(gap, 0, joiner) == gap.Length)
            {
                return true;
            }
        }

        return false;
    }
}

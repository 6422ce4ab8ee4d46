using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ConsistencyCheck.Assertions;

namespace ConsistencyCheck.Clustering;

/// <summary>
/// Sorts assertions by id, ordinal and stable: the sequence <c>assertions.OrderBy(a => a.Id)</c> gives, on up to a
/// given number of threads. Used before clustering by every run of the pipeline
/// (<see cref="ConsistencyPipeline.RunAsync{TPart}"/>, <see cref="ConsistencyPipeline.CompareAsync{TPart}(Assertions.ExtractedRun, Comparison.IFindingSink{TPart}, CancellationToken)"/>).
/// </summary>
/// <remarks>
/// Sorts (id prefix, input position) pairs, reading whole ids only where prefixes tie and breaking ties of ids by
/// position, so the result is stable and the same on any number of threads. With several threads, consecutive parts are sorted at once and then merged pairwise.
/// </remarks>
internal static class AssertionOrder
{
    /// <summary>Below this many assertions per thread, another thread costs more than it saves.</summary>
    private const int MinimumPerThread = 8 * 1024;

    /// <summary>The assertions ordered by id; equal ids keep their input order.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ImmutableArray<Assertion> ById(IEnumerable<Assertion> assertions, int maxDegreeOfParallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        var items = assertions.ToArray();
        var entries = new Entry[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            entries[i] = new Entry(Prefix(items[i].Id.Value), i);
        }

        var parts = Math.Clamp(items.Length / MinimumPerThread, 1, Math.Max(1, maxDegreeOfParallelism));
        cancellationToken.ThrowIfCancellationRequested();
        if (parts == 1)
        {
            entries.AsSpan().Sort(new EntryOrder(items));
        }
        else
        {
            entries = SortInParts(entries, new EntryOrder(items), parts, cancellationToken);
        }

        var sorted = new Assertion[items.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = items[entries[i].Index];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    /// <summary>Sorts <paramref name="parts"/> consecutive parts at once, then merges neighbours until one run is left; returns the array holding it.</summary>
    private static Entry[] SortInParts(Entry[] entries, EntryOrder order, int parts, CancellationToken cancellationToken)
    {
        var bounds = new int[parts + 1];
        for (var p = 0; p <= parts; p++)
        {
            bounds[p] = (int)((long)entries.Length * p / parts);
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = parts, CancellationToken = cancellationToken };
        Parallel.For(0, parts, options, p => entries.AsSpan(bounds[p], bounds[p + 1] - bounds[p]).Sort(order));

        // Each round merges runs 0+1, 2+3, … into the other buffer; an odd run out is copied as it is.
        var source = entries;
        var target = new Entry[entries.Length];
        var runs = bounds;
        while (runs.Length > 2)
        {
            var count = runs.Length - 1;
            var merged = new int[((count + 1) / 2) + 1];
            for (var r = 0; r < merged.Length; r++)
            {
                merged[r] = runs[Math.Min(2 * r, runs.Length - 1)];
            }

            var (from, to, edges) = (source, target, runs);
            Parallel.For(0, merged.Length - 1, options, r =>
            {
                var start = edges[2 * r];
                var middle = edges[Math.Min((2 * r) + 1, edges.Length - 1)];
                var end = edges[Math.Min((2 * r) + 2, edges.Length - 1)];
                Merge(from.AsSpan(start, middle - start), from.AsSpan(middle, end - middle), to.AsSpan(start, end - start), order);
            });

            (source, target, runs) = (target, source, merged);
        }

        return source;
    }

    /// <summary>Merges two sorted runs into <paramref name="output"/>; on a tie (never: positions differ) the left run comes first.</summary>
    private static void Merge(ReadOnlySpan<Entry> left, ReadOnlySpan<Entry> right, Span<Entry> output, EntryOrder order)
    {
        int i = 0, j = 0, k = 0;
        while (i < left.Length && j < right.Length)
        {
            output[k++] = order.Compare(right[j], left[i]) < 0 ? right[j++] : left[i++];
        }

        left[i..].CopyTo(output[k..]);
        right[j..].CopyTo(output[(k + left.Length - i)..]);
    }

    /// <summary>
    /// The first eight characters of <paramref name="id"/> as a number that orders as the ids do, so that most
    /// comparisons are one comparison of numbers: a byte per character, 0 past the end. A character from U+00FF up
    /// has no byte of its own; it and every place after it become 0xFF, so ids equal up to there tie and are
    /// compared in full. Whenever two prefixes differ, the ordinal order of the ids is theirs.
    /// </summary>
    private static ulong Prefix(string? id)
    {
        ulong prefix = 0;
        var length = Math.Min(id?.Length ?? 0, 8);
        for (var i = 0; i < 8; i++)
        {
            if (i < length && id![i] >= 0xFF)
            {
                return (prefix << (8 * (8 - i))) | (ulong.MaxValue >> (8 * i));
            }

            prefix = (prefix << 8) | (i < length ? id![i] : 0u);
        }

        return prefix;
    }

    /// <summary>The number <see cref="Prefix"/> makes of an assertion's id, and the assertion's position in the input (16 bytes).</summary>
    private readonly record struct Entry(ulong Prefix, int Index);

    /// <summary>Ordinal by id, then by input position: a total order, so any sort gives the stable sequence.</summary>
    private readonly struct EntryOrder(Assertion[] items) : IComparer<Entry>
    {
        public int Compare(Entry x, Entry y)
        {
            if (x.Prefix != y.Prefix)
            {
                return x.Prefix < y.Prefix ? -1 : 1;
            }

            var order = string.CompareOrdinal(items[x.Index].Id.Value, items[y.Index].Id.Value);
            return order != 0 ? order : x.Index.CompareTo(y.Index);
        }
    }
}

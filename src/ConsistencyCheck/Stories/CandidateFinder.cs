namespace ConsistencyCheck.Stories;

/// <summary>
/// Finds the pairs of documents worth comparing without comparing all pairs: each document is filed under its
/// heaviest terms (its blocking keys, per collection), and two documents are compared only when they share at least
/// <see cref="StoryOptions.MinSharedKeys"/> keys of blocks no larger than <see cref="StoryOptions.MaxBlockSize"/>. The
/// work is at most documents × keys × block size, and far less on real text, where heavy terms are rare.
/// </summary>
internal static class CandidateFinder
{
    /// <summary>A link between documents <paramref name="A"/> &lt; <paramref name="B"/> (indexes in the sorted input).</summary>
    internal readonly record struct Link(int A, int B, double Similarity);

    /// <param name="vectors">The documents' vectors, in sorted document order.</param>
    /// <param name="keys">Each document's blocking keys (collection index and term id in one number).</param>
    /// <param name="published">Each document's publication time, or null.</param>
    /// <param name="options">Thresholds and limits.</param>
    /// <returns>The links at or above <see cref="StoryOptions.LinkThreshold"/>, in document order.</returns>
    public static List<Link> Find(IReadOnlyList<SparseVector> vectors, IReadOnlyList<long[]> keys, IReadOnlyList<DateTimeOffset?> published, StoryOptions options)
    {
        var blocks = new Dictionary<long, List<int>>();
        for (var d = 0; d < keys.Count; d++)
        {
            foreach (var key in keys[d])
            {
                if (!blocks.TryGetValue(key, out var block))
                {
                    blocks[key] = block = [];
                }

                block.Add(d);
            }
        }

        var links = new List<Link>();
        var shared = new int[vectors.Count];
        var touched = new List<int>();
        for (var d = 0; d < keys.Count; d++)
        {
            foreach (var key in keys[d])
            {
                var block = blocks[key];
                if (block.Count > options.MaxBlockSize)
                {
                    continue;
                }

                // Blocks are filled in document order: only the later documents are visited, so each pair once.
                for (var at = block.BinarySearch(d) + 1; at < block.Count; at++)
                {
                    if (shared[block[at]]++ == 0)
                    {
                        touched.Add(block[at]);
                    }
                }
            }

            foreach (var other in touched)
            {
                if (shared[other] >= options.MinSharedKeys)
                {
                    var similarity = SparseVector.Cosine(vectors[d], vectors[other]) * DateFactor(published[d], published[other], options);
                    if (similarity >= options.LinkThreshold)
                    {
                        links.Add(new Link(d, other, similarity));
                    }
                }

                shared[other] = 0;
            }

            touched.Clear();
        }

        return links;
    }

    private static double DateFactor(DateTimeOffset? a, DateTimeOffset? b, StoryOptions options) =>
        a is { } x && b is { } y && options.DateWindow is { } window && (x - y).Duration() > window ? options.DistantDateFactor : 1;
}

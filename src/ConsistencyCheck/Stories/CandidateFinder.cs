namespace ConsistencyCheck.Stories;

/// <summary>
/// Finds the pairs of documents worth comparing without comparing all pairs: each document is filed under its
/// heaviest terms (its blocking keys, per collection), and two documents are compared only when they share at least
/// <see cref="StoryOptions.MinSharedKeys"/> keys of blocks no larger than <see cref="StoryOptions.MaxBlockSize"/>. The
/// work is at most documents × keys × block size, and far less on real text, where heavy terms are rare; each document
/// keeps at most <see cref="StoryOptions.MaxLinksPerDocument"/> links to the documents after it.
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
        // Every (key, document) entry, sorted by key then document: a block is a run of one key, its documents in order.
        var entries = new List<Entry>(keys.Count * (keys.Count == 0 ? 0 : keys[0].Length));
        for (var d = 0; d < keys.Count; d++)
        {
            foreach (var key in keys[d])
            {
                entries.Add(new Entry(key, d));
            }
        }

        entries.Sort();
        var runEnd = new int[entries.Count];
        var positions = new List<int>[keys.Count];
        for (var p = entries.Count - 1; p >= 0; p--)
        {
            runEnd[p] = p + 1 < entries.Count && entries[p + 1].Key == entries[p].Key ? runEnd[p + 1] : p + 1;
        }

        var runStart = 0;
        for (var p = 0; p < entries.Count; p++)
        {
            runStart = p > 0 && entries[p - 1].Key == entries[p].Key ? runStart : p;
            if (runEnd[p] - runStart <= options.MaxBlockSize)
            {
                (positions[entries[p].Document] ??= []).Add(p);
            }
        }

        var links = new List<Link>();
        var shared = new int[vectors.Count];
        var touched = new List<int>();
        var strongest = new List<Link>();
        for (var d = 0; d < keys.Count; d++)
        {
            foreach (var p in positions[d] ?? [])
            {
                // A block lists its documents in order: only the later ones are visited, so each pair once.
                for (var at = p + 1; at < runEnd[p]; at++)
                {
                    var other = entries[at].Document;
                    if (shared[other]++ == 0)
                    {
                        touched.Add(other);
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
                        strongest.Add(new Link(d, other, similarity));
                    }
                }

                shared[other] = 0;
            }

            // Only the strongest links of a document are kept, so memory stays linear however alike the documents are.
            if (strongest.Count > options.MaxLinksPerDocument)
            {
                strongest.Sort(static (x, y) => x.Similarity != y.Similarity ? y.Similarity.CompareTo(x.Similarity) : x.B.CompareTo(y.B));
                strongest.RemoveRange(options.MaxLinksPerDocument, strongest.Count - options.MaxLinksPerDocument);
            }

            links.AddRange(strongest);
            strongest.Clear();
            touched.Clear();
        }

        return links;
    }

    /// <summary>A document filed under one of its blocking keys; ordered by key, then document.</summary>
    private readonly record struct Entry(long Key, int Document) : IComparable<Entry>
    {
        public int CompareTo(Entry other) => Key != other.Key ? Key.CompareTo(other.Key) : Document.CompareTo(other.Document);
    }

    private static double DateFactor(DateTimeOffset? a, DateTimeOffset? b, StoryOptions options) =>
        a is { } x && b is { } y && options.DateWindow is { } window && (x - y).Duration() > window ? options.DistantDateFactor : 1;
}

using System.Collections.Immutable;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Stories;

/// <summary>
/// Groups documents into stories by their <see cref="StorySignature"/>s, at one barrier after reading: blocking on
/// heavy terms finds candidate pairs (never all pairs), the weighted cosine of two signatures links them when it
/// reaches <see cref="StoryOptions.LinkThreshold"/>, and average-linkage clustering merges groups while their documents'
/// average cosine reaches <see cref="StoryOptions.SimilarityThreshold"/> (docs/stories.md). Stories never span two collections; a document with too few
/// content words is a story of its own, with a diagnostic.
/// </summary>
/// <remarks>
/// Deterministic: the signatures are sorted by collection and document id first, so the same documents give the same
/// stories in any input order and on any number of threads (the per-document work runs in parallel, the rest in order). Immutable and thread-safe. Memory is
/// linear in the number of documents (each signature has at most <see cref="StoryOptions.MaxTerms"/> terms).
/// </remarks>
/// <example>
/// <code>
/// var grouper = new StoryGrouper(StoryOptions.Default);
/// var grouping = grouper.Group(documents.Select(d => StorySignature.FromDocument(d)));
/// foreach (var story in grouping.Stories)
///     Console.WriteLine($"{story.Id} {string.Join(' ', story.Label)}: {story.Members.Length} documents");
/// </code>
/// </example>
public sealed class StoryGrouper
{
    /// <summary>From this many documents, their vectors are built on several threads.</summary>
    private const int ParallelFrom = 256;

    /// <summary>Up to this many members, a story's label merges their vectors instead of summing in a table.</summary>
    private const int MergeUpTo = 16;

    private readonly StoryOptions _options;

    /// <summary>Creates a grouper.</summary>
    /// <param name="options">The options; null for <see cref="StoryOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public StoryGrouper(StoryOptions? options = null)
    {
        _options = options ?? StoryOptions.Default;
        _options.Validate();
    }

    /// <summary>Groups the documents of <paramref name="signatures"/> into stories.</summary>
    /// <param name="signatures">One signature per document, in any order.</param>
    /// <returns>Every document in exactly one story.</returns>
    /// <exception cref="ArgumentException">Two signatures are for the same document.</exception>
    public StoryGrouping Group(IEnumerable<StorySignature> signatures)
    {
        ArgumentNullException.ThrowIfNull(signatures);
        var sorted = signatures.ToArray();
        Array.Sort(sorted, static (a, b) =>
            string.CompareOrdinal(a.Collection, b.Collection) is var c && c != 0 ? c : a.Document.CompareTo(b.Document));
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Document == sorted[i - 1].Document)
            {
                throw new ArgumentException($"Document {sorted[i].Document} has two signatures.", nameof(signatures));
            }
        }

        var comparable = new List<StorySignature>(sorted.Length);
        var alone = new List<StorySignature>();
        foreach (var signature in sorted)
        {
            (TooShort(signature, _options) is null ? comparable : alone).Add(signature);
        }

        // A named collection was grouped by someone: it splits only into parts that are not even linked on average.
        var stories = GroupComparable([.. comparable.Where(s => !IsNamed(s.Collection))], _options.SimilarityThreshold);
        stories.AddRange(GroupComparable([.. comparable.Where(s => IsNamed(s.Collection))], _options.NamedCollectionThreshold));
        var placed = ShortDocuments.Place(alone, stories, comparable, Label);
        placed.Stories.Sort(static (a, b) =>
            string.CompareOrdinal(a.Collection, b.Collection) is var c && c != 0 ? c : a.Members[0].CompareTo(b.Members[0]));
        return new StoryGrouping([.. placed.Stories], placed.Diagnostics);
    }

    /// <summary>
    /// True for a collection someone named (a JSONL <c>collection</c> field, <c>--collection</c>), false for
    /// <see cref="Document.DefaultCollection"/>, where documents land when nobody said what belongs together.
    /// </summary>
    public static bool IsNamed(string collection) => !string.Equals(collection, Document.DefaultCollection, StringComparison.Ordinal);

    /// <summary>
    /// The warning of a document too short to be grouped (fewer than <see cref="StoryOptions.MinContentWords"/> content
    /// words, or no terms), or null when it can be grouped. The same on the extraction worker and at the barrier; it
    /// says what becomes of the document, which depends only on its collection (docs/stories.md).
    /// </summary>
    internal static Diagnostic? TooShort(StorySignature signature, StoryOptions options) =>
        signature.ContentWords < options.MinContentWords || signature.Terms.IsEmpty
            ? Diagnostic.Warning(
                $"{signature.Document}: {signature.ContentWords} content words, fewer than {options.MinContentWords}; " +
                "too little to tell what it reports, " + (IsNamed(signature.Collection)
                    ? $"so it stays with the story of its collection '{signature.Collection}' it is most alike."
                    : "so it is a story of its own (unless no document of its collection has enough words: then they are one story)."))
            : null;

    private List<Story> GroupComparable(List<StorySignature> signatures, double threshold)
    {
        if (signatures.Count == 0)
        {
            return [];
        }

        var (vectors, keys, orders) = Vectors(signatures);
        var links = CandidateFinder.Find(vectors, keys, [.. signatures.Select(s => s.Published)], _options);
        var merge = new AverageLinkage(vectors.Length, links);
        merge.Merge(threshold);

        var members = new Dictionary<int, List<int>>();
        for (var d = 0; d < signatures.Count; d++)
        {
            var root = merge.Root(d);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
            }

            list.Add(d);
        }

        // Documents are in sorted order and a root is its group's smallest index, so list[0] is the first member.
        Dictionary<long, (string Text, double Weight)>? sums = null;
        return [.. members.Values.Select(group =>
        {
            // The label's summed weights: a small story merges its members' sorted vectors, a large one sums in a
            // dictionary. Each term's weights add in member order either way, and Label's order is total, so the
            // label is the same.
            IEnumerable<(string Text, double Weight)> summed;
            if (group.Count <= MergeUpTo)
            {
                summed = Merged(group, vectors, orders, signatures);
            }
            else
            {
                sums ??= [];
                sums.Clear();
                foreach (var d in group)
                {
                    for (var i = 0; i < vectors[d].Ids.Length; i++)
                    {
                        var term = signatures[d].Terms[orders[d][i]];
                        sums[vectors[d].Ids[i]] = (term.Text, sums.GetValueOrDefault(vectors[d].Ids[i]).Weight + term.Weight);
                    }
                }

                summed = sums.Values;
            }

            var label = Label(summed);
            var collection = signatures[group[0]].Collection;
            return new Story(StoryId.Of(collection, signatures[group[0]].Document), collection, label, [.. group.Select(d => signatures[d].Document)]);
        })];
    }

    /// <summary>
    /// Each document's vector on its own (in parallel from <see cref="ParallelFrom"/> documents: it depends on nothing
    /// else), its blocking keys, and which term of the signature each place of the vector holds (<c>Orders[d][i]</c>, for
    /// the label). Terms are identified by a 64-bit hash of their text, so no shared table of terms is needed.
    /// </summary>
    private (SparseVector[] Vectors, long[][] Keys, ushort[][] Orders) Vectors(List<StorySignature> signatures)
    {
        var collections = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var signature in signatures)
        {
            collections.TryAdd(signature.Collection, collections.Count);
        }

        var vectors = new SparseVector[signatures.Count];
        var keys = new long[signatures.Count][];
        var orders = new ushort[signatures.Count][];
        void Vector(int d)
        {
            var signature = signatures[d];
            var ids = new long[signature.Terms.Length];
            var order = new ushort[ids.Length];
            for (var t = 0; t < ids.Length; t++)
            {
                ids[t] = SparseVector.TermId(signature.Terms[t].Text);
                order[t] = (ushort)t;
            }

            // Terms come heaviest first: the first few are the blocking keys, each bound to the collection.
            var collection = unchecked(collections[signature.Collection] * (long)0x9E3779B97F4A7C15);
            var blocking = new long[Math.Min(_options.BlockingTerms, ids.Length)];
            for (var k = 0; k < blocking.Length; k++)
            {
                blocking[k] = ids[k] ^ collection;
            }

            keys[d] = blocking;

            // Ids ascending for the vector (terms are distinct, so the order is the same as sorting the weights along).
            Array.Sort(ids, order);
            var weights = new float[ids.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                weights[i] = signature.Terms[order[i]].Weight;
            }

            orders[d] = order;
            vectors[d] = new SparseVector(ids, weights);
        }

        // A small collection (a story someone named) is not worth the threads.
        if (signatures.Count < ParallelFrom)
        {
            for (var d = 0; d < signatures.Count; d++)
            {
                Vector(d);
            }
        }
        else
        {
            Parallel.For(0, signatures.Count, Vector);
        }

        return (vectors, keys, orders);
    }

    /// <summary>
    /// Each term of a small story with its weights summed over the members, in id order: a merge of the members'
    /// vectors (sorted by id), adding in member order; no table is made.
    /// </summary>
    private static IEnumerable<(string Text, double Weight)> Merged(List<int> group, SparseVector[] vectors, ushort[][] orders, List<StorySignature> signatures)
    {
        var heads = new int[group.Count];
        while (true)
        {
            var found = false;
            var least = 0L;
            for (var m = 0; m < group.Count; m++)
            {
                var ids = vectors[group[m]].Ids;
                if (heads[m] < ids.Length && (!found || ids[heads[m]] < least))
                {
                    (least, found) = (ids[heads[m]], true);
                }
            }

            if (!found)
            {
                yield break;
            }

            var sum = 0.0;
            var text = string.Empty;
            for (var m = 0; m < group.Count; m++)
            {
                var d = group[m];
                if (heads[m] < vectors[d].Ids.Length && vectors[d].Ids[heads[m]] == least)
                {
                    var term = signatures[d].Terms[orders[d][heads[m]++]];
                    sum += term.Weight;
                    text = term.Text;
                }
            }

            yield return (text, sum);
        }
    }

    /// <summary>The heaviest terms, skipping a term whose words are all in terms already chosen ("trump" after "donald trump").</summary>
    internal ImmutableArray<string> Label(IEnumerable<(string Text, double Weight)> weighted)
    {
        var label = ImmutableArray.CreateBuilder<string>(_options.LabelWords);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in Heaviest(weighted, 4 * _options.LabelWords))
        {
            var parts = text.Split(' ');
            if (parts.All(words.Contains))
            {
                continue;
            }

            words.UnionWith(parts);
            label.Add(text);
            if (label.Count == _options.LabelWords)
            {
                break;
            }
        }

        return label.ToImmutable();
    }

    /// <summary>The <paramref name="count"/> heaviest terms, heaviest first, ties in ordinal order: one pass, no full sort.</summary>
    private static IEnumerable<string> Heaviest(IEnumerable<(string Text, double Weight)> weighted, int count)
    {
        var top = new List<(string Text, double Weight)>(count + 1);
        foreach (var item in weighted)
        {
            var at = top.Count;
            while (at > 0 && Before(item, top[at - 1]))
            {
                at--;
            }

            if (at < count)
            {
                top.Insert(at, item);
                if (top.Count > count)
                {
                    top.RemoveAt(count);
                }
            }
        }

        return top.Select(t => t.Text);

        static bool Before((string Text, double Weight) a, (string Text, double Weight) b) =>
            a.Weight != b.Weight ? a.Weight > b.Weight : string.CompareOrdinal(a.Text, b.Text) < 0;
    }
}

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
/// stories in any input order and whichever threads computed the signatures. Immutable and thread-safe. Memory is
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
        var diagnostics = ImmutableArray.CreateBuilder<StoryDiagnostic>();
        var alone = new List<StorySignature>();
        foreach (var signature in sorted)
        {
            if (signature.ContentWords < _options.MinContentWords || signature.Terms.IsEmpty)
            {
                alone.Add(signature);
                diagnostics.Add(new StoryDiagnostic(signature.Document, Diagnostic.Warning(
                    $"{signature.Document}: {signature.ContentWords} content words, fewer than {_options.MinContentWords}; " +
                    "too little to tell what it reports, so it is a story of its own.")));
            }
            else
            {
                comparable.Add(signature);
            }
        }

        var stories = GroupComparable(comparable);
        stories.AddRange(alone.Select(s => new Story(
            StoryId.Of(s.Collection, s.Document), s.Collection, Label(s.Terms.Select(t => (t.Text, (double)t.Weight))), [s.Document])));
        stories.Sort(static (a, b) =>
            string.CompareOrdinal(a.Collection, b.Collection) is var c && c != 0 ? c : a.Members[0].CompareTo(b.Members[0]));
        diagnostics.Sort(static (a, b) => a.Document.CompareTo(b.Document));
        return new StoryGrouping([.. stories], diagnostics.ToImmutable());
    }

    private List<Story> GroupComparable(List<StorySignature> signatures)
    {
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var collections = new Dictionary<string, int>(StringComparer.Ordinal);
        var vectors = new SparseVector[signatures.Count];
        var keys = new long[signatures.Count][];
        for (var d = 0; d < signatures.Count; d++)
        {
            var signature = signatures[d];
            var ids = new int[signature.Terms.Length];
            for (var t = 0; t < ids.Length; t++)
            {
                var text = signature.Terms[t].Text;
                if (!termIds.TryGetValue(text, out ids[t]))
                {
                    ids[t] = termIds[text] = terms.Count;
                    terms.Add(text);
                }
            }

            if (!collections.TryGetValue(signature.Collection, out var collection))
            {
                collections[signature.Collection] = collection = collections.Count;
            }

            // Terms come heaviest first: the first few are the blocking keys, then the vector is put in id order.
            keys[d] = [.. ids.Take(_options.BlockingTerms).Select(id => ((long)collection << 32) | (uint)id)];
            var weights = signature.Terms.Select(t => t.Weight).ToArray();
            Array.Sort(ids, weights);
            vectors[d] = new SparseVector(ids, weights);
        }

        var links = CandidateFinder.Find(vectors, keys, [.. signatures.Select(s => s.Published)], _options);
        var merge = new AverageLinkage(vectors.Length, links);
        merge.Merge(_options.SimilarityThreshold);

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
        return [.. members.Values.Select(group =>
        {
            var sum = group.Skip(1).Aggregate(vectors[group[0]], (total, d) => SparseVector.Sum(total, vectors[d], _options.MaxTerms));
            var label = Label(sum.Ids.Select((id, k) => (terms[id], (double)sum.Weights[k])));
            var collection = signatures[group[0]].Collection;
            return new Story(StoryId.Of(collection, signatures[group[0]].Document), collection, label, [.. group.Select(d => signatures[d].Document)]);
        })];
    }

    /// <summary>The heaviest terms, skipping a term whose words are all in terms already chosen ("trump" after "donald trump").</summary>
    private ImmutableArray<string> Label(IEnumerable<(string Text, double Weight)> weighted)
    {
        var label = ImmutableArray.CreateBuilder<string>(_options.LabelWords);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, _) in weighted.OrderByDescending(t => t.Weight).ThenBy(t => t.Text, StringComparer.Ordinal))
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
}

using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ConsistencyCheck.Assertions;

namespace ConsistencyCheck.Clustering;

/// <summary>
/// Groups assertions by an exact blocking key: collection, predicate class, subject class, unit category, negation
/// and the restrictors that change what is counted ("part", "additional", "remaining", …). Every assertion is
/// hashed once, so the work grows linearly with the corpus; there is no all-pairs step.
/// </summary>
/// <remarks>
/// Assertions without a predicate are not clustered: a bare "41 doctors" says nothing comparable.
/// Places are not part of the key: <see cref="Comparison.VerdictRules"/> keeps apart figures for different places
/// (FuzzySharp similarity of their content words) and never calls a figure for one place a contradiction of a figure
/// naming none.
/// Deterministic: clusters are ordered by key and numbered <c>c1</c>, <c>c2</c>, …; members are ordered by id.
/// </remarks>
public sealed class BlockingClusteringStrategy : IClusteringStrategy
{
    /// <summary>Creates the strategy.</summary>
    public BlockingClusteringStrategy(ClusteringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The options.</summary>
    public ClusteringOptions Options { get; }

    /// <summary>The blocking key of <paramref name="assertion"/>, or null when it cannot be clustered.</summary>
    /// <remarks>
    /// Not clustered: figures without a subject; figures whose only predicate is a speech verb ("two residents told");
    /// and figures of people without any predicate ("41 nurses"), which say nothing comparable. Other figures without a
    /// predicate ("19 crew", "4,200 hectares") are keyed under <c>count</c>.
    /// </remarks>
    public static string? KeyOf(Assertion assertion)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var subject = assertion.Subject;
        var predicate = assertion.Predicate;
        if (subject.IsNone || Assertions.Lexicons.PredicateLexicon.IsNotComparable(predicate.Class))
        {
            return null;
        }

        if (predicate.IsNone && subject.Class is "people" or "*")
        {
            return null;
        }

        // A measure with neither a predicate nor a named subject ("travelling at about 140 km/h", "the line speed is
        // 110km/h") is known only by its unit: two such figures may measure anything. One that names what it measures
        // ("18,000 litres of toluene") is known by that noun.
        var subjectClass = subject.Class;
        if (predicate.IsNone && assertion.Quantity.Type == Recognition.EntityType.Dimension && assertion.Quantity.Unit is { } measure &&
            string.Equals(subject.Class, measure.Category, StringComparison.OrdinalIgnoreCase))
        {
            if (string.Equals(subject.Head, measure.Name, StringComparison.OrdinalIgnoreCase) || subject.Head.Length == 0)
            {
                return null;
            }

            subjectClass = subject.Class + ":" + subject.Head;
        }

        var unit = assertion.Quantity.Unit?.Category.ToLowerInvariant() ?? "count";
        var restrictors = CountedRestrictors(assertion.Restrictors);
        // A count reached by a change ("the team has grown to 250 rescuers") says only that it moved: it is keyed as a
        // bare count, which joins the one thing said of that subject. A change is what money and shares measure.
        var changeOnly = Assertions.Lexicons.PredicateLexicon.IsChange(predicate.Class) && assertion.Quantity.Unit is null;
        var verb = predicate.IsNone || changeOnly ? "count" : (predicate.Negated ? "not-" : string.Empty) + predicate.Class;
        return $"{assertion.Collection}|{verb}|{subjectClass}|{unit}|{restrictors}";
    }

    /// <summary>The restrictors that change what is counted (not places, not "subarea", not "whole": a whole counts the set itself; not "habitual"), joined by commas.</summary>
    private static string CountedRestrictors(ImmutableArray<string> restrictors)
    {
        var count = 0;
        string? only = null;
        foreach (var r in restrictors)
        {
            if (!r.StartsWith("place:", StringComparison.Ordinal) && r is not ("subarea" or "whole" or "habitual"))
            {
                count++;
                only = r;
            }
        }

        return count switch
        {
            0 => string.Empty,
            1 => only!,
            _ => string.Join(',', restrictors.Where(r => !r.StartsWith("place:", StringComparison.Ordinal) && r is not ("subarea" or "whole" or "habitual"))),
        };
    }

    /// <inheritdoc/>
    public IReadOnlyList<AssertionCluster> Cluster(IReadOnlyList<Assertion> assertions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        var blocks = new Dictionary<string, List<Assertion>>(StringComparer.Ordinal);
        for (var i = 0; i < assertions.Count; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var key = KeyOf(assertions[i]);
            if (key is null)
            {
                continue;
            }

            if (!blocks.TryGetValue(key, out var members))
            {
                blocks[key] = members = [];
            }

            members.Add(assertions[i]);
        }

        JoinOpen(blocks, SubjectPart, SubjectLexiconAny);
        JoinOpen(blocks, SubjectPart, GenericPeople, IsNamedGroupOfPeople);
        JoinOpen(blocks, PredicatePart, "count");
        // Only blocks that become clusters are sorted (by key: clusters are numbered in key order).
        var kept = new List<KeyValuePair<string, List<Assertion>>>();
        foreach (var block in blocks)
        {
            if (block.Value.Count >= 2 && (Options.IncludeSameDocument || FromSeveralDocuments(block.Value)))
            {
                kept.Add(block);
            }
        }

        kept.Sort((x, y) => string.CompareOrdinal(x.Key, y.Key));
        var clusters = new List<AssertionCluster>(kept.Count);
        foreach (var (key, members) in kept)
        {
            // Equal ids are indistinguishable, so an unstable sort gives the same sequence as a stable one.
            var ids = new AssertionId[members.Count];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = members[i].Id;
            }

            Array.Sort(ids);
            clusters.Add(new AssertionCluster($"c{clusters.Count + 1}", key, ImmutableCollectionsMarshal.AsImmutableArray(ids)));
        }

        return clusters;
    }

    private static bool FromSeveralDocuments(List<Assertion> members)
    {
        var first = members[0].DocumentId;
        for (var i = 1; i < members.Count; i++)
        {
            if (members[i].DocumentId != first)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A block with an open part joins the one block that differs from it only in that part: a subject named by its
    /// predicate ("14 deaths", "2,300 signatories": class <c>*</c>) joins the one named group with that predicate
    /// (<c>people</c> when there are several); a count without a predicate ("19 crew") joins the one predicate said of
    /// that subject. With several candidates and no <c>people</c>, it stays apart. One pass over the blocks.
    /// </summary>
    private static void JoinOpen(Dictionary<string, List<Assertion>> blocks, int part, string open, Func<string, bool>? admits = null)
    {
        // Parts are read in place (as key.Split('|')[part] would give them), and blocks are matched by their key with
        // that part left out (ShapeComparer), so no key is split or copied. The order the open blocks join in does not
        // matter: each joins a block that is not open, and a cluster's members are sorted by id.
        List<string>? openKeys = null;
        var named = new Dictionary<string, Candidates>(new ShapeComparer(part));
        foreach (var key in blocks.Keys)
        {
            var value = Part(key, part);
            if (value.SequenceEqual(open))
            {
                (openKeys ??= []).Add(key);
                continue;
            }

            if (admits is not null && !admits(value.ToString()))
            {
                continue;
            }

            // A shape has at most one "people" block: the key is the shape with that part filled in.
            ref var candidates = ref CollectionsMarshal.GetValueRefOrAddDefault(named, key, out var exists);
            candidates = new Candidates(exists ? candidates.First : key, exists ? candidates.Count + 1 : 1, value.SequenceEqual("people") ? key : candidates.People);
        }

        foreach (var key in openKeys ?? [])
        {
            if (!named.TryGetValue(key, out var candidates))
            {
                continue;
            }

            var target = candidates.Count == 1 ? candidates.First : candidates.People;
            if (target is not null)
            {
                blocks[target].AddRange(blocks[key]);
                blocks.Remove(key);
            }
        }
    }

    /// <summary>The blocks of one shape that an open block may join: the first seen, how many, and the <c>people</c> one.</summary>
    private readonly record struct Candidates(string First, int Count, string? People);

    /// <summary>Keys equal but for one part (as <c>Shape(key, part)</c> would make them equal), compared in place.</summary>
    private sealed class ShapeComparer(int part) : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y)
        {
            if (x is null || y is null)
            {
                return ReferenceEquals(x, y);
            }

            var (xs, xl) = PartRange(x, part);
            var (ys, yl) = PartRange(y, part);
            return xs == ys && x.Length - xl == y.Length - yl &&
                x.AsSpan(0, xs).SequenceEqual(y.AsSpan(0, ys)) && x.AsSpan(xs + xl).SequenceEqual(y.AsSpan(ys + yl));
        }

        public int GetHashCode(string key)
        {
            var (start, length) = PartRange(key, part);
            return HashCode.Combine(string.GetHashCode(key.AsSpan(0, start)), string.GetHashCode(key.AsSpan(start + length)));
        }
    }

    /// <summary>"Three men died", "22 women trapped": a gendered generic that stands for the group the story is about.</summary>
    private const string GenericPeople = "men";

    /// <summary>A named kind of people ("worker", "passenger"), which "men" may stand for; "people" itself when it is the only one.</summary>
    private static bool IsNamedGroupOfPeople(string cls) => cls != SubjectLexiconAny && Assertions.Lexicons.AssertionLexicon.Kind(cls) == Assertions.Lexicons.SubjectLexicon.People;

    private const int PredicatePart = 1;
    private const int SubjectPart = 2;
    private const string SubjectLexiconAny = "*";

    /// <summary>The part <paramref name="part"/> of the key, as <c>key.Split('|')[part]</c>.</summary>
    private static ReadOnlySpan<char> Part(string key, int part)
    {
        var (start, length) = PartRange(key, part);
        return key.AsSpan(start, length);
    }

    private static (int Start, int Length) PartRange(string key, int part)
    {
        var start = 0;
        for (var i = 0; i < part; i++)
        {
            var bar = key.IndexOf('|', start);
            if (bar < 0)
            {
                throw new InvalidOperationException($"The blocking key '{key}' has no part {part}.");
            }

            start = bar + 1;
        }

        var end = key.IndexOf('|', start);
        return (start, (end < 0 ? key.Length : end) - start);
    }
}

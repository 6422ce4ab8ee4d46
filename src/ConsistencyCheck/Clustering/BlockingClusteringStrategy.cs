using System.Collections.Immutable;
using ConsistencyCheck.Assertions;

namespace ConsistencyCheck.Clustering;

/// <summary>
/// Groups assertions by an exact blocking key: collection, predicate class, subject class, unit category, negation
/// and the restrictors that change what is counted ("part", "additional", "remaining", …). Every assertion is
/// hashed once, so the work grows linearly with the corpus; there is no all-pairs step.
/// </summary>
/// <remarks>
/// Assertions without a predicate are not clustered: a bare "41 doctors" says nothing comparable.
/// Within a block, assertions naming a place ("in the old town") are grouped by FuzzySharp token-set similarity of
/// the place (at least <see cref="ClusteringOptions.MinimumSimilarity"/>); assertions naming no place join the place
/// group when there is exactly one, and form their own group otherwise. That step compares each assertion with one
/// representative per place group, so it stays near-linear.
/// Deterministic: clusters are ordered by key and numbered <c>c1</c>, <c>c2</c>, …; members are ordered by id.
/// </remarks>
public sealed class BlockingClusteringStrategy : IClusteringStrategy
{
    /// <summary>Creates the strategy.</summary>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public BlockingClusteringStrategy(ClusteringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
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

        var unit = assertion.Quantity.Unit?.Category.ToLowerInvariant() ?? "count";
        var restrictors = string.Join(',', assertion.Restrictors.Where(r => !r.StartsWith("place:", StringComparison.Ordinal)));
        var verb = predicate.IsNone ? "count" : (predicate.Negated ? "not-" : string.Empty) + predicate.Class;
        return $"{assertion.Collection}|{verb}|{subject.Class}|{unit}|{restrictors}";
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

        JoinOpenSubjects(blocks);
        var clusters = new List<AssertionCluster>();
        foreach (var (key, members) in blocks.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            if (members.Count < 2)
            {
                continue;
            }

            foreach (var (place, group) in SplitByPlace(members))
            {
                var documents = group.Select(m => m.DocumentId).Distinct().Count();
                if (group.Count < 2 || (documents < 2 && !Options.IncludeSameDocument))
                {
                    continue;
                }

                var ids = group.Select(m => m.Id).Order().ToImmutableArray();
                clusters.Add(new AssertionCluster($"c{clusters.Count + 1}", place.Length == 0 ? key : $"{key}|{place}", ids));
            }
        }

        return clusters;
    }

    /// <summary>
    /// A block whose subject is open ("14 deaths", "2,300 signatories": class <c>*</c>) joins the one block with the same
    /// collection, predicate, unit and restrictors and a named subject; with several, it joins <c>people</c> if present,
    /// and otherwise stays apart. One pass over the blocks.
    /// </summary>
    private static void JoinOpenSubjects(Dictionary<string, List<Assertion>> blocks)
    {
        var open = blocks.Keys.Where(k => k.Split('|')[2] == "*").Order(StringComparer.Ordinal).ToList();
        if (open.Count == 0)
        {
            return;
        }

        var named = blocks.Keys.Where(k => k.Split('|')[2] != "*")
            .GroupBy(k => Shape(k), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        foreach (var key in open)
        {
            if (!named.TryGetValue(Shape(key), out var candidates))
            {
                continue;
            }

            var target = candidates.Count == 1 ? candidates[0] : candidates.FirstOrDefault(c => c.Split('|')[2] == "people");
            if (target is not null)
            {
                blocks[target].AddRange(blocks[key]);
                blocks.Remove(key);
            }
        }
    }

    private static string Shape(string key)
    {
        var parts = key.Split('|');
        parts[2] = string.Empty;
        return string.Join('|', parts);
    }

    private List<(string Place, List<Assertion> Members)> SplitByPlace(List<Assertion> members)
    {
        var groups = new List<(string Place, List<Assertion> Members)>();
        var placeless = new List<Assertion>();
        foreach (var assertion in members.OrderBy(m => m.Id))
        {
            var place = PlaceOf(assertion);
            if (place is null)
            {
                placeless.Add(assertion);
                continue;
            }

            var index = groups.FindIndex(g => FuzzySharp.Fuzz.TokenSetRatio(g.Place, place) >= Options.MinimumSimilarity);
            // Places are compared by their content words ("northern harl's ford" vs "southern ebbing vale").
            if (index < 0)
            {
                groups.Add((place, [assertion]));
            }
            else
            {
                groups[index].Members.Add(assertion);
            }
        }

        if (groups.Count == 1)
        {
            groups[0].Members.AddRange(placeless);
        }
        else if (placeless.Count > 0)
        {
            groups.Add((string.Empty, placeless));
        }

        return groups;
    }

    private static string? PlaceOf(Assertion assertion)
    {
        foreach (var restrictor in assertion.Restrictors)
        {
            if (restrictor.StartsWith("place:", StringComparison.Ordinal))
            {
                return restrictor;
            }
        }

        return null;
    }
}

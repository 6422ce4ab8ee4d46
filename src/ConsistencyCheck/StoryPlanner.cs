using System.Diagnostics;
using System.Collections.Immutable;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Stories;

namespace ConsistencyCheck;

/// <summary>
/// The grouping step at the barrier of a run: finds the stories (<see cref="ConsistencyOptions.StoryMode"/>), then
/// clusters each story's assertions on their own, so that no cluster, and so no finding, spans two stories. The
/// clusters of a story are consecutive in the plan, stories in order of collection then first member. Thread-safe. The time
/// spent finding the stories is counted in the meter (<see cref="ConsistencyMeter.StoryGrouping"/>), when there is one.
/// </summary>
internal sealed class StoryPlanner(IClusteringStrategy clustering, ConsistencyOptions options, ConsistencyMeter? meter)
{
    /// <summary>The clusters and stories of a run.</summary>
    /// <param name="sorted">Every assertion of the run, sorted by id.</param>
    /// <param name="documents">Every document of the run (not the missing paths).</param>
    /// <param name="signatures">The story signatures of the documents that have one (<see cref="StoryMode.Automatic"/>).</param>
    /// <param name="cancellationToken">Cancels the clustering.</param>
    /// <remarks>
    /// With <see cref="StoryMode.None"/> the run is one story without a <see cref="Story"/> and the strategy clusters every
    /// assertion at once, as before stories. Otherwise the strategy runs once per story and the clusters are renumbered
    /// <c>c1</c>, <c>c2</c>, … in plan order, so ids stay unique in the run.
    /// </remarks>
    public (ImmutableArray<AssertionCluster> Clusters, ImmutableArray<ComparedStory> Stories) Plan(
        ImmutableArray<Assertion> sorted, IReadOnlyCollection<DocumentKey> documents, IReadOnlyList<StorySignature> signatures, CancellationToken cancellationToken)
    {
        if (options.StoryMode == StoryMode.None)
        {
            var all = clustering.Cluster(sorted, cancellationToken);
            return ([.. all], [new ComparedStory(0, null, 0, all.Count)]);
        }

        var started = Stopwatch.GetTimestamp();
        var stories = FindStories(sorted, documents, signatures);
        meter?.AddStoryGrouping(Stopwatch.GetTimestamp() - started);
        var storyOf = new Dictionary<DocumentKey, int>();
        for (var s = 0; s < stories.Count; s++)
        {
            foreach (var member in stories[s].Members)
            {
                storyOf[new DocumentKey(stories[s].Collection, member)] = s;
            }
        }

        // Each story's assertions, still sorted by id.
        var buckets = new List<Assertion>[stories.Count];
        foreach (var assertion in sorted)
        {
            (buckets[storyOf[new DocumentKey(assertion.Collection, assertion.DocumentId)]] ??= []).Add(assertion);
        }

        var clusters = ImmutableArray.CreateBuilder<AssertionCluster>();
        var compared = ImmutableArray.CreateBuilder<ComparedStory>(stories.Count);
        for (var s = 0; s < stories.Count; s++)
        {
            var first = clusters.Count;
            if (buckets[s] is { } bucket)
            {
                foreach (var cluster in clustering.Cluster(bucket, cancellationToken))
                {
                    var id = "c" + (clusters.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    clusters.Add(cluster.Id == id ? cluster : cluster with { Id = id });
                }
            }

            compared.Add(new ComparedStory(s, stories[s], first, clusters.Count - first));
        }

        return (clusters.ToImmutable(), compared.MoveToImmutable());
    }

    /// <summary>
    /// The stories, in order of collection then first member. Every document with assertions is in one. Automatically,
    /// a document without a signature (assertion lines written without one, or a caller that gave none) joins the story
    /// of its collection's other unsigned documents: content cannot place it.
    /// </summary>
    private List<Story> FindStories(ImmutableArray<Assertion> sorted, IReadOnlyCollection<DocumentKey> documents, IReadOnlyList<StorySignature> signatures)
    {
        var stories = new List<Story>();
        var placed = new HashSet<DocumentKey>();
        if (options.StoryMode == StoryMode.Automatic)
        {
            var grouper = new StoryGrouper(options.Stories);

            // One grouping per collection: stories never span collections, and a document id need only be unique in its
            // collection. Collections are independent, so they are grouped in parallel; their stories are kept in collection order.
            var collections = signatures.GroupBy(s => s.Collection, StringComparer.Ordinal).Select(c => c.DistinctBy(s => s.Document).ToArray()).ToArray();
            var grouped = new ImmutableArray<Story>[collections.Length];
            Parallel.For(0, collections.Length, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism },
                c => grouped[c] = grouper.Group(collections[c]).Stories);
            foreach (var collection in grouped)
            {
                stories.AddRange(collection);
            }

            placed.UnionWith(stories.SelectMany(s => s.Members.Select(m => new DocumentKey(s.Collection, m))));
        }

        var rest = new HashSet<DocumentKey>();
        if (options.StoryMode == StoryMode.ByCollection)
        {
            rest.UnionWith(documents);
        }

        foreach (var assertion in sorted)
        {
            var key = new DocumentKey(assertion.Collection, assertion.DocumentId);
            if (!placed.Contains(key))
            {
                rest.Add(key);
            }
        }

        foreach (var collection in rest.GroupBy(k => k.Collection, StringComparer.Ordinal))
        {
            var members = collection.Select(k => k.Id).Order().ToImmutableArray();
            stories.Add(new Story(StoryId.Of(collection.Key, members[0]), collection.Key, [collection.Key], members));
        }

        stories.Sort(static (a, b) =>
            string.CompareOrdinal(a.Collection, b.Collection) is var c && c != 0 ? c : a.Members[0].CompareTo(b.Members[0]));
        return stories;
    }
}

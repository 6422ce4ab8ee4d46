using System.Collections.Immutable;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Stories;

/// <summary>
/// Where the documents too short to be grouped by content go (<see cref="StoryGrouper.TooShort"/>), collection by
/// collection, after the others are grouped:
/// <list type="number">
/// <item>When no document of the collection can be grouped, content has nothing to tell stories apart by: the
/// collection's documents are one story, as given (a run of one-sentence documents is compared as before stories).</item>
/// <item>In a named collection (<see cref="StoryGrouper.IsNamed"/>) a short document stays with the story of its
/// collection it is most alike (the highest average weighted cosine with the story's documents; the largest story, then
/// the first, when it shares no term with any): someone said it belongs with these documents.</item>
/// <item>Otherwise (the default collection) it is a story of its own: nobody said what it belongs with.</item>
/// </list>
/// Every short document gets a warning saying which. Deterministic: the input is in collection and document order.
/// </summary>
internal static class ShortDocuments
{
    /// <summary>The stories with the short documents placed, and one diagnostic per short document (in document order).</summary>
    /// <param name="shortOnes">The short documents, sorted by collection then id.</param>
    /// <param name="grouped">The stories of the other documents; stories of named collections may gain members.</param>
    /// <param name="signatures">The signatures of the grouped documents.</param>
    /// <param name="label">Labels a story from summed term weights.</param>
    public static (List<Story> Stories, ImmutableArray<StoryDiagnostic> Diagnostics) Place(
        List<StorySignature> shortOnes, List<Story> grouped, List<StorySignature> signatures,
        Func<IEnumerable<(string Text, double Weight)>, ImmutableArray<string>> label)
    {
        var stories = new List<Story>(grouped);
        var diagnostics = ImmutableArray.CreateBuilder<StoryDiagnostic>(shortOnes.Count);
        foreach (var collection in shortOnes.GroupBy(s => s.Collection, StringComparer.Ordinal))
        {
            var own = Enumerable.Range(0, stories.Count).Where(i => string.Equals(stories[i].Collection, collection.Key, StringComparison.Ordinal)).ToList();
            if (own.Count == 0)
            {
                var members = collection.Select(s => s.Document).ToImmutableArray();
                var whole = new Story(StoryId.Of(collection.Key, members[0]), collection.Key, label(Summed(collection)), members);
                stories.Add(whole);
                diagnostics.AddRange(collection.Select(s => Diagnostic(s,
                    $"no document of its collection '{collection.Key}' has enough words to be grouped by content, so they are one story ({whole.Id}), as given.")));
            }
            else if (StoryGrouper.IsNamed(collection.Key))
            {
                JoinMostAlike(collection, own, stories, signatures, diagnostics);
            }
            else
            {
                foreach (var alone in collection)
                {
                    var story = new Story(StoryId.Of(alone.Collection, alone.Document), alone.Collection, label(Summed([alone])), [alone.Document]);
                    stories.Add(story);
                    diagnostics.Add(Diagnostic(alone, $"so it is a story of its own ({story.Id})."));
                }
            }
        }

        return (stories, diagnostics.ToImmutable());
    }

    private static void JoinMostAlike(
        IEnumerable<StorySignature> shortOnes, List<int> own, List<Story> stories, List<StorySignature> signatures, ImmutableArray<StoryDiagnostic>.Builder diagnostics)
    {
        // Each term's summed weight per story of the collection: the dot product with a story's documents in one lookup per term.
        var byDocument = signatures.Where(s => string.Equals(s.Collection, stories[own[0]].Collection, StringComparison.Ordinal)).ToDictionary(s => s.Document);
        var sums = new Dictionary<string, Dictionary<int, double>>(StringComparer.Ordinal);
        foreach (var index in own)
        {
            foreach (var term in stories[index].Members.SelectMany(m => byDocument[m].Terms))
            {
                if (!sums.TryGetValue(term.Text, out var perStory))
                {
                    sums[term.Text] = perStory = [];
                }

                perStory[index] = perStory.GetValueOrDefault(index) + term.Weight;
            }
        }

        var joined = own.ToDictionary(i => i, _ => new List<DocumentId>());
        foreach (var shortOne in shortOnes)
        {
            var dot = new Dictionary<int, double>();
            foreach (var term in shortOne.Terms)
            {
                foreach (var (index, sum) in sums.GetValueOrDefault(term.Text) ?? [])
                {
                    dot[index] = dot.GetValueOrDefault(index) + (term.Weight * sum);
                }
            }

            // Most alike on average; then the largest story; then the first (own is in story order).
            var best = own.OrderByDescending(i => dot.GetValueOrDefault(i) / stories[i].Members.Length).ThenByDescending(i => stories[i].Members.Length).First();
            joined[best].Add(shortOne.Document);
            diagnostics.Add(Diagnostic(shortOne, dot.GetValueOrDefault(best) > 0
                ? $"so it stays with the story of its collection '{shortOne.Collection}' it is most alike ('{string.Join(' ', stories[best].Label)}')."
                : $"and it shares no term with any story of its collection '{shortOne.Collection}', so it stays with the largest ('{string.Join(' ', stories[best].Label)}')."));
        }

        foreach (var (index, members) in joined.Where(j => j.Value.Count > 0))
        {
            var story = stories[index];
            var all = story.Members.AddRange(members).Sort();
            stories[index] = story with { Id = StoryId.Of(story.Collection, all[0]), Members = all };
        }
    }

    private static IEnumerable<(string Text, double Weight)> Summed(IEnumerable<StorySignature> signatures) =>
        signatures.SelectMany(s => s.Terms).GroupBy(t => t.Text, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(t => (double)t.Weight)));

    private static StoryDiagnostic Diagnostic(StorySignature signature, string outcome) =>
        new(signature.Document, Ingest.Diagnostic.Warning(
            $"{signature.Document}: {signature.ContentWords} content words; too little to tell what it reports, {outcome}"));
}

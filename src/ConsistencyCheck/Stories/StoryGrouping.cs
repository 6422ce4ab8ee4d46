using System.Collections.Frozen;
using System.Collections.Immutable;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Stories;

/// <summary>
/// The stories of a run: every document in exactly one story. Stories are in order of collection then first member;
/// assignments in document order. Immutable and thread-safe.
/// </summary>
public sealed class StoryGrouping
{
    private readonly FrozenDictionary<DocumentId, StoryId> _storyOf;

    /// <summary>Creates a grouping.</summary>
    /// <param name="stories">The stories; no document in two of them.</param>
    /// <param name="diagnostics">Documents put in a story of their own without being compared, and why.</param>
    /// <exception cref="ArgumentException">A document is in two stories, or two stories share an id.</exception>
    public StoryGrouping(ImmutableArray<Story> stories, ImmutableArray<StoryDiagnostic> diagnostics)
    {
        Stories = stories.IsDefault ? [] : stories;
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
        var storyOf = new Dictionary<DocumentId, StoryId>();
        var ids = new HashSet<StoryId>();
        foreach (var story in Stories)
        {
            if (!ids.Add(story.Id))
            {
                throw new ArgumentException($"Two stories have the id {story.Id}.", nameof(stories));
            }

            foreach (var member in story.Members)
            {
                if (!storyOf.TryAdd(member, story.Id))
                {
                    throw new ArgumentException($"Document {member} is in two stories.", nameof(stories));
                }
            }
        }

        _storyOf = storyOf.ToFrozenDictionary();
        Assignments = [.. storyOf.Select(p => new StoryAssignment(p.Key, p.Value)).OrderBy(a => a.Document)];
    }

    /// <summary>The stories, in order of collection then first member.</summary>
    public ImmutableArray<Story> Stories { get; }

    /// <summary>The story of every document, in ordinal order of the document ids.</summary>
    public ImmutableArray<StoryAssignment> Assignments { get; }

    /// <summary>Documents put in a story of their own without being compared, and why; in document order.</summary>
    public ImmutableArray<StoryDiagnostic> Diagnostics { get; }

    /// <summary>The story of <paramref name="document"/>, or null when it was not grouped.</summary>
    public StoryId? StoryOf(DocumentId document) => _storyOf.TryGetValue(document, out var story) ? story : null;
}

using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Stories;

/// <summary>
/// The stories of a run: every document in exactly one story. Stories are in order of collection then first member;
/// assignments in document order. Immutable and thread-safe.
/// </summary>
public sealed class StoryGrouping
{
    // Read-only after construction (concurrent reads are safe). A plain dictionary, not a frozen one: a run groups
    // collection by collection, tens of thousands of groupings, and freezing each cost more than grouping it.
    private readonly Dictionary<DocumentId, StoryId> _storyOf;
    private StoryAssignment[]? _assignments;

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

        _storyOf = storyOf;
    }

    /// <summary>The stories, in order of collection then first member.</summary>
    public ImmutableArray<Story> Stories { get; }

    /// <summary>The story of every document, in ordinal order of the document ids.</summary>
    /// <remarks>Made on first use: the pipeline reads only <see cref="Stories"/>.</remarks>
    public ImmutableArray<StoryAssignment> Assignments =>
        ImmutableCollectionsMarshal.AsImmutableArray(_assignments ??= [.. _storyOf.Select(p => new StoryAssignment(p.Key, p.Value)).OrderBy(a => a.Document)]);

    /// <summary>Documents put in a story of their own without being compared, and why; in document order.</summary>
    public ImmutableArray<StoryDiagnostic> Diagnostics { get; }

    /// <summary>The story of <paramref name="document"/>, or null when it was not grouped.</summary>
    public StoryId? StoryOf(DocumentId document) => _storyOf.TryGetValue(document, out var story) ? story : null;
}

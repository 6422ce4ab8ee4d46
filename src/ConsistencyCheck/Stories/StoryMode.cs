namespace ConsistencyCheck.Stories;

/// <summary>
/// How a run finds its stories before it compares figures: findings never pair assertions of two stories, and the
/// reports are organised by story.
/// </summary>
public enum StoryMode
{
    /// <summary>
    /// Documents are grouped by what they report (<see cref="StorySignature"/>, <see cref="StoryGrouper"/>),
    /// within each collection. A document with too few content words is a story of its own, with a warning.
    /// </summary>
    Automatic = 0,

    /// <summary>Each collection (as given: a folder, a <c>collection</c> field) is one story.</summary>
    ByCollection,

    /// <summary>
    /// No stories: the whole run is compared as one (clusters still never span two collections), as before stories were
    /// found. The default of <see cref="ConsistencyOptions.StoryMode"/> for now.
    /// </summary>
    None,
}

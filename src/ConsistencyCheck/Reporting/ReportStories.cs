using System.Collections.Immutable;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Stories;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// The stories of a <see cref="ConsistencyReport"/> as the writers show them: the story of each document and of each
/// finding (the story of its assertions' documents: a finding never pairs two stories), and each story's findings in the
/// report's order. The mapping lives here, in the report, not on <see cref="DocumentSummary"/>: stories are found after
/// documents are read. Immutable and thread-safe once built.
/// </summary>
/// <example>
/// <code>
/// var stories = new ReportStories(report);
/// foreach (var story in report.Stories)
///     Console.WriteLine($"{story.Id} [{string.Join(' ', story.Label)}]: {stories.FindingsOf(story).Length} findings");
/// </code>
/// </example>
public sealed class ReportStories
{
    private readonly Dictionary<DocumentKey, Story> _storyOf = [];
    private readonly Dictionary<AssertionId, Story> _storyOfAssertion = [];
    private readonly Dictionary<StoryId, ImmutableArray<Finding>> _findings;

    /// <summary>Indexes the stories of <paramref name="report"/>.</summary>
    /// <param name="report">The report; its stories, documents, assertions and findings may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public ReportStories(ConsistencyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Stories = report.Stories.IsDefault ? [] : report.Stories;
        foreach (var story in Stories)
        {
            foreach (var member in story.Members)
            {
                _storyOf.TryAdd(new DocumentKey(story.Collection, member), story);
            }
        }

        foreach (var assertion in report.Assertions.IsDefault ? [] : report.Assertions)
        {
            if (_storyOf.TryGetValue(new DocumentKey(assertion.Collection, assertion.DocumentId), out var story))
            {
                _storyOfAssertion.TryAdd(assertion.Id, story);
            }
        }

        var findings = report.Findings.IsDefault ? [] : report.Findings;
        _findings = findings.Select(f => (Finding: f, Story: StoryOf(f)))
            .Where(p => p.Story is not null)
            .GroupBy(p => p.Story!.Id)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Finding).ToImmutableArray());
        Unplaced = [.. findings.Where(f => StoryOf(f) is null)];
    }

    /// <summary>True when the report has stories (it was grouped: <c>StoryMode</c> other than <c>None</c>).</summary>
    public bool HasStories => !Stories.IsEmpty;

    /// <summary>The report's stories, in its order.</summary>
    public ImmutableArray<Story> Stories { get; }

    /// <summary>
    /// The findings of no story, in the report's order: every finding when the report has no stories, otherwise none
    /// (unless the report was put together by hand with findings whose assertions are in no story).
    /// </summary>
    public ImmutableArray<Finding> Unplaced { get; }

    /// <summary>The story of a document, or null when it is in none (an unreadable document, or a report without stories).</summary>
    /// <param name="document">The document.</param>
    public Story? StoryOf(DocumentSummary document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _storyOf.GetValueOrDefault(new DocumentKey(document.Collection, document.Id));
    }

    /// <summary>The story of a finding (that of its first assertion's document), or null when it is in none.</summary>
    /// <param name="finding">The finding.</param>
    public Story? StoryOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.AssertionIds.IsDefaultOrEmpty ? null : _storyOfAssertion.GetValueOrDefault(finding.AssertionIds[0]);
    }

    /// <summary>A story's label words as readable writers show them: "clinton · email · benghazi", or "no label words".</summary>
    /// <param name="story">The story.</param>
    public static string Title(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return story.Label.IsDefaultOrEmpty ? "no label words" : string.Join(" · ", story.Label);
    }

    /// <summary>The stories of a run as readable summaries count them: "1 story.", "52 stories, each compared on its own."</summary>
    /// <param name="count">How many stories; at least 1.</param>
    public static string Counted(int count) =>
        count == 1 ? "1 story." : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} stories, each compared on its own.");

    /// <summary>The findings of <paramref name="story"/>, in the report's order; empty when it has none.</summary>
    /// <param name="story">A story of the report.</param>
    public ImmutableArray<Finding> FindingsOf(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return _findings.GetValueOrDefault(story.Id, []);
    }
}

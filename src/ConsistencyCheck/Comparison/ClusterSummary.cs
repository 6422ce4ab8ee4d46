using System.Collections.Immutable;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Recognition;

namespace ConsistencyCheck.Comparison;

/// <summary>
/// The bounded verdict on a large cluster. Voices are split by the place they name (the same place words; no place
/// is a group of its own), then into time windows (asOf within
/// <see cref="ComparisonOptions.SameTimeToleranceDays"/> of the window's first date), each window into groups of
/// mutually consistent figures (their intervals share a value). Findings: one agreement per group of two or more,
/// a contradiction between the largest group of a window and each other group, and a change over time between the
/// largest groups of consecutive windows when their figures differ. Findings grow linearly with the voices.
/// </summary>
public sealed class ClusterSummary
{
    private readonly VerdictRules _rules;
    private readonly string _clusterId;
    private readonly Dictionary<(string, string), bool>? _places;

    /// <summary>Creates a summary for the cluster <paramref name="clusterId"/>.</summary>
    public ClusterSummary(VerdictRules rules, string clusterId)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(clusterId);
        _rules = rules;
        _clusterId = clusterId;
    }

    /// <summary>Creates a summary that shares the place similarities remembered in <paramref name="places"/>.</summary>
    internal ClusterSummary(VerdictRules rules, string clusterId, Dictionary<(string, string), bool> places)
        : this(rules, clusterId)
    {
        _places = places;
    }

    /// <summary>The findings for <paramref name="voices"/> (one assertion per document and figure).</summary>
    public IEnumerable<Finding> Summarize(IReadOnlyList<Assertion> voices) => Summarize(voices, CancellationToken.None);

    /// <summary>
    /// The findings for <paramref name="voices"/> (one assertion per document and figure), O(v log v) in the voices.
    /// <paramref name="cancellationToken"/> is checked as the findings are enumerated: between places and windows, and every
    /// few thousand voices.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IEnumerable<Finding> Summarize(IReadOnlyList<Assertion> voices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(voices);

        // Figures for different places are different quantities (as pair by pair): each place is summarised apart.
        return voices.GroupBy(PlaceOf, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => SummarizePlace([.. g], cancellationToken));
    }

    private static string PlaceOf(Assertion voice) =>
        string.Join(',', voice.Restrictors.Where(r => r.StartsWith("place:", StringComparison.Ordinal)));

    private IEnumerable<Finding> SummarizePlace(List<Assertion> voices, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var windows = Windows(voices);
        List<Assertion>? previousMain = null;
        foreach (var window in windows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var groups = Groups(window);
            foreach (var group in groups.Where(g => g.Count > 1))
            {
                yield return Agreement(group);
            }

            // Each other group against the largest: g - 1 findings, not g², however many figures disagree.
            var main = groups.OrderByDescending(g => g.Count).ThenBy(g => g[0].Id).First();
            var poll = new CancellationPoll(cancellationToken);
            var compared = 0;
            foreach (var group in groups.Where(g => !ReferenceEquals(g, main)))
            {
                poll.At(compared++);
                if (_rules.Decide(main[0], group[0], _places) is { Kind: FindingKind.Contradiction } contradiction)
                {
                    yield return new Finding(contradiction.Kind, [main[0].Id, group[0].Id], contradiction.Relation, contradiction.Confidence,
                        new GroupContradictionReason(new ContradictionReason(contradiction.Days), main.Count, group.Count), _clusterId);
                }
            }

            if (previousMain is not null && _rules.Decide(previousMain[0], main[0], _places) is { Kind: FindingKind.ChangedOverTime } change)
            {
                yield return _rules.ToFinding(previousMain[0], main[0], change, _clusterId);
            }

            previousMain = main;
        }
    }

    private List<List<Assertion>> Windows(IReadOnlyList<Assertion> voices)
    {
        var ordered = voices.OrderBy(v => v.AsOf ?? DateOnly.MaxValue).ThenBy(v => v.Id).ToList();
        var windows = new List<List<Assertion>>();
        DateOnly? start = null;
        foreach (var voice in ordered)
        {
            var opensWindow = windows.Count == 0 ||
                (voice.AsOf is { } day && start is { } first && day.DayNumber - first.DayNumber > _rules.Options.SameTimeToleranceDays);
            if (opensWindow)
            {
                windows.Add([]);
                start = voice.AsOf;
            }

            windows[^1].Add(voice);
        }

        return windows;
    }

    private List<List<Assertion>> Groups(List<Assertion> window)
    {
        var groups = new List<(List<Assertion> Members, Interval Common)>();
        foreach (var voice in window.OrderBy(v => _rules.EffectiveInterval(v.Quantity).Low ?? decimal.MinValue).ThenBy(v => v.Id))
        {
            var interval = _rules.EffectiveInterval(voice.Quantity);
            // Voices come sorted by lower bound, so a sweep that only tries the newest group is enough: O(v).
            if (groups.Count == 0 || !groups[^1].Common.Intersects(interval))
            {
                groups.Add(([voice], interval));
            }
            else
            {
                var (members, common) = groups[^1];
                members.Add(voice);
                groups[^1] = (members, Intersect(common, interval));
            }
        }

        return [.. groups.Select(g => g.Members)];
    }

    private Finding Agreement(List<Assertion> group) =>
        new(FindingKind.Agreement, [.. group.Select(a => a.Id).Order()], null, 0.9, new GroupAgreementReason([.. group.Select(a => a.Id)]), _clusterId);

    private static Interval Intersect(Interval a, Interval b)
    {
        var low = a.Low is null ? b.Low : b.Low is null ? a.Low : Math.Max(a.Low.Value, b.Low.Value);
        var high = a.High is null ? b.High : b.High is null ? a.High : Math.Min(a.High.Value, b.High.Value);
        return new Interval(low, high, a.LowInclusive && b.LowInclusive, a.HighInclusive && b.HighInclusive);
    }
}

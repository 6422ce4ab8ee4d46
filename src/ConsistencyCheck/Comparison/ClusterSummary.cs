using System.Collections.Immutable;
using System.Globalization;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Recognition;

namespace ConsistencyCheck.Comparison;

/// <summary>
/// The bounded verdict on a large cluster. Voices are split into time windows (asOf within
/// <see cref="ComparisonOptions.SameTimeToleranceDays"/> of the window's first date), each window into groups of
/// mutually consistent figures (their intervals share a value). Findings: one agreement per group of two or more,
/// a contradiction between the first voices of every two groups of a window, and a change over time between the
/// largest groups of consecutive windows when their figures differ. Work: O(v log v + g²) for v voices and g groups.
/// </summary>
public sealed class ClusterSummary
{
    private readonly VerdictRules _rules;
    private readonly string _clusterId;

    /// <summary>Creates a summary for the cluster <paramref name="clusterId"/>.</summary>
    public ClusterSummary(VerdictRules rules, string clusterId)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(clusterId);
        _rules = rules;
        _clusterId = clusterId;
    }

    /// <summary>The findings for <paramref name="voices"/> (one assertion per document and figure).</summary>
    public IEnumerable<Finding> Summarize(IReadOnlyList<Assertion> voices)
    {
        ArgumentNullException.ThrowIfNull(voices);
        var windows = Windows(voices);
        List<Assertion>? previousMain = null;
        foreach (var window in windows)
        {
            var groups = Groups(window);
            foreach (var group in groups.Where(g => g.Count > 1))
            {
                yield return Agreement(group);
            }

            for (var i = 0; i < groups.Count; i++)
            {
                for (var j = i + 1; j < groups.Count; j++)
                {
                    if (_rules.Judge(groups[i][0], groups[j][0], _clusterId) is { Kind: FindingKind.Contradiction } contradiction)
                    {
                        yield return contradiction with
                        {
                            Explanation = $"{contradiction.Explanation} ({groups[i].Count} source(s) give the first figure, {groups[j].Count} the second.)",
                        };
                    }
                }
            }

            var main = groups.OrderByDescending(g => g.Count).ThenBy(g => g[0].Id).First();
            if (previousMain is not null && _rules.Judge(previousMain[0], main[0], _clusterId) is { Kind: FindingKind.ChangedOverTime } change)
            {
                yield return change;
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
            var index = groups.FindIndex(g => g.Common.Intersects(interval));
            if (index < 0)
            {
                groups.Add(([voice], interval));
            }
            else
            {
                var (members, common) = groups[index];
                members.Add(voice);
                groups[index] = (members, Intersect(common, interval));
            }
        }

        return [.. groups.Select(g => g.Members)];
    }

    private Finding Agreement(List<Assertion> group)
    {
        var phrases = group.Select(a => a.Quantity.Text).Distinct(StringComparer.OrdinalIgnoreCase).Take(4);
        var sources = group.Select(a => a.Publisher ?? a.DocumentId.Value).Distinct(StringComparer.Ordinal).ToList();
        var explanation = string.Create(CultureInfo.InvariantCulture,
            $"{sources.Count} sources agree ({string.Join(", ", sources.Take(5))}{(sources.Count > 5 ? ", …" : string.Empty)}): " +
            $"\"{string.Join("\", \"", phrases)}\" are consistent once hedges and rounding are read.");
        return new Finding(FindingKind.Agreement, [.. group.Select(a => a.Id).Order()], null, 0.9, explanation, _clusterId);
    }

    private static Interval Intersect(Interval a, Interval b)
    {
        var low = a.Low is null ? b.Low : b.Low is null ? a.Low : Math.Max(a.Low.Value, b.Low.Value);
        var high = a.High is null ? b.High : b.High is null ? a.High : Math.Min(a.High.Value, b.High.Value);
        return new Interval(low, high, a.LowInclusive && b.LowInclusive, a.HighInclusive && b.HighInclusive);
    }
}

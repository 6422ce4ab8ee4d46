using System.Text.Json;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Reporting;

namespace ConsistencyCheck.Tests.Gold;

/// <summary>One annotated pair and what the report said about it.</summary>
internal sealed record GoldOutcome(string Expected, string Actual, string Description, IReadOnlyList<string> Missing)
{
    /// <summary>
    /// Finds the assertions the pair's figures stand in (the assertion whose span holds the figure's first character)
    /// and the cross-source finding that joins them. A document speaks once per figure in a cluster, so a finding
    /// about a repeat of the same figure in the same document counts for the annotated one.
    /// </summary>
    public static GoldOutcome Judge(JsonElement pair, ConsistencyReport report, IReadOnlyDictionary<string, string> texts)
    {
        var expected = pair.GetProperty("expect").GetString()!;
        var (a, aText) = Locate(pair.GetProperty("a"), report, texts);
        var (b, bText) = Locate(pair.GetProperty("b"), report, texts);
        var description = $"{aText}{Detail(a)} ~ {bText}{Detail(b)} ({pair.GetProperty("why").GetString()})";
        var missing = new List<string>();
        if (a is null)
        {
            missing.Add(aText);
        }

        if (b is null)
        {
            missing.Add(bText);
        }

        if (a is null || b is null)
        {
            return new GoldOutcome(expected, "none", description, missing);
        }

        var clusterOf = report.Clusters.SelectMany(c => c.AssertionIds.Select(id => (id, c.Id))).ToDictionary(x => x.id, x => x.Id);
        var byId = report.Assertions.ToDictionary(x => x.Id);
        bool SameVoice(AssertionId id, Assertion target) =>
            byId[id].DocumentId == target.DocumentId && byId[id].Quantity.Interval == target.Quantity.Interval &&
            clusterOf.TryGetValue(id, out var c) && clusterOf.TryGetValue(target.Id, out var t) && c == t;

        var finding = report.Findings.FirstOrDefault(f => f.Scope == FindingScope.CrossSource &&
            ((f.AssertionIds.Any(id => SameVoice(id, a)) && f.AssertionIds.Any(id => SameVoice(id, b)))));
        var actual = finding?.Kind switch
        {
            FindingKind.Agreement => "agreement",
            FindingKind.Contradiction => "contradiction",
            FindingKind.ChangedOverTime => "changedOverTime",
            _ => "none",
        };
        return new GoldOutcome(expected, actual, description, missing);
    }

    private static string Detail(Assertion? a) => a is null ? " [not read]" :
        $" [{a.Quantity.Text} | {a.Subject.Text}/{a.Subject.Class} | {a.Predicate.Class} | {string.Join(",", a.Restrictors)} | {a.AsOf:yyyy-MM-dd}]";

    private static (Assertion? Assertion, string Text) Locate(JsonElement side, ConsistencyReport report, IReadOnlyDictionary<string, string> texts)
    {
        var doc = side.GetProperty("doc").GetString()!;
        var quote = side.GetProperty("quote").GetString()!;
        var figure = side.GetProperty("figure").GetString()!;
        var label = $"{doc}: \"{quote}\"";
        if (!texts.TryGetValue(doc, out var text))
        {
            return (null, label + " [document not found]");
        }

        var at = text.IndexOf(quote, StringComparison.Ordinal);
        var inQuote = at < 0 ? -1 : quote.IndexOf(figure, StringComparison.Ordinal);
        if (at < 0 || inQuote < 0)
        {
            return (null, label + " [quote or figure not found]");
        }

        var offset = at + inQuote;
        var assertion = report.Assertions.FirstOrDefault(x => x.DocumentId.Value == doc && x.Quantity.Span.Contains(offset));
        return (assertion, label);
    }
}

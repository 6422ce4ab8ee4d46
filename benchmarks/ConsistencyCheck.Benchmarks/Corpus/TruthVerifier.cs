using System.Text.Json;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Reporting;

namespace ConsistencyCheck.Benchmarks.Corpus;

/// <summary>A finding as the verifier sees it: its kind and the two documents it sets against each other.</summary>
/// <param name="Kind">The verdict.</param>
/// <param name="First">Document of its first assertion.</param>
/// <param name="Second">Document of its last assertion.</param>
/// <param name="Explanation">Its explanation, to show unplanted flags.</param>
public sealed record VerifiedFinding(FindingKind Kind, string First, string Second, string Explanation);

/// <summary>What the verifier found.</summary>
/// <param name="PlantedDiscrepancies">Planted contradictions and changes over time: pairs of documents reporting a fact with different values.</param>
/// <param name="FoundDiscrepancies">How many of those a finding of the right kind reports.</param>
/// <param name="Unplanted">Contradictions and changes over time between documents where none was planted.</param>
/// <param name="PlantedAgreements">Pairs of documents reporting a fact with the same value.</param>
/// <param name="FoundAgreements">How many of those an agreement finding reports.</param>
/// <param name="Missed">Planted discrepancies no finding reports (up to 20, for the log).</param>
public sealed record VerificationResult(
    int PlantedDiscrepancies,
    int FoundDiscrepancies,
    IReadOnlyList<VerifiedFinding> Unplanted,
    int PlantedAgreements,
    int FoundAgreements,
    IReadOnlyList<string> Missed)
{
    /// <summary>Share of planted discrepancies found, 0 to 1 (1 when none was planted).</summary>
    public double Recall => PlantedDiscrepancies == 0 ? 1 : (double)FoundDiscrepancies / PlantedDiscrepancies;

    /// <summary>Share of planted agreements found, 0 to 1.</summary>
    public double AgreementRecall => PlantedAgreements == 0 ? 1 : (double)FoundAgreements / PlantedAgreements;
}

/// <summary>
/// Compares a report with the ground truth of a generated corpus. The truth lists, per story and fact, which
/// document reports which value as of which day; two documents reporting a fact with different values are a planted
/// contradiction when their days lie within the comparison's tolerance (2 days), a planted change over time otherwise.
/// Every contradiction or change the report makes between a pair of documents that is not planted counts as unplanted.
/// </summary>
public static class TruthVerifier
{
    /// <summary>Days within which two figures refer to the same time (<see cref="ComparisonOptions.SameTimeToleranceDays"/> by default).</summary>
    public const int SameTimeToleranceDays = 2;

    /// <summary>Verifies <paramref name="findings"/> against <paramref name="truth"/>.</summary>
    public static VerificationResult Verify(IEnumerable<PlantedReport> truth, IEnumerable<VerifiedFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(findings);
        var planted = new Dictionary<(string, string, FindingKind), string>();
        var agreements = new HashSet<(string, string)>();
        foreach (var fact in truth.GroupBy(r => (r.Collection, r.Fact)))
        {
            var reports = fact.ToList();
            for (var i = 0; i < reports.Count; i++)
            {
                for (var j = i + 1; j < reports.Count; j++)
                {
                    var (a, b) = (reports[i], reports[j]);
                    if (a.DocumentId == b.DocumentId)
                    {
                        continue;
                    }

                    var pair = Pair(a.DocumentId, b.DocumentId);
                    if (a.Value == b.Value)
                    {
                        agreements.Add(pair);
                        continue;
                    }

                    var days = Math.Abs(a.AsOf.DayNumber - b.AsOf.DayNumber);
                    var kind = days <= SameTimeToleranceDays ? FindingKind.Contradiction : FindingKind.ChangedOverTime;
                    planted[(pair.Item1, pair.Item2, kind)] = $"{fact.Key.Collection} {fact.Key.Fact}: {a.DocumentId} \"{a.Phrase}\" vs {b.DocumentId} \"{b.Phrase}\" ({kind})";
                }
            }
        }

        var found = new HashSet<(string, string, FindingKind)>();
        var foundAgreements = new HashSet<(string, string)>();
        var unplanted = new List<VerifiedFinding>();
        foreach (var finding in findings)
        {
            var pair = Pair(finding.First, finding.Second);
            if (finding.Kind == FindingKind.Agreement)
            {
                if (agreements.Contains(pair))
                {
                    foundAgreements.Add(pair);
                }

                continue;
            }

            var key = (pair.Item1, pair.Item2, finding.Kind);
            if (planted.ContainsKey(key))
            {
                found.Add(key);
            }
            else
            {
                unplanted.Add(finding);
            }
        }

        var missed = planted.Where(p => !found.Contains(p.Key)).Select(p => p.Value).Order(StringComparer.Ordinal).Take(20).ToList();
        return new VerificationResult(planted.Count, found.Count, unplanted, agreements.Count, foundAgreements.Count, missed);
    }

    /// <summary>The findings of <paramref name="report"/> as the verifier sees them.</summary>
    public static IEnumerable<VerifiedFinding> FindingsOf(ConsistencyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Findings.Select(f => new VerifiedFinding(f.Kind, DocumentOf(f.AssertionIds[0].Value), DocumentOf(f.AssertionIds[^1].Value), FindingExplanation.Render(f, report)));
    }

    /// <summary>The findings of a report file: a JSON report (<c>--format json</c>) or report lines (<c>--format jsonl</c>).</summary>
    public static IEnumerable<VerifiedFinding> ReadFindings(string reportPath)
    {
        using var reader = new StreamReader(reportPath);
        var first = (char)reader.Peek();
        if (first == '{' && reader.ReadLine() is { } line && line.StartsWith("{\"", StringComparison.Ordinal) && line.EndsWith('}'))
        {
            // Report lines: one JSON object per line.
            for (var current = line; current is not null; current = reader.ReadLine())
            {
                if (current.StartsWith("{\"finding\":", StringComparison.Ordinal))
                {
                    using var json = JsonDocument.Parse(current);
                    yield return Read(json.RootElement.GetProperty("finding"));
                }
            }

            yield break;
        }

        reader.BaseStream.Position = 0;
        reader.DiscardBufferedData();
        using var report = JsonDocument.Parse(reader.BaseStream);
        foreach (var finding in report.RootElement.GetProperty("findings").EnumerateArray())
        {
            yield return Read(finding);
        }
    }

    private static VerifiedFinding Read(JsonElement finding)
    {
        var ids = finding.GetProperty("assertionIds");
        var kind = finding.GetProperty("kind").GetString() switch
        {
            "agreement" => FindingKind.Agreement,
            "contradiction" => FindingKind.Contradiction,
            _ => FindingKind.ChangedOverTime,
        };
        return new VerifiedFinding(kind, DocumentOf(ids[0].GetString()!), DocumentOf(ids[ids.GetArrayLength() - 1].GetString()!), finding.GetProperty("explanation").GetString()!);
    }

    private static string DocumentOf(string assertionId) => assertionId[..assertionId.LastIndexOf('@')];

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}

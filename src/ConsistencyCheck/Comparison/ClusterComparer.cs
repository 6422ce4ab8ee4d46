using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;

namespace ConsistencyCheck.Comparison;

/// <summary>
/// Compares the assertions of one cluster across documents and returns agreements, contradictions and changes
/// over time. Each document speaks once per distinct figure (a headline repeating the body counts once); every pair
/// of documents is then judged by <see cref="VerdictRules"/>. Statements of one document about the same quantity are
/// judged too and reported with <see cref="FindingScope.IntraDocument"/>. A cluster with more voices than
/// <see cref="ComparisonOptions.MaxPairwiseVoices"/> is summarised instead of judged pair by pair (see
/// <see cref="ClusterSummary"/>), so thousands of agreeing sources yield a bounded number of findings. Immutable and thread-safe.
/// </summary>
public sealed class ClusterComparer
{
    /// <summary>Creates the comparer.</summary>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public ClusterComparer(ComparisonOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        Rules = new VerdictRules(options);
    }

    /// <summary>The options.</summary>
    public ComparisonOptions Options { get; }

    /// <summary>The rules each pair is judged by.</summary>
    public VerdictRules Rules { get; }

    /// <summary>Findings for <paramref name="cluster"/>, whose members are looked up in <paramref name="assertions"/>.</summary>
    public IEnumerable<Finding> Compare(AssertionCluster cluster, IReadOnlyDictionary<AssertionId, Assertion> assertions) =>
        Compare(cluster, assertions, CancellationToken.None);

    /// <summary>
    /// Findings for <paramref name="cluster"/>, whose members are looked up in <paramref name="assertions"/>. The work is
    /// O(m log m) in the cluster's m members and done before this returns; <paramref name="cancellationToken"/> is checked
    /// every few thousand members and pairs, so even a cluster of millions stops within milliseconds.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IEnumerable<Finding> Compare(AssertionCluster cluster, IReadOnlyDictionary<AssertionId, Assertion> assertions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(assertions);
        var poll = new CancellationPoll(cancellationToken);
        poll.At(0);
        var voices = Representatives(cluster, assertions, ref poll);
        var findings = new List<Finding>();
        var places = new Dictionary<(string, string), bool>();
        findings.AddRange(WithinDocuments(cluster, assertions, places, cancellationToken));
        if (voices.Length > Options.MaxPairwiseVoices)
        {
            findings.AddRange(new ClusterSummary(Rules, cluster.Id, places).Summarize(voices, cancellationToken));
            return [.. findings.Where(f => f.Confidence >= Options.MinimumConfidence)];
        }

        // At most MaxPairwiseVoices voices here: the pairs are few.
        for (var i = 0; i < voices.Length; i++)
        {
            for (var j = i + 1; j < voices.Length; j++)
            {
                if (voices[i].DocumentId == voices[j].DocumentId)
                {
                    continue;
                }

                var (first, second) = Order(voices[i], voices[j]);
                // The reason is made only for a finding that is kept.
                if (Rules.Decide(first, second, places) is { } verdict && verdict.Confidence >= Options.MinimumConfidence)
                {
                    findings.Add(Rules.ToFinding(first, second, verdict, cluster.Id));
                }
            }
        }

        return findings;
    }

    /// <summary>Consecutive statements of one document about the quantity: repeats agree, changes are called out.</summary>
    private List<Finding> WithinDocuments(
        AssertionCluster cluster, IReadOnlyDictionary<AssertionId, Assertion> assertions, Dictionary<(string, string), bool> places, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        var poll = new CancellationPoll(cancellationToken);
        var judged = 0;
        foreach (var statements in ByDocument(cluster, assertions, cancellationToken))
        {
            for (var i = 1; i < statements.Count; i++)
            {
                poll.At(judged++);
                if (Rules.Decide(statements[i - 1], statements[i], places) is { } verdict && verdict.Confidence >= Options.MinimumConfidence)
                {
                    findings.Add(new Finding(verdict.Kind, [statements[i - 1].Id, statements[i].Id], verdict.Relation, verdict.Confidence,
                        WithinReason(verdict, statements[i - 1], statements[i]), cluster.Id)
                    {
                        Scope = FindingScope.IntraDocument,
                    });
                }
            }
        }

        return findings;
    }

    /// <summary>
    /// The members of each document that has more than one, documents in order of their first member, each document's
    /// members by position (ties in member order).
    /// </summary>
    private static List<List<Assertion>> ByDocument(AssertionCluster cluster, IReadOnlyDictionary<AssertionId, Assertion> assertions, CancellationToken cancellationToken)
    {
        var documents = new List<List<Assertion>>();
        var index = new Dictionary<DocumentId, int>(cluster.AssertionIds.Length);
        var several = false;
        var poll = new CancellationPoll(cancellationToken);
        for (var m = 0; m < cluster.AssertionIds.Length; m++)
        {
            poll.At(m);
            var a = assertions[cluster.AssertionIds[m]];
            if (index.TryGetValue(a.DocumentId, out var at))
            {
                documents[at].Add(a);
                several = true;
            }
            else
            {
                index[a.DocumentId] = documents.Count;
                documents.Add([a]);
            }
        }

        if (!several)
        {
            return [];
        }

        var result = new List<List<Assertion>>();
        foreach (var statements in documents)
        {
            if (statements.Count >= 2)
            {
                // OrderBy is a stable sort: O(m log m) for a document's m members, ties kept in member order.
                cancellationToken.ThrowIfCancellationRequested();
                result.Add([.. statements.OrderBy(static a => a.Quantity.Span.Start)]);
            }
        }

        return result;
    }

    /// <summary>The reason for a verdict on two statements of one document: a repeat, a change or a self-contradiction.</summary>
    private static FindingReason WithinReason(in VerdictRules.Verdict verdict, Assertion first, Assertion second) => verdict.Kind switch
    {
        FindingKind.Agreement => new RepeatWithinDocumentReason(Placement(first), Placement(second)),
        FindingKind.ChangedOverTime => new ChangeWithinDocumentReason(VerdictRules.Change(first, second, verdict.Days!.Value)),
        _ => new SelfContradictionReason(Placement(first), Placement(second)),
    };

    private static FigurePlacement Placement(Assertion a) => a.InHeadline ? FigurePlacement.Headline : FigurePlacement.Text;

    /// <summary>One assertion per document and distinct figure: the first in the body, else the headline's.</summary>
    private static ImmutableArray<Assertion> Representatives(AssertionCluster cluster, IReadOnlyDictionary<AssertionId, Assertion> assertions, ref CancellationPoll poll)
    {
        // One pass: per (document, interval, date) the first of the members ordered by (headline, position), then the
        // chosen ones by id (ids are unique: they key the lookup).
        var chosen = new Dictionary<(DocumentId, Interval, DateOnly?), Assertion>(cluster.AssertionIds.Length);
        for (var m = 0; m < cluster.AssertionIds.Length; m++)
        {
            poll.At(m);
            var a = assertions[cluster.AssertionIds[m]];
            var key = (a.DocumentId, a.Quantity.Interval, a.AsOf);
            if (!chosen.TryGetValue(key, out var current) || Precedes(a, current))
            {
                chosen[key] = a;
            }
        }

        var voices = new Assertion[chosen.Count];
        chosen.Values.CopyTo(voices, 0);
        Array.Sort(voices, static (x, y) => x.Id.CompareTo(y.Id));
        return ImmutableCollectionsMarshal.AsImmutableArray(voices);
    }

    /// <summary>Whether <paramref name="a"/> comes strictly before <paramref name="b"/>: body before headline, then by position.</summary>
    private static bool Precedes(Assertion a, Assertion b) =>
        a.InHeadline != b.InHeadline ? !a.InHeadline : a.Quantity.Span.Start < b.Quantity.Span.Start;

    private static (Assertion First, Assertion Second) Order(Assertion a, Assertion b)
    {
        var byDate = Nullable.Compare(a.AsOf, b.AsOf);
        return byDate < 0 || (byDate == 0 && a.Id.CompareTo(b.Id) <= 0) ? (a, b) : (b, a);
    }
}

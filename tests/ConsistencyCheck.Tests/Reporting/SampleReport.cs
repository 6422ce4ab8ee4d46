using System.Collections.Immutable;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Reporting;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Tests.Reporting;

/// <summary>A small hand-built report: three documents (one unreadable), three assertions, one cluster, two findings.</summary>
internal static class SampleReport
{
    public const string CourierSentence = "Officials said nearly 55,000 people were evacuated from the Hafenviertel.";
    public const string LedgerSentence = "Some 40,000 people were evacuated <script>alert(1)</script>, the Ledger reported.";
    public const string LedgerSecondSentence = "By Friday at least 50,000 people had been moved to shelters in Zürich.";

    public static ConsistencyReport Create() => new()
    {
        Documents =
        [
            new DocumentSummary(new DocumentId("broken.html"), "samples/broken.html", "default", null, null, null,
                [Diagnostic.Error("samples/broken.html: could not be read: the file is not valid UTF-8.")]),
            new DocumentSummary(new DocumentId("courier.txt"), "samples/courier.txt", "default", "Quake: tens of thousands flee",
                "The Harbour Courier", new DateTimeOffset(2024, 3, 14, 9, 30, 0, TimeSpan.FromHours(1)), []),
            new DocumentSummary(new DocumentId("ledger.txt"), "samples/ledger.txt", "default", null,
                "Ledger — Édition du soir", null, [Diagnostic.Warning("samples/ledger.txt: 2 lines of page furniture were skipped.")]),
        ],
        Assertions =
        [
            Build("courier.txt@42", "courier.txt", "The Harbour Courier", sentenceStart: 27, CourierSentence, "nearly 55,000",
                55000m, new Interval(50000m, 55000m), Qualifier.Nearly, new DateOnly(2024, 3, 14)),
            Build("ledger.txt@100", "ledger.txt", "Ledger — Édition du soir", sentenceStart: 100, LedgerSentence, "Some 40,000",
                40000.00m, new Interval(35000m, 45000m), Qualifier.Approximate, null),
            Build("ledger.txt@195", "ledger.txt", "Ledger — Édition du soir", sentenceStart: 185, LedgerSecondSentence, "at least 50,000",
                50000m, new Interval(50000m, null), Qualifier.AtLeast, new DateOnly(2024, 3, 15)),
        ],
        Clusters =
        [
            new AssertionCluster("c1", "default|evacuated|people|count",
                [new AssertionId("courier.txt@42"), new AssertionId("ledger.txt@100"), new AssertionId("ledger.txt@195")]),
        ],
        Findings =
        [
            new Finding(FindingKind.Agreement, [new AssertionId("courier.txt@42"), new AssertionId("ledger.txt@195")],
                IntervalRelation.Overlaps, 0.7249, new SharedValuesReason(new Interval(50000m, 55000m)), "c1"),
            new Finding(FindingKind.Contradiction, [new AssertionId("courier.txt@42"), new AssertionId("ledger.txt@100")],
                IntervalRelation.Disjoint, 0.855, new ContradictionReason(null), "c1"),
        ],
    };

    private static Assertion Build(
        string id, string documentId, string publisher, int sentenceStart, string sentence, string phrase,
        decimal stated, Interval interval, Qualifier qualifier, DateOnly? asOf)
    {
        var offset = sentence.IndexOf(phrase, StringComparison.Ordinal);
        return new Assertion
        {
            Id = new AssertionId(id),
            DocumentId = new DocumentId(documentId),
            Collection = "default",
            Publisher = publisher,
            Quantity = new Quantity(EntityType.Number, new SourceSpan(sentenceStart + offset, phrase.Length), phrase, stated,
                interval, qualifier, null, 1000m),
            Sentence = new SourceSpan(sentenceStart, sentence.Length),
            SentenceText = sentence,
            Subject = new Subject("people", "people", "people"),
            Predicate = new Predicate("were evacuated", "evacuated", PredicateKind.Cumulative),
            AsOf = asOf,
        };
    }
}

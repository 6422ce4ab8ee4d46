using System.Diagnostics;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Benchmarks.Robustness;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Recognition.Dates;
using ConsistencyCheck.Recognition.Numbers;
using ConsistencyCheck.Recognition.Quantities;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Robustness;

/// <summary>
/// Cancellation inside one document: every stage that walks a text checks <see cref="RecognitionContext.CancellationToken"/>
/// (or its own token) as it goes, so a caller's cancellation stops even a huge document within milliseconds, and still
/// surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
/// <remarks>
/// The latency test does not race a timer against a finite workload: a <see cref="Tripwire"/> starts the cancellation
/// timer only once the huge document is being recognized, and an endless feed of articles follows it, so the run can
/// only end by cancellation, on any machine. The huge document takes seconds even on a fast machine, so a stage that
/// stopped polling would show as a latency of seconds.
/// </remarks>
public class InDocumentCancellationTests
{
    private static readonly string Article = ArticleGenerator.Build(0).Content;

    private static IEnumerable<TestCaseData> Stages()
    {
        var cancelled = new CancellationToken(canceled: true);
        var context = Robust.Context with { CancellationToken = cancelled };
        yield return Case("NumberRecognizer", () => new NumberRecognizer().Recognize(Article, context, new List<Mention>()));
        yield return Case("QuantityRecognizer", () => new QuantityRecognizer().Recognize(Article, context, new List<Mention>()));
        yield return Case("DateRecognizer", () => new DateRecognizer().Recognize(Article, context, new List<Mention>()));
        yield return Case("TextRecognizer", () => new TextRecognizer([new NumberRecognizer()]).Recognize(Article, context));
        yield return Case("ConsistencyPipeline.Recognize", () => Robust.Pipeline.Recognize(Article, context));
        yield return Case("ConsistencyPipeline.Extract", () => Robust.Pipeline.Extract(new Document(new DocumentId("a"), Article), cancelled));
        yield return Case("AssertionExtractor", () =>
        {
            var document = new Document(new DocumentId("a"), Article);
            new AssertionExtractor(ExtractionOptions.Default).Extract(document, Robust.Pipeline.Recognize(Article, Robust.Context), cancelled);
        });

        static TestCaseData Case(string stage, Action act) => new TestCaseData(act).SetArgDisplayNames(stage);
    }

    [TestCaseSource(nameof(Stages))]
    public void A_stage_given_a_cancelled_token_throws_OperationCanceledException(Action act) =>
        act.Should().Throw<OperationCanceledException>();

    [Test]
    public void An_uncancelled_token_changes_nothing()
    {
        using var live = new CancellationTokenSource();
        var context = Robust.Context with { CancellationToken = live.Token };

        Robust.Pipeline.Recognize(Article, context).Should().Equal(Robust.Pipeline.Recognize(Article, Robust.Context));
    }

    [Test]
    public async Task Cancelling_while_a_huge_document_is_recognized_stops_it_within_two_seconds()
    {
        // Sixteen million characters of figures: seconds of work for any machine, so the cancellation lands inside it.
        var huge = new Document(new DocumentId("huge.txt"), PathologicalInputs.Build("number-dense", 16 << 20));
        using var cancel = new CancellationTokenSource();
        long cancelledAt = 0;
        using var registration = cancel.Token.Register(() => Interlocked.Exchange(ref cancelledAt, Stopwatch.GetTimestamp()));
        var tripwire = new Tripwire(text => ReferenceEquals(text, huge.Text), () => cancel.CancelAfter(TimeSpan.FromMilliseconds(50)));
        var pipeline = new ConsistencyPipelineBuilder().AddRecognizer(tripwire).UseNumbers().UseQuantities().UseDates()
            .Configure(o => o with { MaxDegreeOfParallelism = 1, MaxDocumentTime = Timeout.InfiniteTimeSpan })
            .Build();

        var act = () => pipeline.CheckAsync(HugeThenEndless(huge), cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        SpinWait.SpinUntil(() => Interlocked.Read(ref cancelledAt) != 0, TimeSpan.FromSeconds(1));
        var latency = Stopwatch.GetElapsedTime(Interlocked.Read(ref cancelledAt));
        tripwire.Trips.Should().Be(1);
        latency.Should().BeLessThan(TimeSpan.FromSeconds(2), "the scanners check the token every few thousand characters");
        TestContext.Out.WriteLine($"stopped {latency.TotalMilliseconds:0.0} ms after cancellation");
    }

    [Test]
    public void Extract_stops_inside_a_huge_document_when_cancelled()
    {
        var huge = new Document(new DocumentId("huge.txt"), PathologicalInputs.Build("number-dense", 16 << 20));
        using var cancel = new CancellationTokenSource();
        long cancelledAt = 0;
        using var registration = cancel.Token.Register(() => Interlocked.Exchange(ref cancelledAt, Stopwatch.GetTimestamp()));
        var pipeline = new ConsistencyPipelineBuilder()
            .AddRecognizer(new Tripwire(_ => true, () => cancel.CancelAfter(TimeSpan.FromMilliseconds(50))))
            .UseNumbers().UseQuantities().UseDates()
            .Build();

        try
        {
            pipeline.Extract(huge, cancel.Token);
        }
        catch (OperationCanceledException)
        {
            // The token reads as cancelled before its callbacks run, so the scanner can stop before the timestamp is taken.
            SpinWait.SpinUntil(() => Interlocked.Read(ref cancelledAt) != 0, TimeSpan.FromSeconds(1));
            var latency = Stopwatch.GetElapsedTime(Interlocked.Read(ref cancelledAt));
            latency.Should().BeLessThan(TimeSpan.FromSeconds(2), "recognizing it all takes seconds; the token is checked as it goes");
            return;
        }

        // One document is a finite workload: a machine that reads it in 50 ms proves nothing either way, and does not fail.
        Assert.Inconclusive("The whole document was read before the cancellation came.");
    }

    /// <summary>The huge document, then articles without end: only cancellation ends a run over it.</summary>
    private static IEnumerable<Document> HugeThenEndless(Document huge)
    {
        yield return huge;
        foreach (var i in EndlessFeed.Indices())
        {
            var (name, content) = ArticleGenerator.Build(i);
            yield return new TextDocumentReader().Read(new DocumentId($"{i}-{name}"), name, content);
        }
    }
}

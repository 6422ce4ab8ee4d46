using System.Diagnostics;
using ConsistencyCheck.Benchmarks.Robustness;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Robustness;

/// <summary>
/// The time half of the per-document budget (<see cref="ConsistencyOptions.MaxDocumentTime"/>): a document that runs
/// over it is listed as not checked, with an error naming the limit, and the batch goes on.
/// </summary>
/// <remarks>
/// No test races a timer against a finite workload. The batch test runs on a <see cref="ManualClock"/> that a
/// <see cref="Tripwire"/> moves past the limit as the runaway document starts, so exactly that document runs over on
/// any machine. The real-clock test gives a document of millions of figures one millisecond and times the abandonment
/// from when the deadline's timer fired (a busy thread pool serves timers late); a machine fast enough to read the
/// document first would make the test inconclusive, never failed.
/// </remarks>
public class DocumentBudgetTests
{
    private const string RunawayName = "runaway.txt";

    private static Document Article(int index)
    {
        var (name, content) = ArticleGenerator.Build(index * 3);
        return new TextDocumentReader().Read(new DocumentId(name), name, content);
    }

    /// <summary>Figures and little else; built directly, as the language check would (rightly) not call it English.</summary>
    private static Document Runaway(int characters) =>
        new(new DocumentId(RunawayName), PathologicalInputs.Build("number-dense", characters)) { Source = RunawayName };

    [Test]
    public async Task A_document_over_its_time_budget_is_listed_as_not_checked_and_the_rest_of_the_batch_is_checked()
    {
        var clock = new ManualClock();
        var runaway = Runaway(1 << 20);
        var tripwire = new Tripwire(text => ReferenceEquals(text, runaway.Text), () => clock.Advance(TimeSpan.FromSeconds(31)));
        var pipeline = new ConsistencyPipelineBuilder().AddRecognizer(tripwire).UseNumbers().UseQuantities().UseDates()
            .UseTimeProvider(clock)
            .Configure(o => o with { MaxDegreeOfParallelism = 1 })
            .Build();
        var before = Article(1);
        var after = Article(2);
        var expected = await Robust.Build(1).CheckAsync([before, after]);

        var report = await pipeline.CheckAsync([before, runaway, after]);

        tripwire.Trips.Should().Be(1);
        report.Documents.Select(d => d.Id.Value).Should().BeEquivalentTo([before.Id.Value, RunawayName, after.Id.Value]);
        var listed = report.Documents.Single(d => d.Id.Value == RunawayName);
        listed.Diagnostics.Should().ContainSingle().Which.Should().Be(Diagnostic.Error(
            $"{RunawayName}: not checked: recognizing its {runaway.Text.Length:N0} characters took longer than the limit of 30 s (ConsistencyOptions.MaxDocumentTime)."));
        report.Assertions.Should().NotContain(a => a.DocumentId == runaway.Id);
        report.Assertions.Should().BeEquivalentTo(expected.Assertions, o => o.WithStrictOrdering(), "the other documents are checked as if the runaway were not there");
        report.Documents.Where(d => d.Id != runaway.Id).Should().OnlyContain(d => d.Diagnostics.IsEmpty);
        clock.ActiveTimers.Should().Be(0, "each document's deadline is disposed with it");
    }

    [Test]
    public async Task ExtractDocumentsAsync_lists_the_runaway_with_its_error_and_counts_it_as_not_checked()
    {
        var clock = new ManualClock();
        var runaway = Runaway(64 << 10);
        var meter = new ConsistencyMeter();
        var pipeline = new ConsistencyPipelineBuilder()
            .AddRecognizer(new Tripwire(text => ReferenceEquals(text, runaway.Text), () => clock.Advance(TimeSpan.FromMilliseconds(250))))
            .UseNumbers().UseDates().UseTimeProvider(clock).UseMeter(meter)
            .Configure(o => o with { MaxDegreeOfParallelism = 1, MaxDocumentTime = TimeSpan.FromMilliseconds(200) })
            .Build();

        var extracted = await pipeline.ExtractDocumentsAsync(ToAsync([Article(0), runaway])).ToListAsync();

        var abandoned = extracted.Single(e => e.Document.Id == runaway.Id);
        abandoned.Assertions.Should().BeEmpty();
        abandoned.Document.Diagnostics.Single().Message.Should().EndWith("took longer than the limit of 200 ms (ConsistencyOptions.MaxDocumentTime).");
        extracted.Single(e => e.Document.Id != runaway.Id).Assertions.Should().NotBeEmpty();
        (meter.Documents, meter.UnreadableDocuments).Should().Be((2, 1));
    }

    [Test]
    public async Task A_one_millisecond_budget_abandons_a_document_of_millions_of_figures_within_milliseconds_of_the_deadline()
    {
        // Sixteen million characters of figures take seconds on any machine; one millisecond is over long before the end.
        // The deadline is a thread-pool timer, which a busy pool can serve late; the test times from when it fired.
        var runaway = Runaway(16 << 20);
        long fired = 0;
        var pipeline = new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates()
            .UseTimeProvider(new TimerSpy(() => Interlocked.Exchange(ref fired, Stopwatch.GetTimestamp())))
            .Configure(o => o with { MaxDegreeOfParallelism = 1, MaxDocumentTime = TimeSpan.FromMilliseconds(1) })
            .Build();

        var started = Stopwatch.GetTimestamp();
        var report = await pipeline.CheckAsync([runaway]);
        var done = Stopwatch.GetTimestamp();

        if (report.Documents.Single().Diagnostics.IsEmpty)
        {
            // One document is a finite workload: a machine that reads it before the deadline fires proves nothing, and does not fail.
            Assert.Inconclusive("The whole document was read before the deadline fired.");
        }

        report.Documents.Single().Diagnostics.Single().Message.Should().Contain("took longer than the limit of 1 ms");
        report.Assertions.Should().BeEmpty();
        var latency = Stopwatch.GetElapsedTime(Interlocked.Read(ref fired), done);
        latency.Should().BeLessThan(TimeSpan.FromSeconds(2), "the deadline is checked every few thousand characters, not at the end");
        TestContext.Out.WriteLine($"{runaway.Text.Length:N0} characters: the 1 ms deadline fired after {Stopwatch.GetElapsedTime(started, fired).TotalMilliseconds:0} ms; " +
            $"abandoned {latency.TotalMilliseconds:0.0} ms later");
    }

    [Test]
    public async Task No_limit_checks_a_slow_document_to_the_end()
    {
        var clock = new ManualClock();
        var document = Article(4);
        var pipeline = new ConsistencyPipelineBuilder()
            .AddRecognizer(new Tripwire(_ => true, () => clock.Advance(TimeSpan.FromDays(400))))
            .UseNumbers().UseQuantities().UseDates().UseTimeProvider(clock)
            .Configure(o => o with { MaxDocumentTime = Timeout.InfiniteTimeSpan })
            .Build();

        var report = await pipeline.CheckAsync([document]);

        report.Documents.Single().Diagnostics.Should().BeEmpty();
        report.Assertions.Should().NotBeEmpty();
    }

    [Test]
    public async Task The_callers_cancellation_is_not_reported_as_a_budget_error()
    {
        using var cancel = new CancellationTokenSource();
        var document = Article(5);
        var pipeline = new ConsistencyPipelineBuilder()
            .AddRecognizer(new Tripwire(_ => true, cancel.Cancel))
            .UseNumbers().UseDates()
            .Build();

        var act = () => pipeline.CheckAsync([document], cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [TestCase(0)]
    [TestCase(-5)]
    [TestCase(60L * 24 * 3600 * 1000)]
    public void MaxDocumentTime_must_be_positive_and_within_a_timer_s_range(long milliseconds)
    {
        var act = () => new ConsistencyPipelineBuilder().UseNumbers()
            .Configure(o => o with { MaxDocumentTime = TimeSpan.FromMilliseconds(milliseconds) }).Build();

        act.Should().Throw<ArgumentException>().WithParameterName(nameof(ConsistencyOptions.MaxDocumentTime));
    }

    [Test]
    public void MaxDocumentTime_defaults_to_30_seconds_and_may_be_infinite()
    {
        ConsistencyOptions.Default.MaxDocumentTime.Should().Be(TimeSpan.FromSeconds(30));
        var act = () => new ConsistencyPipelineBuilder().UseNumbers()
            .Configure(o => o with { MaxDocumentTime = Timeout.InfiniteTimeSpan }).Build();
        act.Should().NotThrow();
    }

    private static async IAsyncEnumerable<Document> ToAsync(IEnumerable<Document> documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }

    /// <summary>The system clock, noting when a timer created on it fires.</summary>
    private sealed class TimerSpy(Action fired) : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            System.CreateTimer(s =>
            {
                fired();
                callback(s);
            }, state, dueTime, period);
    }
}

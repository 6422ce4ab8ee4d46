using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Consistency;

public class OrderedParallelTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(5)]
    public async Task Results_come_in_input_order_whatever_the_finishing_order(int degree)
    {
        var items = Enumerable.Range(0, 40).ToList();

        // Later items finish first: the output must still follow the input.
        var results = await OrderedParallel.MapAsync(items, (i, _) => { Thread.Sleep((40 - i) % 7); return i * 10; }, degree).ToListAsync();

        results.Should().Equal(items.Select(i => i * 10));
    }

    [Test]
    public void The_first_failure_surfaces_and_the_work_in_flight_ends_first()
    {
        var running = 0;
        var act = () => OrderedParallel.Map(Enumerable.Range(0, 50).ToList(), (i, token) =>
        {
            Interlocked.Increment(ref running);
            try
            {
                if (i == 3)
                {
                    throw new InvalidOperationException("boom");
                }

                Thread.Sleep(5);
                return i;
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }, 3).ToList();

        act.Should().Throw<InvalidOperationException>().WithMessage("boom");
        Volatile.Read(ref running).Should().Be(0, "no chunk outlives the enumeration");
    }

    [Test]
    public async Task A_caller_that_stops_early_cancels_what_is_queued()
    {
        var started = 0;
        await foreach (var result in OrderedParallel.MapAsync(Enumerable.Range(0, 1000).ToList(), (i, token) =>
        {
            Interlocked.Increment(ref started);
            token.ThrowIfCancellationRequested();
            return i;
        }, 2))
        {
            if (result == 1)
            {
                break;
            }
        }

        started.Should().BeLessThan(20, "at most twice the degree is in flight");
    }

    [Test]
    public async Task Cancellation_stops_the_map()
    {
        using var cancel = new CancellationTokenSource();
        var act = async () =>
        {
            await foreach (var result in OrderedParallel.MapAsync(Enumerable.Range(0, 100).ToList(), (i, token) => { token.ThrowIfCancellationRequested(); return i; }, 2, cancel.Token))
            {
                await cancel.CancelAsync();
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
    }
}

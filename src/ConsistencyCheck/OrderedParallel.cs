using System.Runtime.CompilerServices;

namespace ConsistencyCheck;

/// <summary>
/// The one "in parallel, output in order" of the pipeline: maps consecutive chunks of work on up to a given number of
/// threads and hands the results back in chunk order, while the caller handles one result the next ones are worked on.
/// At most the degree of chunks is worked on at once and at most twice that many are in flight (worked on or waiting
/// for the caller), so memory stays bounded whatever the number of chunks.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>
    /// Maps each of <paramref name="chunks"/> with <paramref name="map"/> on up to <paramref name="degree"/> threads and
    /// yields the results in the order of <paramref name="chunks"/>. When the caller stops early or a map fails, the
    /// chunks in flight are cancelled and awaited before the enumeration ends; the first failure is thrown.
    /// </summary>
    /// <param name="chunks">The work, in output order.</param>
    /// <param name="map">Maps one chunk; called on pool threads, concurrently for different chunks.</param>
    /// <param name="degree">Most chunks worked on at once; at least 1.</param>
    /// <param name="cancellationToken">Cancels the work; <paramref name="map"/> gets a token linked to it.</param>
    public static async IAsyncEnumerable<TOut> MapAsync<TIn, TOut>(
        IReadOnlyList<TIn> chunks,
        Func<TIn, CancellationToken, TOut> map,
        int degree,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        degree = Math.Max(1, degree);
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, degree).ConcurrentScheduler;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = new Queue<Task<TOut>>();
        var next = 0;
        try
        {
            while (next < chunks.Count && pending.Count < 2 * degree)
            {
                pending.Enqueue(Start(chunks[next++]));
            }

            while (pending.TryDequeue(out var task))
            {
                var result = await task.ConfigureAwait(false);
                if (next < chunks.Count)
                {
                    pending.Enqueue(Start(chunks[next++]));
                }

                yield return result;
            }
        }
        finally
        {
            // Stopped early (the caller, a failure or cancellation): let the chunks in flight end first.
            if (pending.Count > 0)
            {
                await stop.CancelAsync().ConfigureAwait(false);
                foreach (var task in pending)
                {
                    await task.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
                }
            }
        }

        Task<TOut> Start(TIn chunk) =>
            Task.Factory.StartNew(() => map(chunk, stop.Token), stop.Token, TaskCreationOptions.None, scheduler);
    }

    /// <summary>As <see cref="MapAsync"/>, for a synchronous caller (the enumeration blocks while the next result is worked on).</summary>
    public static IEnumerable<TOut> Map<TIn, TOut>(IReadOnlyList<TIn> chunks, Func<TIn, CancellationToken, TOut> map, int degree, CancellationToken cancellationToken = default) =>
        MapAsync(chunks, map, degree, cancellationToken).ToBlockingEnumerable(cancellationToken);
}

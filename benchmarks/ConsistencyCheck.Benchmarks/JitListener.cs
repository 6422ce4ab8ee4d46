using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace ConsistencyCheck.Benchmarks;

/// <summary>
/// Listens, in process, to the runtime's JIT events and adds up the time each method took to compile (from
/// <c>MethodJittingStarted</c> to <c>MethodLoadVerbose</c> on the same thread), so that <c>stages --jit</c> can name
/// the methods whose compilation costs the most. Listening slows the run a little; use it for the names, not for
/// timings.
/// </summary>
public sealed class JitListener : EventListener
{
    private const EventKeywords JitKeyword = (EventKeywords)0x10;

    private readonly ConcurrentDictionary<ulong, (string Name, DateTime Started)> _started = new();
    private readonly ConcurrentDictionary<string, (int Count, double Milliseconds)> _totals = new(StringComparer.Ordinal);

    /// <summary>The methods by total compile time, longest first: name, times compiled, milliseconds.</summary>
    public IEnumerable<(string Method, int Count, double Milliseconds)> Slowest(int count) =>
        _totals.OrderByDescending(t => t.Value.Milliseconds).Take(count).Select(t => (t.Key, t.Value.Count, t.Value.Milliseconds));

    /// <summary>Total compile time seen, in milliseconds.</summary>
    public double TotalMilliseconds => _totals.Values.Sum(t => t.Milliseconds);

    /// <inheritdoc/>
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        ArgumentNullException.ThrowIfNull(eventSource);
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, JitKeyword);
        }
    }

    /// <inheritdoc/>
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.EventName is null || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        if (eventData.EventName.StartsWith("MethodJittingStarted", StringComparison.Ordinal))
        {
            var name = $"{Payload(eventData, "MethodNamespace")}.{Payload(eventData, "MethodName")}";
            _started[(ulong)eventData.OSThreadId] = (name, eventData.TimeStamp);
        }
        else if (eventData.EventName.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) &&
            _started.TryRemove((ulong)eventData.OSThreadId, out var started))
        {
            var milliseconds = (eventData.TimeStamp - started.Started).TotalMilliseconds;
            var tier = Payload(eventData, "OptimizationTier");
            _totals.AddOrUpdate($"{started.Name} [{tier}]", (1, milliseconds), (_, t) => (t.Count + 1, t.Milliseconds + milliseconds));
        }
    }

    private static string Payload(EventWrittenEventArgs e, string name)
    {
        var index = e.PayloadNames!.IndexOf(name);
        return index < 0 ? "?" : Convert.ToString(e.Payload![index], System.Globalization.CultureInfo.InvariantCulture) ?? "?";
    }
}

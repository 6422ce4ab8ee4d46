namespace ConsistencyCheck.Tests.Robustness;

/// <summary>
/// A clock that moves only when a test calls <see cref="Advance"/>: timers created on it fire then, synchronously on the
/// caller's thread, and never on their own. It makes a time budget run out at a chosen moment on any machine.
/// </summary>
internal sealed class ManualClock : TimeProvider
{
    private static readonly DateTimeOffset Start = new(2024, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private readonly Lock _lock = new();
    private readonly List<ManualTimer> _timers = [];
    private TimeSpan _elapsed;

    /// <summary>Timers created and not yet disposed.</summary>
    public int ActiveTimers
    {
        get
        {
            lock (_lock)
            {
                return _timers.Count;
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return Start + _elapsed;
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        lock (_lock)
        {
            return _elapsed.Ticks;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        lock (_lock)
        {
            _timers.Add(timer);
        }

        return timer;
    }

    /// <summary>Moves the clock on by <paramref name="by"/> and fires every timer that falls due (periodic ones as often as they do).</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        List<ManualTimer> due;
        lock (_lock)
        {
            _elapsed += by;
            due = [.. _timers.Where(t => t.Due is { } at && at <= _elapsed)];
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        /// <summary>When it fires next, on the clock's scale; null when it is stopped.</summary>
        public TimeSpan? Due { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._lock)
            {
                Due = dueTime == Timeout.InfiniteTimeSpan ? null : clock._elapsed + dueTime;
                _period = period;
            }

            return true;
        }

        public void Fire()
        {
            while (true)
            {
                lock (clock._lock)
                {
                    if (Due is not { } at || at > clock._elapsed)
                    {
                        return;
                    }

                    Due = _period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero ? null : at + _period;
                }

                callback(state);
            }
        }

        public void Dispose()
        {
            lock (clock._lock)
            {
                Due = null;
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

namespace ConsistencyCheck.Tests.Robustness;

/// <summary>A clock whose timers, once <see cref="Expired"/> is set, fire as they are created: every budget is spent at once.</summary>
internal sealed class ExpiringClock : TimeProvider
{
    public bool Expired { get; set; }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (!Expired)
        {
            return System.CreateTimer(callback, state, dueTime, period);
        }

        callback(state);
        return System.CreateTimer(static _ => { }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }
}

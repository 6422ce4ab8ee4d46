namespace ConsistencyCheck.Comparison;

/// <summary>Whether a change over time is expected of what is counted, from the kind of its predicate and the direction.</summary>
public enum ChangePlausibility
{
    /// <summary>Nothing is known of how the quantity moves (or a running total's direction is unclear): no remark.</summary>
    NotJudged,

    /// <summary>A running total ("the death toll") that grew: plausible.</summary>
    RunningTotalGrew,

    /// <summary>A running total that shrank: it should not, worth a look.</summary>
    RunningTotalShrank,

    /// <summary>A level ("remain", "are held") that can rise or fall: plausible either way.</summary>
    LevelMoved,
}

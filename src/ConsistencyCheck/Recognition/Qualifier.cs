namespace ConsistencyCheck.Recognition;

/// <summary>
/// The hedge or bound a phrase puts on its figure. Each maps to an interval; docs/semantics.md
/// gives the reading of every phrase.
/// </summary>
public enum Qualifier
{
    /// <summary>No hedge: "41". The interval is the figure itself; its implied rounding is carried by <see cref="Quantity.Precision"/> and read when figures are compared.</summary>
    Exact,

    /// <summary>"about", "around", "some", "roughly", "approximately", "an estimated": either side of the figure.</summary>
    Approximate,

    /// <summary>"nearly", "almost", "just under": at or a little below the figure.</summary>
    Nearly,

    /// <summary>"at least", "no fewer than", "a minimum of": the figure or more.</summary>
    AtLeast,

    /// <summary>"more than", "over", "upwards of", "just over", "well over": strictly more than the figure.</summary>
    MoreThan,

    /// <summary>"at most", "no more than", "a maximum of": the figure or less.</summary>
    AtMost,

    /// <summary>"fewer than", "less than", "under", "below": strictly less than the figure.</summary>
    LessThan,

    /// <summary>"up to": any amount up to and including the figure.</summary>
    UpTo,

    /// <summary>"20 to 30", "between 20 and 30", "20-30": both bounds stated.</summary>
    Range,

    /// <summary>"dozens", "hundreds", "a few", "several": no figure, a documented conventional interval.</summary>
    Vague,
}

namespace ConsistencyCheck.Comparison;

/// <summary>How the interval of one figure relates to the interval of another (from the first to the second).</summary>
public enum IntervalRelation
{
    /// <summary>The same values.</summary>
    Equal,

    /// <summary>The first lies inside the second.</summary>
    Within,

    /// <summary>The first contains the second.</summary>
    Contains,

    /// <summary>They share some values but neither contains the other.</summary>
    Overlaps,

    /// <summary>They share no value.</summary>
    Disjoint,
}

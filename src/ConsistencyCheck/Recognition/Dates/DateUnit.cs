namespace ConsistencyCheck.Recognition.Dates;

/// <summary>A unit of time named by a word ("days", "fortnight", "quarter").</summary>
internal enum DateUnit : byte
{
    /// <summary>Not a unit.</summary>
    None,

    /// <summary>Second.</summary>
    Second,

    /// <summary>Minute.</summary>
    Minute,

    /// <summary>Hour.</summary>
    Hour,

    /// <summary>Day (also "night" in durations).</summary>
    Day,

    /// <summary>Week.</summary>
    Week,

    /// <summary>Two weeks.</summary>
    Fortnight,

    /// <summary>Month.</summary>
    Month,

    /// <summary>Three months, aligned to January, April, July, October.</summary>
    Quarter,

    /// <summary>Year.</summary>
    Year,

    /// <summary>Ten years, aligned to years ending in 0.</summary>
    Decade,

    /// <summary>A hundred years.</summary>
    Century,

    /// <summary>Saturday and Sunday.</summary>
    Weekend,
}

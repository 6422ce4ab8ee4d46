namespace ConsistencyCheck.Recognition.Dates;

/// <summary>The calendar unit a parsed date stands for; it fixes the ISO form of its value.</summary>
internal enum DateGrain : byte
{
    /// <summary>One day: "2024-03-14".</summary>
    Day,

    /// <summary>A Monday-to-Sunday week: "2024-W11".</summary>
    Week,

    /// <summary>Saturday and Sunday: "2024-W11-WE".</summary>
    Weekend,

    /// <summary>A month: "2024-03".</summary>
    Month,

    /// <summary>A quarter: "2024-Q1".</summary>
    Quarter,

    /// <summary>A half year: "2024-H2".</summary>
    Half,

    /// <summary>A meteorological season: "2023-SU".</summary>
    Season,

    /// <summary>A year: "2024".</summary>
    Year,

    /// <summary>A decade: "199" (ISO 8601 reduced precision).</summary>
    Decade,

    /// <summary>A century: "19" (ISO 8601 reduced precision; the 20th century is 1900 to 1999).</summary>
    Century,

    /// <summary>Any other stretch of days: "2024-02-01/2024-02-14".</summary>
    Span,
}

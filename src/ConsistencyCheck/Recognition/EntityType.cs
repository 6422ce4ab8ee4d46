namespace ConsistencyCheck.Recognition;

/// <summary>What kind of entity a recognizer found. The lower-case name is what <c>recognize</c> prints.</summary>
public enum EntityType
{
    /// <summary>A cardinal number or count: "41", "Forty-one", "1.2 million", "dozens".</summary>
    Number,

    /// <summary>An ordinal: "20th", "twenty-first", "the second".</summary>
    Ordinal,

    /// <summary>A percentage: "60%", "19 per cent". Values are in percent (60, not 0.6).</summary>
    Percentage,

    /// <summary>An amount of money: "$640 million", "£2bln", "40 euros".</summary>
    Currency,

    /// <summary>A length, weight, area, volume, speed or other dimension: "140 km", "3 tonnes".</summary>
    Dimension,

    /// <summary>An age: "a 34-year-old", "aged 61".</summary>
    Age,

    /// <summary>A temperature: "40C", "minus 5 degrees".</summary>
    Temperature,

    /// <summary>A range or bound between numbers: "between 20 and 30", "20-30".</summary>
    NumberRange,

    /// <summary>A calendar date: "14 Feb 2024", "yesterday".</summary>
    Date,

    /// <summary>A span of dates: "March 2023", "from March to May", "last week".</summary>
    DateRange,

    /// <summary>A date with a time of day: "14 Feb 2024 21:15".</summary>
    DateTime,

    /// <summary>A time of day: "21:15", "6 p.m.".</summary>
    Time,

    /// <summary>A length of time: "18 months", "a decade".</summary>
    Duration,

    /// <summary>A recurrence: "every week", "daily".</summary>
    Set,

    /// <summary>A number that names rather than counts: "Route 66", "Article 5", "COVID-19", a phone number, a score.</summary>
    Identifier,
}

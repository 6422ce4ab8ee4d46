namespace ConsistencyCheck.Recognition.Numbers;

/// <summary>What a scanned figure turned out to be.</summary>
internal enum FigureKind
{
    /// <summary>A cardinal amount, digits or words: "3,400", "twenty-one thousand", "1.2 million".</summary>
    Cardinal,

    /// <summary>A fraction or ratio: "two-thirds", "3/4", "one in five". Its value is the quotient.</summary>
    Fraction,

    /// <summary>An ordinal: "20th", "twenty-first".</summary>
    Ordinal,

    /// <summary>A vague amount: "dozens", "a few", "tens of thousands"; Low and High hold its reading.</summary>
    Vague,

    /// <summary>A number that names: "Route 66", "G7", "COVID-19", a phone number, a score.</summary>
    Identifier,

    /// <summary>Part of a date or time ("in 2016", "19:46", "7 a.m.", "May 4"): left to the date recognizer.</summary>
    Calendar,
}

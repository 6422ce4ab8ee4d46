namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// A named day: its words ("new", "year", "day"; apostrophes and possessive "s" are ignored when matching) and
/// the rule giving its date in a year.
/// </summary>
/// <param name="Words">The lower-case words of the name.</param>
/// <param name="InYear">The date of the holiday in a given year, or null when that year is out of range.</param>
internal sealed record Holiday(string[] Words, Func<int, DateOnly?> InYear);

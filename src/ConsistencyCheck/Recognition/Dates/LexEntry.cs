namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// What a date word can mean. A word may play several parts ("may" is a month; "second" is an ordinal and a
/// unit; "some" is a hedge and a vague amount); the grammar picks the part its context calls for.
/// </summary>
/// <param name="Word">The function word it is, or <see cref="DateWord.None"/>.</param>
/// <param name="Unit">The unit of time it names, or <see cref="DateUnit.None"/>.</param>
/// <param name="Plural">True for the plural spelling of a unit ("days").</param>
/// <param name="Month">1 to 12 for a month name or abbreviation, else 0.</param>
/// <param name="Weekday">1 (Monday) to 7 (Sunday) for a weekday name or abbreviation, else 0.</param>
/// <param name="Cardinal">The value of a number word ("twenty" 20, "few" 3), else -1.</param>
/// <param name="Ordinal">The value of an ordinal word ("third" 3), else 0.</param>
/// <param name="Season">1 spring, 2 summer, 3 autumn, 4 winter, else 0.</param>
/// <param name="Decade">2 to 9 for "twenties" to "nineties", else 0.</param>
/// <param name="HolidayStart">True when a holiday name starts with this word ("christmas", "black", "new").</param>
internal readonly record struct LexEntry(
    DateWord Word,
    DateUnit Unit,
    bool Plural,
    byte Month,
    byte Weekday,
    short Cardinal,
    byte Ordinal,
    byte Season,
    byte Decade = 0,
    bool HolidayStart = false);

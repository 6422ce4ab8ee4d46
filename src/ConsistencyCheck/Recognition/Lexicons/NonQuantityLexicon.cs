namespace ConsistencyCheck.Recognition.Lexicons;

/// <summary>Words that make the number next to them a name, a date or a pronoun rather than a count.</summary>
internal static class NonQuantityLexicon
{
    /// <summary>Title-case heads of numbered names: "Route 66", "Article 5", "Flight 370", "Apollo 11", "Boeing 737".</summary>
    public static readonly WordSet NameHeads = new(
    [
        "Route", "Article", "Articles", "Flight", "Apollo", "Boeing", "Airbus", "Chapter", "Section", "Room", "Gate", "Platform",
        "Highway", "Interstate", "Level", "Phase", "Season", "Episode", "Volume", "Vol", "Page", "Act", "Title", "Rule", "Resolution",
        "Amendment", "Proposition", "Prop", "Windows", "iPhone", "Galaxy", "Category", "Grade", "Division", "Pier", "Terminal",
        "Unit", "Block", "Lot", "Figure", "Fig", "Table", "Item", "Clause", "Paragraph", "Bill", "Ward", "District", "Precinct",
        "Zone", "Sector", "Line", "Channel", "Studio", "Track", "Exit", "Junction", "Apartment", "Suite", "Floor", "Bus", "Runway",
        "Pillar", "Stage", "Part", "Book", "Psalm", "Symphony", "Opus", "Op", "Bowl", "Formula", "Mark", "Model", "Version", "Xbox",
        "PlayStation", "Camp", "Hangar", "Sputnik", "Gemini", "Soyuz", "Voyager", "Pioneer", "Mariner", "Artemis", "Falcon", "MiG",
        "Building", "Hall", "Protocol", "Goal", "Day", "Week", "Round", "Game", "Match", "Heat", "Leg", "Number", "Nos", "No",
        "Region", "Ligue", "Serie", "League", "Tier", "Pixel", "Lane", "Wave", "Jet", "Car", "Cat",
    ]);

    /// <summary>Month names and abbreviations, title case: "May 4", "4 March", "October 2023".</summary>
    public static readonly WordSet Months = new(
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
    ]);

    /// <summary>Lower-case words after which a year-shaped number (1900–2100) is a year: "in 2016", "since 1990".</summary>
    public static readonly WordSet YearLeads = new(
    [
        "in", "since", "until", "till", "before", "after", "during", "year", "circa", "fiscal", "spring", "summer", "autumn",
        "winter", "throughout", "early", "mid", "late",
    ]);

    /// <summary>Weaker year leads, trusted only for years that are not round hundreds: "of 2016", "by 2030", "the 2016 election".</summary>
    public static readonly WordSet WeakYearLeads = new(
    [
        "of", "by", "the", "from", "through", "into", "between",
    ]);

    /// <summary>Lower-case words before "one" that make it a pronoun: "the one", "no one", "which one".</summary>
    public static readonly WordSet PronounOneLeads = new(
    [
        "the", "this", "that", "which", "no", "every", "any", "each", "another", "little", "big", "new", "old", "right",
        "wrong", "last", "first", "next", "same", "loved", "special", "chosen", "someone", "anyone", "everyone", "other",
    ]);

    /// <summary>Lower-case words after "one" that make it a pronoun: "one of", "one another", "one who".</summary>
    public static readonly WordSet PronounOneFollowers = new(
    [
        "of", "another", "who", "whom", "whose", "day", "thing", "way", "hand", "side", "point", "would", "could", "should",
        "will", "can", "must", "might", "may", "where", "which",
    ]);

    /// <summary>Lower-case words before "one" that bound it, so it stays a count at the end of a phrase: "at least one,".</summary>
    public static readonly WordSet BoundWords = new(["least", "most", "than", "only", "exactly", "just", "over", "under"]);

    /// <summary>Weekday names, title case: not name heads ("Tuesday 12" is a date).</summary>
    public static readonly WordSet Weekdays = new(
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur",
        "Thurs", "Fri", "Sat", "Sun",
    ]);
}

using System.Collections.Frozen;

namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// The English date words: months and their abbreviations, weekdays, number words up to the hundreds,
/// ordinals up to "thirty-first" (compounds are "twenty" + "first"), units, seasons and function words.
/// Looked up case-insensitively; on .NET 9 and later by span, without allocating.
/// </summary>
internal static class DateLexicon
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] WeekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static readonly string[] Units =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] Ordinals =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
         "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];

    private static readonly LexEntry[] EntryTable;

    /// <summary>The longest word in the lexicon; longer words are not looked up.</summary>
    private static readonly int MaxWordLength;
    private static readonly FrozenDictionary<string, short> Index;

    /// <summary>
    /// For each (first letter, last letter) pair of ASCII letters, a bit per word length present in the lexicon:
    /// most ordinary words are turned away by one table read, before any hashing.
    /// </summary>
    private static readonly ulong[] LengthMasks = new ulong[26 * 26];

    /// <summary>The holidays a lexicon entry starts, by entry index (null for most entries).</summary>
    private static readonly Holiday[]?[] HolidayTable;
#if NET9_0_OR_GREATER
    private static readonly FrozenDictionary<string, short>.AlternateLookup<ReadOnlySpan<char>> SpanIndex;
#endif

    static DateLexicon()
    {
        var entries = new Dictionary<string, LexEntry>(StringComparer.OrdinalIgnoreCase);
        void Set(string word, Func<LexEntry, LexEntry> change) =>
            entries[word] = change(entries.TryGetValue(word, out var e) ? e : new LexEntry(DateWord.None, DateUnit.None, false, 0, 0, -1, 0, 0));

        for (var m = 0; m < 12; m++)
        {
            var month = (byte)(m + 1);
            Set(MonthNames[m], e => e with { Month = month });
            Set(MonthNames[m][..3], e => e with { Month = month });
        }

        Set("sept", e => e with { Month = 9 });
        for (var d = 0; d < 7; d++)
        {
            var day = (byte)(d + 1);
            Set(WeekdayNames[d], e => e with { Weekday = day });
            Set(WeekdayNames[d][..3], e => e with { Weekday = day });
        }

        foreach (var (abbr, day) in new[] { ("tues", 2), ("weds", 3), ("thur", 4), ("thurs", 4), ("thu", 4) })
        {
            Set(abbr, e => e with { Weekday = (byte)day });
        }

        for (var n = 0; n < Units.Length; n++)
        {
            var value = (short)n;
            Set(Units[n], e => e with { Cardinal = value });
        }

        for (var t = 0; t < Tens.Length; t++)
        {
            var value = (short)((t + 2) * 10);
            Set(Tens[t], e => e with { Cardinal = value });
            var ordinal = (byte)value;
            Set(Tens[t][..^1] + "ieth", e => e with { Ordinal = ordinal });
            var decade = (byte)(t + 2);
            Set(Tens[t][..^1] + "ies", e => e with { Decade = decade });
        }

        Set("hundred", e => e with { Cardinal = 100 });
        Set("thousand", e => e with { Cardinal = 1000 });
        Set("couple", e => e with { Cardinal = 2 });
        Set("few", e => e with { Cardinal = 3 });
        Set("several", e => e with { Cardinal = 3 });
        for (var n = 0; n < Ordinals.Length; n++)
        {
            var value = (byte)(n + 1);
            Set(Ordinals[n], e => e with { Ordinal = value });
        }

        AddUnits(Set);
        AddWords(Set);
        foreach (var (word, season) in new[] { ("spring", 1), ("summer", 2), ("autumn", 3), ("fall", 3), ("winter", 4) })
        {
            Set(word, e => e with { Season = (byte)season });
        }

        foreach (var first in HolidayCalendar.ByFirstWord.Keys)
        {
            Set(first, e => e with { HolidayStart = true });
        }

        var keys = entries.Keys.ToArray();
        EntryTable = new LexEntry[keys.Length];
        var index = new Dictionary<string, short>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < keys.Length; i++)
        {
            EntryTable[i] = entries[keys[i]];
            index[keys[i]] = (short)i;
        }

        MaxWordLength = keys.Max(k => k.Length);
        HolidayTable = new Holiday[]?[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            LengthMasks[((key[0] | 0x20) - 'a') * 26 + (key[^1] | 0x20) - 'a'] |= 1UL << key.Length;
            HolidayTable[i] = HolidayCalendar.ByFirstWord.TryGetValue(key, out var holidays) ? holidays : null;
        }

        Index = index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
#if NET9_0_OR_GREATER
        SpanIndex = Index.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }


    /// <summary>The entry at <paramref name="index"/> (as returned by <see cref="Find"/>).</summary>
    public static ref readonly LexEntry Entry(int index) => ref EntryTable[index];

    /// <summary>The holidays whose name starts with the word of entry <paramref name="index"/>, or null.</summary>
    public static Holiday[]? HolidaysOf(int index) => HolidayTable[index];

    /// <summary>The index of <paramref name="word"/>'s entry, or -1 when it is not a date word.</summary>
    public static short Find(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength || word.IsEmpty)
        {
            return -1;
        }

        // Every key is lower-case ASCII. A word whose first and last characters are ASCII is only hashed when some key
        // shares both letters and the length; anything else non-ASCII goes to the dictionary, which decides case folding.
        var first = word[0];
        var last = word[^1];
        if (char.IsAsciiLetter(first) && char.IsAsciiLetter(last))
        {
            if ((LengthMasks[((first | 0x20) - 'a') * 26 + (last | 0x20) - 'a'] & (1UL << word.Length)) == 0)
            {
                return -1;
            }
        }
        else if (first < 128 && last < 128)
        {
            return -1;
        }
#if NET9_0_OR_GREATER
        return SpanIndex.TryGetValue(word, out var found) ? found : (short)-1;
#else
        return Index.TryGetValue(word.ToString(), out var found) ? found : (short)-1;
#endif
    }

    private static void AddUnits(Action<string, Func<LexEntry, LexEntry>> set)
    {
        (string Singular, string Plural, DateUnit Unit)[] units =
        [
            ("second", "seconds", DateUnit.Second), ("sec", "secs", DateUnit.Second),
            ("minute", "minutes", DateUnit.Minute), ("min", "mins", DateUnit.Minute),
            ("hour", "hours", DateUnit.Hour), ("hr", "hrs", DateUnit.Hour),
            ("day", "days", DateUnit.Day), ("night", "nights", DateUnit.Day),
            ("week", "weeks", DateUnit.Week), ("wk", "wks", DateUnit.Week),
            ("fortnight", "fortnights", DateUnit.Fortnight),
            ("month", "months", DateUnit.Month), ("mo", "mos", DateUnit.Month),
            ("quarter", "quarters", DateUnit.Quarter),
            ("year", "years", DateUnit.Year), ("yr", "yrs", DateUnit.Year),
            ("decade", "decades", DateUnit.Decade),
            ("century", "centuries", DateUnit.Century),
            ("weekend", "weekends", DateUnit.Weekend),
        ];
        foreach (var (singular, plural, unit) in units)
        {
            set(singular, e => e with { Unit = unit });
            set(plural, e => e with { Unit = unit, Plural = true });
        }

        // Single letters only count as units when glued to a number ("3h", "10D", "2W", "3Y").
        foreach (var (letter, unit) in new[] { ("h", DateUnit.Hour), ("d", DateUnit.Day), ("w", DateUnit.Week), ("y", DateUnit.Year) })
        {
            set(letter, e => e with { Unit = unit });
        }
    }

    private static void AddWords(Action<string, Func<LexEntry, LexEntry>> set)
    {
        (string Word, DateWord Meaning)[] words =
        [
            ("a", DateWord.A), ("an", DateWord.A), ("the", DateWord.The), ("in", DateWord.In), ("on", DateWord.On),
            ("at", DateWord.At), ("of", DateWord.Of), ("from", DateWord.From), ("to", DateWord.To),
            ("till", DateWord.Till), ("until", DateWord.Till), ("til", DateWord.Till), ("through", DateWord.Through),
            ("thru", DateWord.Through), ("between", DateWord.Between), ("and", DateWord.And), ("or", DateWord.Or),
            ("since", DateWord.Since), ("before", DateWord.Before), ("after", DateWord.After), ("by", DateWord.By),
            ("during", DateWord.During), ("for", DateWord.For), ("over", DateWord.Over), ("within", DateWord.Within),
            ("ago", DateWord.Ago), ("later", DateWord.Later), ("earlier", DateWord.Earlier), ("last", DateWord.Last),
            ("next", DateWord.Next), ("this", DateWord.This), ("previous", DateWord.Previous), ("prior", DateWord.Previous),
            ("past", DateWord.Past), ("coming", DateWord.Coming), ("following", DateWord.Following),
            ("current", DateWord.Current), ("today", DateWord.Today), ("tomorrow", DateWord.Tomorrow),
            ("tmrw", DateWord.Tomorrow), ("yesterday", DateWord.Yesterday), ("early", DateWord.Early),
            ("mid", DateWord.Mid), ("middle", DateWord.Middle), ("late", DateWord.Late), ("beginning", DateWord.Beginning),
            ("start", DateWord.Beginning), ("end", DateWord.End), ("now", DateWord.Now), ("every", DateWord.Every),
            ("each", DateWord.Each), ("hourly", DateWord.Hourly), ("daily", DateWord.Daily), ("weekly", DateWord.Weekly),
            ("monthly", DateWord.Monthly), ("yearly", DateWord.Yearly), ("annually", DateWord.Yearly),
            ("once", DateWord.Once), ("twice", DateWord.Twice), ("per", DateWord.Per), ("half", DateWord.Half),
            ("am", DateWord.Am), ("pm", DateWord.Pm), ("noon", DateWord.Noon), ("midday", DateWord.Noon),
            ("midnight", DateWord.Midnight), ("than", DateWord.Than), ("least", DateWord.Least),
            ("calendar", DateWord.Calendar), ("fiscal", DateWord.Fiscal), ("same", DateWord.Same),
            ("starting", DateWord.Starting), ("beginning", DateWord.Beginning), ("commencing", DateWord.Starting),
            ("date", DateWord.Date), ("no", DateWord.No), ("all", DateWord.All), ("another", DateWord.Another),
            ("upcoming", DateWord.Upcoming), ("hence", DateWord.Hence), ("remaining", DateWord.Remaining),
            ("rest", DateWord.Remaining), ("greater", DateWord.Greater), ("not", DateWord.Not),
            ("about", DateWord.About), ("around", DateWord.About), ("approximately", DateWord.About),
            ("roughly", DateWord.About), ("some", DateWord.About), ("almost", DateWord.Nearly),
            ("nearly", DateWord.Nearly), ("more", DateWord.More), ("less", DateWord.Less), ("fewer", DateWord.Less),
            ("under", DateWord.Under), ("q", DateWord.LetterQ), ("h", DateWord.LetterH), ("s", DateWord.LetterS),
            ("st", DateWord.OrdinalSuffix), ("nd", DateWord.OrdinalSuffix), ("rd", DateWord.OrdinalSuffix),
            ("th", DateWord.OrdinalSuffix), ("p", DateWord.LetterP), ("m", DateWord.LetterM), ("cy", DateWord.Cy),
            ("fy", DateWord.Fy), ("sy", DateWord.Fy), ("school", DateWord.Fiscal), ("academic", DateWord.Fiscal),
            ("business", DateWord.Business), ("working", DateWord.Business), ("work", DateWord.Business),
            ("workweek", DateWord.Business),
        ];
        foreach (var (word, meaning) in words)
        {
            set(word, e => e with { Word = meaning });
        }

        set("some", e => e with { Cardinal = 3 });
        set("workweek", e => e with { Unit = DateUnit.Week });
    }
}

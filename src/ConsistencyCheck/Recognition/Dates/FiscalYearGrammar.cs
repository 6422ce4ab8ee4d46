namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// Years on a calendar the text does not give: "fiscal year 2008", "FY2019", "fiscal 2019", "last fiscal year",
/// "this school year", "sy18". They are claimed (so "2008" is not read as the calendar year) but left
/// unresolved: the value, start and end are null, because an organisation's fiscal year may start in any month.
/// </summary>
internal static class FiscalYearGrammar
{
    /// <summary>Reads a fiscal or school year at <paramref name="i"/>.</summary>
    public static bool TryParse(DateScanner s, int i, out DateValue value, out int next)
    {
        value = DateValue.Unresolved(DateGrain.Year);
        next = i;
        var j = RelativeDateGrammar.Shift(s, i, out var afterShift) is not null && !s.Is(i, DateWord.The) ? afterShift : i;
        if (s.Is(j, DateWord.Fy))
        {
            // "FY2019", "fy 2008", "sy18".
            var k = s.Skip(j + 1, '-');
            if (s.IsNumber(k, 4) || s.IsNumber(k, 2))
            {
                next = k + 1;
                return true;
            }

            return false;
        }

        if (!s.Is(j, DateWord.Fiscal))
        {
            return false;
        }

        if (s.Unit(j + 1) == DateUnit.Year && !s.Lex(j + 1).Plural)
        {
            next = s.IsNumber(j + 2, 4) || s.IsNumber(j + 2, 2) ? j + 3 : j + 2;
            return true;
        }

        if (s.IsNumber(j + 1, 4) && s.TextOf(j).Equals("fiscal", StringComparison.OrdinalIgnoreCase))
        {
            // "fiscal 2019".
            next = j + 2;
            return true;
        }

        return false;
    }
}

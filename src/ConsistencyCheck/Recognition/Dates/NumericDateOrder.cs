namespace ConsistencyCheck.Recognition.Dates;

/// <summary>How an all-numeric date such as 02/03/2024 is read when both first parts could be the month.</summary>
public enum NumericDateOrder
{
    /// <summary>Month first, the US order: 02/03/2024 is February 3. The default.</summary>
    MonthFirst,

    /// <summary>Day first, the British and European order: 02/03/2024 is 2 March.</summary>
    DayFirst,
}

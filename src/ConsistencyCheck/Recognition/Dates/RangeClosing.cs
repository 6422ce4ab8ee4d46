namespace ConsistencyCheck.Recognition.Dates;

/// <summary>Where a range written with two ends ("from March to May", "between 2019 and 2021") stops.</summary>
public enum RangeClosing
{
    /// <summary>
    /// Through the closing expression: "from March to May" covers March, April and May (End is June 1). The default,
    /// because news ranges name their last period inclusively.
    /// </summary>
    Through,

    /// <summary>
    /// At the start of the closing expression: "from March to May" ends on May 1, "between 2019 and 2021" on
    /// 2021-01-01. This is the Recognizers-Text reading, used to compare against its test suite.
    /// </summary>
    AtStart,
}

namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// How <see cref="DateRecognizer"/> reads ambiguous dates. Immutable; <see cref="Default"/> suits English news.
/// </summary>
public sealed record DateRecognitionOptions
{
    /// <summary>The defaults: month-first numeric dates, ranges closed through their last period.</summary>
    public static DateRecognitionOptions Default { get; } = new();

    /// <summary>
    /// How 02/03/2024 is read when both parts could be the month. Default <see cref="NumericDateOrder.MonthFirst"/>
    /// (February 3). A part above 12 always fixes the order (14/02/2024 is 14 February whatever this says).
    /// </summary>
    public NumericDateOrder NumericOrder { get; init; } = NumericDateOrder.MonthFirst;

    /// <summary>
    /// Where "from March to May" stops. Default <see cref="Dates.RangeClosing.Through"/> (End is June 1);
    /// <see cref="Dates.RangeClosing.AtStart"/> reproduces the Recognizers-Text reading (End is May 1).
    /// </summary>
    public RangeClosing RangeClosing { get; init; } = RangeClosing.Through;

    /// <summary>Checks the options; called by <see cref="DateRecognizer"/>'s constructor.</summary>
    /// <exception cref="ArgumentException">An option holds an undefined value; the message names it.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(NumericOrder))
        {
            throw new ArgumentException($"Undefined value {NumericOrder}.", nameof(NumericOrder));
        }

        if (!Enum.IsDefined(RangeClosing))
        {
            throw new ArgumentException($"Undefined value {RangeClosing}.", nameof(RangeClosing));
        }
    }
}

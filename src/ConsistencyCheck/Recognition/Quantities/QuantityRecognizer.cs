using ConsistencyCheck.Recognition.Lexicons;
using ConsistencyCheck.Recognition.Numbers;

namespace ConsistencyCheck.Recognition.Quantities;

/// <summary>
/// Recognizes figures with a unit, hedges included: money ("$640 million", "US$71.30", "£2bln", "40 euros", "25 cents"),
/// dimensions and rates ("140 km", "2.5-mile", "80 mph", "3 tonnes"), ages ("a 34-year-old", "aged 61") and temperatures
/// ("40C", "minus 5 degrees"). It reuses the number scanner of <see cref="NumberRecognizer"/> and reports only figures
/// that carry a unit; register both to get counts too (the longer mention wins in <see cref="TextRecognizer"/>).
/// Immutable, thread-safe, linear in the text length, never throws on content.
/// </summary>
/// <example>
/// <code>
/// var mentions = new TextRecognizer([new QuantityRecognizer(), new NumberRecognizer()]).Recognize("It cost about $14 million.");
/// // Quantity { Type = Currency, Text = "about $14 million", Stated = 14000000, Qualifier = Approximate, Unit = Dollar }
/// </code>
/// </example>
public sealed class QuantityRecognizer : IRecognizer
{
    private readonly NumberRecognitionOptions _options;

    /// <summary>Creates a recognizer with <paramref name="options"/> (default: <see cref="NumberRecognitionOptions.Default"/>).</summary>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public QuantityRecognizer(NumberRecognitionOptions? options = null)
    {
        _options = options ?? NumberRecognitionOptions.Default;
        _options.Validate();
    }

    /// <summary>The options in use.</summary>
    public NumberRecognitionOptions Options => _options;

    /// <inheritdoc/>
    public void Recognize(string text, RecognitionContext context, ICollection<Mention> results)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(results);
        var figures = new List<Figure>();
        FigureScanner.Scan(text, _options, figures);
        for (var k = 0; k < figures.Count; k++)
        {
            var f = figures[k];
            if (!f.IsAmount)
            {
                continue;
            }

            var (prefixUnit, prefixStart) = UnitReader.ReadPrefix(text, f.Start);
            var coreStart = prefixStart >= 0 ? prefixStart : f.Start;
            if (k + 1 < figures.Count && RangeReader.TryRead(text, f, coreStart, figures[k + 1], out var range) && !range.IsScore)
            {
                var b = figures[k + 1];
                var (entry, unitEnd) = UnitReader.ReadSuffix(text, b.End, b.Scale > 1);
                var unit = prefixUnit ?? entry?.Unit;
                if (unit is not null)
                {
                    var type = prefixUnit is not null ? EntityType.Currency : entry!.Type;
                    var end = prefixUnit is not null && entry is null ? b.End : unitEnd;
                    results.Add(QuantityFactory.Create(text, type, range.Start, end, null, new Interval(range.Low, range.High), Qualifier.Range, unit, null, range.Start, range.Start));
                    k++;
                    continue;
                }
            }

            AddSingle(text, f, prefixUnit, coreStart, results);
        }
    }

    private void AddSingle(string text, Figure f, Unit? prefixUnit, int coreStart, ICollection<Mention> results)
    {
        EntityType type;
        Unit unit;
        var end = f.End;
        var (entry, unitEnd) = UnitReader.ReadSuffix(text, f.End, f.Scale > 1);
        if (prefixUnit is not null)
        {
            type = EntityType.Currency;
            unit = prefixUnit;
        }
        else if (entry is not null)
        {
            type = entry.Type;
            unit = entry.Unit;
            end = unitEnd;
        }
        else if (UnitReader.ReadAgeLead(text, f.Start) is >= 0 and var ageStart && f.Value is > 0 and < 150)
        {
            type = EntityType.Age;
            unit = AgeYear;
            coreStart = ageStart;
        }
        else
        {
            return;
        }

        if (f.HasSuffix && end == f.End)
        {
            return;
        }

        var (qualifier, start) = HedgeReader.ReadLeft(text, coreStart);
        var (rightQualifier, rightEnd) = HedgeReader.ReadRight(text, end);
        var coreEnd = end;
        if (rightEnd > 0)
        {
            if (qualifier != Qualifier.Exact)
            {
                start = -1;
            }

            qualifier = rightQualifier;
            end = rightEnd;
        }

        var hedge = QuantityFactory.HedgeSpan(text, start, coreStart, coreEnd, rightEnd > 0 ? end : -1);
        start = start < 0 ? coreStart : start;
        var interval = QuantityFactory.IntervalFor(qualifier, f.Value, _options, floorAtZero: type != EntityType.Temperature);
        results.Add(QuantityFactory.Create(text, type, start, end, f.Value, interval, qualifier, unit, f.Precision, f.Start, f.End, hedge));
    }

    private static readonly Unit AgeYear = new("Year", "Age");
}

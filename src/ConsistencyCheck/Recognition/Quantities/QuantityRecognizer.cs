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
        var figures = FigureScanner.ScanShared(text, _options, context);
        var poll = new CancellationPoll(context.CancellationToken);
        var taken = -1;
        for (var k = 0; k < figures.Count; k++)
        {
            poll.At(k);
            var f = figures[k];
            if (!f.IsAmount)
            {
                continue;
            }

            var (prefixUnit, prefixStart, prefixMultiplier) = UnitReader.ReadPrefix(text, f.Start);
            if (prefixStart >= 0 && prefixStart < taken)
            {
                // "10 rmb 20 usd": a code between two figures already closed the first one.
                (prefixUnit, prefixStart, prefixMultiplier) = (null, -1, 1m);
            }

            var coreStart = prefixStart >= 0 ? prefixStart : f.Start;
            if (k + 1 < figures.Count && RangeReader.TryRead(text, f, coreStart, figures[k + 1], out var range) && !range.IsScore)
            {
                var b = figures[k + 1];
                var (entry, unitEnd) = UnitReader.ReadSuffix(text, b.End, b.Scale > 1);
                var unit = prefixUnit ?? entry?.Unit;
                var multiplier = prefixUnit is not null ? prefixMultiplier : entry?.Multiplier ?? 1m;
                if (unit is not null && DigitScanner.TryMultiply(range.Low, multiplier, out var low) && DigitScanner.TryMultiply(range.High, multiplier, out var high))
                {
                    var type = prefixUnit is not null ? EntityType.Currency : entry!.Type;
                    var end = prefixUnit is not null && entry is null ? b.End : unitEnd;
                    results.Add(QuantityFactory.Create(text, type, range.Start, end, null, new Interval(low, high), Qualifier.Range, unit, null, range.Start, range.Start));
                    taken = end;
                    k++;
                    continue;
                }
            }

            var next = k + 1 < figures.Count ? figures[k + 1] : default;
            var (consumed, singleEnd) = AddSingle(text, f, new UnitReader.Prefix(prefixUnit, coreStart, prefixMultiplier), next, results);
            taken = Math.Max(taken, singleEnd);
            if (consumed)
            {
                k++;
            }
        }
    }

    /// <summary>
    /// Adds the quantity of <paramref name="f"/> if it carries a unit. Returns whether it also took in <paramref name="next"/>
    /// ("3 dollars 50 cents") and where the mention ends (-1 when none was added).
    /// </summary>
    private (bool Consumed, int End) AddSingle(string text, Figure f, UnitReader.Prefix prefix, Figure next, ICollection<Mention> results)
    {
        EntityType type;
        Unit unit;
        var coreStart = prefix.Start;
        var end = f.End;
        var value = f.Value;
        var precision = f.Precision;
        var multiplier = 1m;
        var (entry, unitEnd) = UnitReader.ReadSuffix(text, f.End, f.Scale > 1);
        if (prefix.Unit is not null)
        {
            type = EntityType.Currency;
            unit = prefix.Unit;
            multiplier = prefix.Multiplier;

            // "$ 10 dollars": the unit written twice is one mention.
            if (entry is not null && entry.Type == EntityType.Currency && entry.Multiplier == 1 && entry.Unit.Name.EndsWith(unit.Name, StringComparison.Ordinal))
            {
                end = unitEnd;
            }
        }
        else if (entry is not null)
        {
            type = entry.Type;
            unit = entry.Unit;
            end = unitEnd;
            multiplier = entry.Multiplier;
            if (CompoundReader.ReadRate(text, unit, end, out var rateEnd) is { } rate)
            {
                unit = rate;
                end = rateEnd;
            }
        }
        else if (UnitReader.ReadAgeLead(text, f.Start) is >= 0 and var ageStart && f.Value is > 0 and < 150)
        {
            type = EntityType.Age;
            unit = AgeYear;
            coreStart = ageStart;
        }
        else if (NonQuantityFilter.IsAppositiveAge(text, f))
        {
            type = EntityType.Age;
            unit = AgeYear;
        }
        else
        {
            return (false, -1);
        }

        if (f.HasSuffix && end == f.End)
        {
            return (false, -1);
        }

        // "75 USD million": a scale word after a currency code.
        if (type == EntityType.Currency && entry is not null && end == unitEnd && f.Scale == 1 && multiplier == 1)
        {
            var (scale, scaleEnd) = ScaleWords.Read(text, end, money: true);
            if (scale > 100)
            {
                multiplier = scale;
                end = scaleEnd;
            }
        }

        var consumed = false;
        if (multiplier != 1)
        {
            if (!DigitScanner.TryMultiply(value, multiplier, out value))
            {
                return (false, -1);
            }

            precision = precision is { } p && DigitScanner.TryMultiply(p, multiplier, out var scaledPrecision) ? scaledPrecision : null;
        }
        else if (next.End > next.Start && CompoundReader.TryReadTwoPart(text, f, unit, entry is not null && prefix.Unit is null, end, next, out var compound))
        {
            value = compound.Value;
            precision = compound.Precision;
            end = compound.End;
            consumed = true;
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
        var interval = QuantityFactory.IntervalFor(qualifier, value, _options, floorAtZero: type != EntityType.Temperature);
        results.Add(QuantityFactory.Create(text, type, start, end, value, interval, qualifier, unit, precision, f.Start, consumed ? next.End : f.End, hedge));
        return (consumed, end);
    }

    private static readonly Unit AgeYear = new("Year", "Age");
}

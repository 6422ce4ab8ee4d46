namespace ConsistencyCheck.Recognition.Numbers;

/// <summary>
/// Recognizes English counts, fractions, ordinals, percentages, ranges and vague amounts with their hedges:
/// "nearly 40,000" (<see cref="Qualifier.Nearly"/>, [36000, 40000]), "between 20 and 30", "dozens", "two-thirds", "19 per cent".
/// Numbers that name rather than count ("Route 66", "COVID-19", "G7", phone numbers, scores) are reported as
/// <see cref="EntityType.Identifier"/> (or dropped, see <see cref="NumberRecognitionOptions.ReportIdentifiers"/>);
/// years, dates and times are left to the date recognizer. Immutable, thread-safe, linear in the text length,
/// and it never throws on content.
/// </summary>
/// <remarks>
/// A plain count's span covers the hedge and the figure but not the counted noun ("nearly 40,000" in
/// "nearly 40,000 people"); <see cref="Quantity.FigureSpan"/> gives the bare figure.
/// </remarks>
/// <example>
/// <code>
/// var mentions = new TextRecognizer([new NumberRecognizer()]).Recognize("Nearly 40,000 people fled.");
/// // Quantity { Type = Number, Text = "Nearly 40,000", Stated = 40000, Qualifier = Nearly, Interval = [36000, 40000] }
/// </code>
/// </example>
public sealed class NumberRecognizer : IRecognizer
{
    private readonly NumberRecognitionOptions _options;

    /// <summary>Creates a recognizer with <paramref name="options"/> (default: <see cref="NumberRecognitionOptions.Default"/>).</summary>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public NumberRecognizer(NumberRecognitionOptions? options = null)
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
        // A figure gives one quantity at most, so the list never grows.
        var found = new List<Quantity>(figures.Count);
        Read(text, figures, found, context.CancellationToken);
        BoundPairs.Merge(text, found);
        foreach (var q in found)
        {
            results.Add(q);
        }
    }

    private void Read(string text, List<Figure> figures, List<Quantity> results, CancellationToken cancellationToken)
    {
        var poll = new CancellationPoll(cancellationToken);
        for (var k = 0; k < figures.Count; k++)
        {
            poll.At(k);
            var f = figures[k];
            switch (f.Kind)
            {
                case FigureKind.Calendar:
                    continue;
                case FigureKind.Identifier:
                    AddIdentifier(text, f.Start, f.End, results);
                    continue;
                case FigureKind.Ordinal:
                    results.Add(QuantityFactory.Create(text, EntityType.Ordinal, f.Start, f.End, f.Value, Interval.Point(f.Value), Qualifier.Exact, null, null, f.Start, f.End));
                    continue;
                case FigureKind.Vague:
                    results.Add(QuantityFactory.Create(text, EntityType.Number, f.Start, f.End, null, new Interval(f.Value, f.High), Qualifier.Vague, null, null, f.Start, f.Start));
                    continue;
            }

            if (k + 1 < figures.Count && RangeReader.TryRead(text, f, f.Start, figures[k + 1], out var range))
            {
                var b = figures[k + 1];
                k++;
                if (range.IsScore)
                {
                    AddIdentifier(text, f.Start, b.End, results);
                    continue;
                }

                var (percentEnd, percentUnit) = PercentReader.Read(text, b.End);
                if (percentUnit is null && NonQuantityFilter.IsDuration(text, b.End))
                {
                    // "between 30 and 40 minutes": a duration, left to the date recognizer.
                    continue;
                }

                var type = percentUnit is null ? EntityType.NumberRange : EntityType.Percentage;
                var end = percentUnit is null ? b.End : percentEnd;
                results.Add(QuantityFactory.Create(text, type, range.Start, end, null, new Interval(range.Low, range.High), Qualifier.Range, percentUnit, null, range.Start, range.Start));
                continue;
            }

            AddSingle(text, f, results);
        }
    }

    private void AddSingle(string text, Figure f, List<Quantity> results)
    {
        var (percentEnd, unit) = PercentReader.Read(text, f.End);
        var value = f.Value;
        if (unit is null && IsShareOfWhole(text, f))
        {
            // "three quarters of residents", "half the vote": a fraction of a whole is a share, in percent.
            (percentEnd, unit, value) = (f.End, PercentReader.Percent, f.Value * 100);
        }

        if (unit is null && (f.HasSuffix || NonQuantityFilter.IsDuration(text, f.End) || NonQuantityFilter.IsAppositiveAge(text, f)))
        {
            // "180ml" is a measure, "3 hours" a duration, "Malia, 16," an age: not bare counts.
            return;
        }

        var end = unit is null ? f.End : percentEnd;
        var (qualifier, start) = HedgeReader.ReadLeft(text, f.Start);
        var (rightQualifier, rightEnd) = HedgeReader.ReadRight(text, end);
        var coreEnd = end;
        if (rightEnd < 0 && start >= 0)
        {
            (rightQualifier, rightEnd) = HedgeReader.ReadOrEqual(text, end, qualifier);
            if (rightEnd > 0)
            {
                // One bound written around the figure: keep the left words in the span.
                qualifier = Qualifier.Exact;
            }
        }

        if (rightEnd > 0)
        {
            if (qualifier != Qualifier.Exact)
            {
                start = -1;
            }

            qualifier = rightQualifier;
            end = rightEnd;
        }

        var hedge = QuantityFactory.HedgeSpan(text, start, f.Start, coreEnd, rightEnd > 0 ? end : -1);
        start = start < 0 ? f.Start : start;
        var interval = QuantityFactory.IntervalFor(qualifier, value, _options, floorAtZero: true, percentagePoints: unit is not null, f.Precision);
        var type = unit is null ? QuantityFactory.PlainType(qualifier) : EntityType.Percentage;
        results.Add(QuantityFactory.Create(text, type, start, end, value, interval, qualifier, unit, f.Precision, f.Start, f.End, hedge));
    }

    /// <summary>
    /// A fraction in words (below one) followed by "of" or a determiner names a part of a whole: "two-thirds of the
    /// Senate", "three quarters of residents", "half the country". Alone ("two thirds") it stays a number.
    /// </summary>
    private static bool IsShareOfWhole(string text, Figure f)
    {
        if (f.Kind != FigureKind.Fraction || !f.IsWords || f.Value >= 1)
        {
            return false;
        }

        var k = TextScan.SkipSpaces(text, f.End);
        if (k == f.End)
        {
            return false;
        }

        foreach (var word in (ReadOnlySpan<string>)["of ", "the ", "its ", "their ", "his ", "her ", "our "])
        {
            if (TextScan.MatchAt(text, k, word) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private void AddIdentifier(string text, int start, int end, List<Quantity> results)
    {
        if (_options.ReportIdentifiers)
        {
            results.Add(QuantityFactory.Create(text, EntityType.Identifier, start, end, null, new Interval(null, null), Qualifier.Exact, null, null, start, end));
        }
    }

    /// <summary>The bare figures of <paramref name="text"/> before hedges, ranges and units are read (for spec adapters and tests).</summary>
    internal List<Figure> ScanFigures(string text)
    {
        var figures = new List<Figure>();
        FigureScanner.Scan(text, _options, figures);
        return figures;
    }
}

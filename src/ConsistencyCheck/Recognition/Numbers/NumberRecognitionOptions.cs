using System.Collections.Frozen;

namespace ConsistencyCheck.Recognition.Numbers;

/// <summary>
/// How figures and hedges are read into intervals. docs/semantics.md ("Figures and hedges") gives every reading.
/// </summary>
public sealed record NumberRecognitionOptions
{
    // Declared before Default: static initializers run in text order.
    private static readonly FrozenDictionary<string, Interval> DefaultVagueReadings = new Dictionary<string, Interval>(StringComparer.Ordinal)
    {
        ["a couple"] = new(2, 3),
        ["a few"] = new(2, 5),
        ["a handful"] = new(2, 6),
        ["several"] = new(3, 9),
        ["dozens"] = new(24, 99),
        ["scores"] = new(40, 199),
        ["hundreds"] = new(200, 999),
        ["thousands"] = new(2_000, 9_999),
        ["tens of thousands"] = new(20_000, 99_999),
        ["hundreds of thousands"] = new(200_000, 999_999),
        ["millions"] = new(2_000_000, 9_999_999),
        ["tens of millions"] = new(20_000_000, 99_999_999),
        ["hundreds of millions"] = new(200_000_000, 999_999_999),
        ["billions"] = new(2_000_000_000, 9_999_999_999),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The defaults described on each property.</summary>
    public static NumberRecognitionOptions Default { get; } = new();

    /// <summary>
    /// How far below its figure "nearly", "almost", "just under" and "close to" may go, as a fraction of the figure.
    /// Default 0.1: "nearly 55,000" is [49500, 55000].
    /// </summary>
    public decimal NearlyTolerance { get; init; } = 0.1m;

    /// <summary>
    /// How far either side of its figure "about", "around", "some", "roughly", "approximately" and "an estimated" may go,
    /// as a fraction of the figure. Default 0.1: "about 2,300" is [2070, 2530].
    /// </summary>
    public decimal ApproximateTolerance { get; init; } = 0.1m;

    /// <summary>
    /// The most a hedged share may reach either way, in percentage points, whatever the fractions above give, unless
    /// the share is rounded more coarsely (then half its rounding). Default 2: "about 71%" is [69, 73] and "nearly 48%"
    /// is [46, 48], while "about 5%" keeps [4.5, 5.5] and "about 60%" (rounded to tens) is [55, 65].
    /// A share is a rate, and "about" before one rounds to the nearest point or two, not by a tenth of its size.
    /// </summary>
    public decimal MaxPercentagePointTolerance { get; init; } = 2m;

    /// <summary>
    /// The conventional reading of each vague amount, keyed by its canonical phrase: "a couple" [2, 3], "a few" [2, 5],
    /// "a handful" [2, 6], "several" [3, 9], "dozens" [24, 99], "scores" [40, 199], "hundreds" [200, 999],
    /// "thousands" [2000, 9999], "tens of thousands" [20000, 99999], "hundreds of thousands" [200000, 999999],
    /// "millions" [2000000, 9999999], "tens of millions", "hundreds of millions" and "billions" likewise.
    /// "a few hundred" multiplies the reading of "a few" by 100. Every interval needs both bounds.
    /// </summary>
    public IReadOnlyDictionary<string, Interval> VagueReadings { get; init; } = DefaultVagueReadings;

    /// <summary>
    /// Whether numbers that name rather than count ("Route 66", "G7", "COVID-19", phone numbers, scores) are reported as
    /// <see cref="EntityType.Identifier"/> mentions. Default true; when false they are dropped. Either way they are never counts.
    /// </summary>
    public bool ReportIdentifiers { get; init; } = true;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        if (NearlyTolerance is < 0 or >= 1)
        {
            throw new ArgumentException($"{nameof(NearlyTolerance)} must be in [0, 1); it is {NearlyTolerance}.", nameof(NearlyTolerance));
        }

        if (MaxPercentagePointTolerance < 0)
        {
            throw new ArgumentException($"{nameof(MaxPercentagePointTolerance)} must not be negative; it is {MaxPercentagePointTolerance}.", nameof(MaxPercentagePointTolerance));
        }

        if (ApproximateTolerance is < 0 or >= 1)
        {
            throw new ArgumentException($"{nameof(ApproximateTolerance)} must be in [0, 1); it is {ApproximateTolerance}.", nameof(ApproximateTolerance));
        }

        ArgumentNullException.ThrowIfNull(VagueReadings, nameof(VagueReadings));
        foreach (var (key, reading) in VagueReadings)
        {
            if (reading.Low is not { } low || reading.High is not { } high || low > high)
            {
                throw new ArgumentException($"{nameof(VagueReadings)}[\"{key}\"] must have both bounds, low ≤ high; it is {reading}.", nameof(VagueReadings));
            }
        }
    }
}

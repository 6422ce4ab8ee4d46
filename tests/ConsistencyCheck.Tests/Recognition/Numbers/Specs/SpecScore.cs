namespace ConsistencyCheck.Tests.Recognition.Numbers.Specs;

/// <summary>How an adapter did on one spec file.</summary>
/// <param name="File">The spec file name.</param>
/// <param name="Total">All cases.</param>
/// <param name="Passed">Cases passed, declined ones included.</param>
/// <param name="Counted">Cases not declined by design.</param>
/// <param name="PassedCounted">Cases passed among those not declined.</param>
/// <param name="Failures">Failing cases that are not declined, described.</param>
public sealed record SpecScore(string File, int Total, int Passed, int Counted, int PassedCounted, IReadOnlyList<string> Failures)
{
    /// <summary>Pass rate over all cases, in percent.</summary>
    public double RawRate => Total == 0 ? 100 : 100.0 * Passed / Total;

    /// <summary>Pass rate over the cases not declined by design, in percent.</summary>
    public double Rate => Counted == 0 ? 100 : 100.0 * PassedCounted / Counted;

    /// <summary>Writes the rates and the first <paramref name="max"/> failures.</summary>
    public void Print(TextWriter writer, int max = 30)
    {
        writer.WriteLine($"{File}: {Rate:F1}% of {Counted} cases not declined ({PassedCounted} passed); {RawRate:F1}% of all {Total} cases.");
        foreach (var f in Failures.Take(max))
        {
            writer.WriteLine("  - " + f);
        }
    }
}

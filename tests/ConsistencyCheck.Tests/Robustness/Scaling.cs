using System.Diagnostics;
using ConsistencyCheck.Benchmarks.Robustness;
using ConsistencyCheck.Ingest;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Robustness;

/// <summary>
/// A cheap check for super-linear time that survives a noisy shared machine: time an input at n and at 4n characters
/// (best of five runs each, after a warm-up of both) and require the larger to cost less than 10 times the smaller. Linear code
/// gives about 4; quadratic code gives about 16. The benchmark gives the real figures.
/// </summary>
internal static class Scaling
{
    public const int Factor = 4;
    public const double MaxRatio = 10;

    /// <summary>Reads <paramref name="name"/> with the reader its extension picks, as the loader would.</summary>
    public static Document Ingest(string name, string text) => PathologicalInputs.Extension(name) switch
    {
        ".html" => new HtmlDocumentReader().Read(new DocumentId(name), name, text),
        ".md" => new MarkdownDocumentReader().Read(new DocumentId(name), name, text),
        _ => new TextDocumentReader().Read(new DocumentId(name), name, text),
    };

    /// <summary>Fails when <paramref name="run"/> on the input <paramref name="name"/> grows clearly faster than its size.</summary>
    public static void AssertLinear(string name, int chars, Action<string> run, string stage)
    {
        var small = PathologicalInputs.Build(name, chars);
        var large = PathologicalInputs.Build(name, chars * Factor);
        // Warm both sizes up: the first run of the larger input may meet code the JIT has not yet tiered up.
        run(small);
        run(large);
        var smallTime = Best(() => run(small));
        var largeTime = Best(() => run(large));

        // A floor of 20 ms keeps timer resolution and scheduling noise on a shared machine from failing fast stages.
        var ratio = largeTime.TotalMilliseconds / Math.Max(20, smallTime.TotalMilliseconds);
        TestContext.Out.WriteLine($"{stage} {name}: {small.Length} chars {smallTime.TotalMilliseconds:F1} ms, {large.Length} chars {largeTime.TotalMilliseconds:F1} ms, ratio {ratio:F1}");
        if (ratio >= MaxRatio)
        {
            Assert.Fail($"{stage} of '{name}' is super-linear: {Factor}x the input took {ratio:F1}x the time ({smallTime.TotalMilliseconds:F0} ms -> {largeTime.TotalMilliseconds:F0} ms).");
        }
    }

    /// <summary>
    /// As <see cref="AssertLinear(string, int, Action{string}, string)"/> for <paramref name="build"/>'s input at
    /// <paramref name="chars"/> and <see cref="Factor"/> times as many characters, timing only <paramref name="run"/> on
    /// what <paramref name="prepare"/> made of each (outside the timing).
    /// </summary>
    public static void AssertLinear<T>(Func<int, string> build, int chars, Func<string, T> prepare, Action<T> run, string stage)
    {

        var small = prepare(build(chars));
        var large = prepare(build(chars * Factor));
        run(small);
        run(large);
        // Each timed run starts from a collected heap (collected outside the timing), so a collection that falls due is
        // not charged to one size only.
        var smallTime = Best(() => run(small), Collect);
        var largeTime = Best(() => run(large), Collect);
        var ratio = largeTime.TotalMilliseconds / Math.Max(20, smallTime.TotalMilliseconds);
        TestContext.Out.WriteLine($"{stage}: {chars} chars {smallTime.TotalMilliseconds:F1} ms, {chars * Factor} chars {largeTime.TotalMilliseconds:F1} ms, ratio {ratio:F1}");
        if (ratio >= MaxRatio)
        {
            Assert.Fail($"{stage} is super-linear: {Factor}x the input took {ratio:F1}x the time ({smallTime.TotalMilliseconds:F0} ms -> {largeTime.TotalMilliseconds:F0} ms).");
        }
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }

    private static TimeSpan Best(Action action, Action? before = null)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            before?.Invoke();
            var watch = Stopwatch.StartNew();
            action();
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
    }
}

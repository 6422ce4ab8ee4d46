using System.Diagnostics;
using System.Globalization;
using System.Text;
using ConsistencyCheck.Cli;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Tests.Ingest;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Robustness;

/// <summary>
/// A time-boxed fuzzer: mutates the sample documents at random (bit flips, splices, duplicated runs, inserted digits,
/// hedges, units and odd Unicode, deletions), reads each mutant with the reader of its format (also as raw bytes,
/// so invalid UTF-8 and stray BOMs are hit) and runs recognition and extraction on it. Each case must not throw,
/// must keep every span invariant, and must finish within <see cref="MaxCaseTime"/>. A second target runs random
/// command lines (<see cref="CommandLineMutator"/>: options real and mistyped, odd paths, every kind of <c>--out</c>)
/// through the command line.
/// </summary>
/// <remarks>
/// <para>Budget: <c>CC_FUZZ_SECONDS</c> (default 15). Seed: <c>CC_FUZZ_SEED</c> (default: derived from the clock and
/// printed, so a failure can be replayed). Run longer locally with, for example:</para>
/// <code>CC_FUZZ_SECONDS=600 dotnet test --filter TestCategory=Fuzz</code>
/// <para>A failure prints the seed, the case number and the mutated text, and writes the input to
/// <c>fuzz-failure-SEED-CASE.*</c> in the test output folder.</para>
/// </remarks>
[Category("Fuzz")]
public class FuzzTests
{
    private static readonly TimeSpan MaxCaseTime = TimeSpan.FromSeconds(5);

    private static int Seconds =>
        int.TryParse(Environment.GetEnvironmentVariable("CC_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 15;

    private static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("CC_FUZZ_SEED"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s)
            ? s
            : (int)(DateTime.UtcNow.Ticks % int.MaxValue);

    private static List<(string Extension, string Text)> Samples()
    {
        var samples = new List<(string, string)>();
        foreach (var path in Directory.EnumerateFiles(TestPaths.Samples).Order(StringComparer.Ordinal))
        {
            if (!Path.GetFileName(path).Equals("EXPECTED.md", StringComparison.Ordinal))
            {
                samples.Add((Path.GetExtension(path), File.ReadAllText(path)));
            }
        }

        return samples;
    }

    [Test]
    public async Task Mutated_samples_never_throw_keep_spans_valid_and_finish_in_bounded_time()
    {
        var seed = Seed;
        var budget = TimeSpan.FromSeconds(Seconds);
        TestContext.Out.WriteLine($"fuzz seed {seed}, budget {budget.TotalSeconds} s (CC_FUZZ_SEED, CC_FUZZ_SECONDS)");
        var random = new Random(seed);
        var samples = Samples();
        var corpus = samples.Select(s => s.Text).ToList();
        var loader = new DocumentLoader(new IngestOptions { SkipNonEnglish = false });
        var total = Stopwatch.StartNew();
        var cases = 0;
        var slowest = TimeSpan.Zero;
        while (total.Elapsed < budget)
        {
            cases++;
            var (extension, original) = samples[random.Next(samples.Count)];
            var text = Mutator.Mutate(random, original, corpus, maxEdits: 1 + random.Next(20));
            var bytes = Encoding.UTF8.GetBytes(text);
            if (random.Next(4) == 0)
            {
                // Damage the bytes too: invalid UTF-8, NULs, a BOM in the wrong place.
                for (var k = random.Next(1, 6); k > 0 && bytes.Length > 0; k--)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }
            }

            var watch = Stopwatch.StartNew();
            try
            {
                var documents = await loader.ReadStreamAsync(new MemoryStream(bytes), extension, new DocumentId("fuzz"), "fuzz").ToListAsync();
                foreach (var document in documents)
                {
                    var violation = Robust.Violation(document.Text, Robust.Pipeline.Recognize(document.Text, Robust.Context));
                    if (violation is not null)
                    {
                        Fail(seed, cases, extension, bytes, violation);
                    }

                    Robust.Pipeline.Extract(document with { Diagnostics = [] });
                }
            }
            catch (Exception ex) when (ex is not AssertionException)
            {
                Fail(seed, cases, extension, bytes, ex.ToString());
            }

            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            if (watch.Elapsed > MaxCaseTime)
            {
                Fail(seed, cases, extension, bytes, $"took {watch.Elapsed.TotalSeconds:F1} s (limit {MaxCaseTime.TotalSeconds} s)");
            }
        }

        TestContext.Out.WriteLine($"{cases} cases, slowest {slowest.TotalMilliseconds:F0} ms");
    }

    [Test]
    [Platform(Exclude = "Win", Reason = "named pipes and symbolic links")]
    public async Task Random_command_lines_exit_with_a_documented_code_and_never_touch_an_input()
    {
        var seed = Seed;
        var budget = TimeSpan.FromSeconds(Seconds);
        TestContext.Out.WriteLine($"command-line fuzz seed {seed}, budget {budget.TotalSeconds} s (CC_FUZZ_SEED, CC_FUZZ_SECONDS)");
        var root = Path.Combine(Path.GetTempPath(), "cc-fuzz-cli-" + Guid.NewGuid().ToString("N"));
        try
        {
            var mutator = await CreateCommandLineFolder(new Random(seed), root);
            var originals = mutator.Inputs.ToDictionary(p => p, File.ReadAllBytes);
            var total = Stopwatch.StartNew();
            var cases = 0;
            var exits = new SortedDictionary<int, int>();
            while (total.Elapsed < budget)
            {
                cases++;
                var args = mutator.Next();
                using var stdout = new StringWriter();
                using var stderr = new StringWriter();
                int exit;
                try
                {
                    // On a pool thread with a watchdog: a run blocked in the kernel (opening a named pipe to read) fails
                    // this test with its command line instead of hanging the whole test run.
                    exit = await Task.Run(() => CliApplication.RunAsync(args, new StringReader(string.Empty), stdout, stderr, CancellationToken.None))
                        .WaitAsync(TimeSpan.FromSeconds(60));
                }
                catch (Exception ex)
                {
                    FailCommandLine(seed, cases, args, ex.ToString());
                    return;
                }

                exits[exit] = exits.GetValueOrDefault(exit) + 1;
                if (CommandLineViolation(mutator, mutator.NamedInputs(args).ToDictionary(p => p, p => originals[p]), exit, stderr.ToString()) is { } violation)
                {
                    FailCommandLine(seed, cases, args, $"{violation}\nexit {exit}\nstderr: {stderr}");
                }

                // A run that did not read them may have written them (through --out): the next runs start from the originals.
                foreach (var (path, bytes) in originals)
                {
                    await File.WriteAllBytesAsync(path, bytes);
                }
            }

            TestContext.Out.WriteLine($"{cases} command lines; exit codes {string.Join(", ", exits.Select(e => $"{e.Key}: {e.Value}"))}");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<CommandLineMutator> CreateCommandLineFolder(Random random, string root)
    {
        var mutator = new CommandLineMutator(random, root);
        Directory.CreateDirectory(Path.Combine(root, "in"));
        Directory.CreateDirectory(Path.Combine(root, "empty"));
        Directory.CreateDirectory(Path.Combine(root, "out"));
        await File.WriteAllTextAsync(mutator.Input, "Flood in Mellbrook\n\nPolice said nearly 41 doctors signed the letter on Tuesday.\n");
        File.CreateSymbolicLink(Path.Combine(root, "link-to-input.txt"), mutator.Input);
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(root, "pipe")]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var exit = await CliApplication.RunAsync(["extract", mutator.Input, "--out", mutator.Lines], new StringReader(string.Empty), TextWriter.Null, TextWriter.Null, CancellationToken.None);
        Assert.That(exit, Is.Zero, "extract for the compare input");
        return mutator;
    }

    private static string? CommandLineViolation(CommandLineMutator mutator, Dictionary<string, byte[]> originals, int exit, string stderr)
    {
        if (exit is not (0 or 1 or 2))
        {
            return "undocumented exit code";
        }

        if (exit == 2 && stderr.Trim().Length == 0)
        {
            return "exit 2 without a message";
        }

        if (stderr.Contains("   at ", StringComparison.Ordinal) || stderr.Contains("Exception", StringComparison.Ordinal))
        {
            return "a stack trace on standard error";
        }

        if (stderr.Any(c => (char.IsControl(c) && c != '\n') || c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069'))
        {
            return "a raw control character or bidi override on standard error";
        }

        foreach (var (path, bytes) in originals)
        {
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                return $"the input {path} was changed";
            }
        }

        if (new FileInfo(Path.Combine(mutator.Root, "link-to-input.txt")).LinkTarget is null)
        {
            return "the link to the input was replaced";
        }

        if (OperatingSystem.IsLinux() && FileProbe.Of(Path.Combine(mutator.Root, "pipe")).Kind != FileKind.NamedPipe)
        {
            return "the named pipe was replaced";
        }

        return Directory.EnumerateFiles(mutator.Root, "*.cc-tmp-*", SearchOption.AllDirectories).FirstOrDefault() is { } left
            ? $"a temporary file was left behind: {left}"
            : null;
    }

    private static void FailCommandLine(int seed, int number, string[] args, string problem) =>
        Assert.Fail($"command-line fuzz seed {seed}, case {number}: {problem}\nargs: {string.Join(" ", args.Select(a => "'" + Robust.Show(a) + "'"))}");

    private static void Fail(int seed, int number, string extension, byte[] bytes, string problem)
    {
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"fuzz-failure-{seed}-{number}{extension}");
        File.WriteAllBytes(file, bytes);
        Assert.Fail($"fuzz seed {seed}, case {number} ({extension}): {problem}\ninput saved to {file}\n{Robust.Show(Encoding.UTF8.GetString(bytes))}");
    }
}

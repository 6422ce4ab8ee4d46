using System.Globalization;

namespace ConsistencyCheck.Benchmarks.Corpus;

/// <summary>
/// The benchmark program's own commands, besides BenchmarkDotNet's:
/// <c>generate --stories N --out corpus.jsonl [--truth truth.jsonl] [--seed S] [--no-known-issues] [--text-out news.txt]</c>,
/// <c>verify --truth truth.jsonl --report report.json|report.jsonl</c>,
/// <c>recognizers --text news.txt [--seconds 5]</c> (see <see cref="Recognition.RecognizerThroughput"/>),
/// <c>stages --corpus corpus.jsonl [--passes 4] [--jit]</c> (see <see cref="StageThroughput"/>) and
/// <c>corpus --documents 10000,100000 [--out docs/performance.svg]</c> (see <see cref="CorpusRunner"/>).
/// </summary>
public static class CorpusCommands
{
    /// <summary>The command names handled here.</summary>
    public static readonly string[] Names = ["generate", "verify", "corpus", "recognizers", "stages"];

    /// <summary>Runs the command in <paramref name="args"/>[0]; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = Options(args.Skip(1));
        switch (args[0])
        {
            case "generate":
                {
                    var stories = int.Parse(options["stories"], CultureInfo.InvariantCulture);
                    var generator = new StoryGenerator(options.TryGetValue("seed", out var seed) ? int.Parse(seed, CultureInfo.InvariantCulture) : 1)
                    {
                        IncludeKnownIssues = !options.ContainsKey("no-known-issues"),
                    };
                    var (documents, bytes) = CorpusFiles.Write(generator, stories, options["out"], options.GetValueOrDefault("truth"));
                    if (options.TryGetValue("text-out", out var textOut))
                    {
                        CorpusFiles.WriteTexts(generator, stories, textOut);
                    }

                    await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{stories} stories, {documents} documents, {bytes / 1e6:0.0} MB written to {options["out"]}"));
                    return 0;
                }

            case "verify":
                {
                    var result = TruthVerifier.Verify(CorpusFiles.ReadTruth(options["truth"]), TruthVerifier.ReadFindings(options["report"]));
                    await Console.Out.WriteLineAsync(Describe(result));
                    return result.Recall == 1 && result.Unplanted.Count == 0 ? 0 : 1;
                }

            case "recognizers":
                return await Recognition.RecognizerThroughput.RunAsync(options["text"], options.TryGetValue("seconds", out var s) ? double.Parse(s, CultureInfo.InvariantCulture) : 5);

            case "stages":
                return await StageThroughput.RunAsync(options["corpus"], options.TryGetValue("passes", out var passes) ? int.Parse(passes, CultureInfo.InvariantCulture) : 4, options.ContainsKey("jit"));

            default:
                return await CorpusRunner.RunAsync(options);
        }
    }

    /// <summary>A readable summary of <paramref name="result"/>, with the missed and unplanted examples.</summary>
    public static string Describe(VerificationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"planted discrepancies: {result.PlantedDiscrepancies}, found: {result.FoundDiscrepancies}, recall {result.Recall:P2}"),
            string.Create(CultureInfo.InvariantCulture, $"unplanted contradictions or changes: {result.Unplanted.Count}"),
            string.Create(CultureInfo.InvariantCulture, $"planted agreements: {result.PlantedAgreements}, found: {result.FoundAgreements}, recall {result.AgreementRecall:P2}"),
        };
        lines.AddRange(result.Missed.Select(m => "missed: " + m));
        lines.AddRange(result.Unplanted.Take(20).Select(u => $"unplanted {u.Kind}: {u.First} / {u.Second}: {u.Explanation}"));
        return string.Join('\n', lines);
    }

    /// <summary>The <c>--name value</c> options of a command line (a name with no value is "true"), shared by the commands.</summary>
    internal static Dictionary<string, string> Options(IEnumerable<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                options[name] = "true";
            }
            else if (name is not null)
            {
                options[name] = arg;
                name = null;
            }
        }

        return options;
    }
}

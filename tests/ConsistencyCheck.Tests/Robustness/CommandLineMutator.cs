namespace ConsistencyCheck.Tests.Robustness;

/// <summary>
/// Random command lines for the fuzz target: real and mistyped commands and options, option values, double dashes,
/// paths that exist, do not exist, or carry control characters, and <c>--out</c> paths of every kind the CLI must
/// accept or refuse (a new file, an existing report, a folder, a path below a file, an input, a link to an input, a
/// named pipe). Every path lies inside <see cref="Root"/>; nothing outside it is ever named.
/// </summary>
internal sealed class CommandLineMutator
{
    private static readonly string[] Commands = ["check", "extract", "compare", "recognize", "chek", "--help", "-h", "--version", "", "check"];
    private static readonly string[] Options = ["--format", "-f", "--out", "-o", "--fail-on", "--stats", "--formt", "--ot", "--fail-no", "-x", "--", "-", "--help"];
    private static readonly string[] Values = ["json", "jsonl", "markdown", "html", "console", "pdf", "contradiction", "agreement", "changedOverTime", "", " ", "\u001b[2J", "‮"];

    private readonly Random _random;

    public CommandLineMutator(Random random, string root)
    {
        _random = random;
        Root = root;
        Input = Path.Combine(root, "in", "article.txt");
        Lines = Path.Combine(root, "lines.jsonl");
    }

    /// <summary>The folder every generated path lies in.</summary>
    public string Root { get; }

    /// <summary>An article the runs read; it must never change.</summary>
    public string Input { get; }

    /// <summary>Assertion lines for <c>compare</c>; they must never change either.</summary>
    public string Lines { get; }

    /// <summary>The files the runs read.</summary>
    public IEnumerable<string> Inputs => [Input, Lines];

    /// <summary>
    /// The files of <see cref="Inputs"/> that <paramref name="args"/> name as inputs (directly or through their folder):
    /// those must come out unchanged. The others may be written legitimately, as any file named by <c>--out</c>.
    /// </summary>
    public IEnumerable<string> NamedInputs(string[] args)
    {
        var folder = Path.GetDirectoryName(Input)!;
        var read = args.Where((a, i) => i == 0 || args[i - 1] is not ("--out" or "-o")).ToList();
        if (read.Contains(Input) || read.Contains(folder))
        {
            yield return Input;
        }

        if (read.Contains(Lines))
        {
            yield return Lines;
        }
    }

    /// <summary>A random command line of 0 to 8 tokens.</summary>
    public string[] Next()
    {
        var args = new List<string>();
        if (_random.Next(10) > 0)
        {
            args.Add(Pick(Commands));
        }

        for (var n = _random.Next(7); n > 0; n--)
        {
            switch (_random.Next(5))
            {
                case 0:
                    args.Add(Pick(Options));
                    break;
                case 1:
                    args.Add(Pick(Values));
                    break;
                case 2:
                    // After "--" both are paths to read, and after an option that takes a value ("--format --out PIPE")
                    // the path is one too: opening a named pipe to read waits for a writer (as cat does), so the pipe is
                    // named only where it can only be the value of --out.
                    var readAsInput = args.Contains("--") || (args.Count > 0 && TakesValue(args[^1]));
                    args.Add("--out");
                    args.Add(readAsInput ? Path.Combine(Root, "out", "after-double-dash.json") : OutputPath());
                    break;
                default:
                    args.Add(InputPath());
                    break;
            }
        }

        return [.. args];
    }

    private string InputPath() => _random.Next(7) switch
    {
        0 => Path.Combine(Root, "in"),
        1 => Input,
        2 => Lines,
        3 => Path.Combine(Root, "missing" + Pick(["", "\u001b]0;x\u0007", "\u202e", ".txt"])),
        4 => "-",
        5 => Path.Combine(Root, "empty"),
        _ => "--" + Pick(["in", "article.txt", "formt"]),
    };

    private string OutputPath() => _random.Next(9) switch
    {
        0 => Path.Combine(Root, "out", "report-" + _random.Next(3) + Pick([".json", ".md", ".html", ".jsonl"])),
        1 => Path.Combine(Root, "out"),
        2 => Path.Combine(Input, "below-a-file.json"),
        3 => Input,
        4 => Path.Combine(Root, "link-to-input.txt"),
        5 => Path.Combine(Root, "pipe"),
        6 => Path.Combine(Root, "in", "new-" + _random.Next(3) + ".md"),
        7 => Path.Combine(Root, "out", "new", "deeper", "r.json"),
        _ => Path.Combine(Root, "out", "odd\u001b[2J" + Pick(["\u202e", "\n", " "]) + ".json"),
    };

    private static bool TakesValue(string option) => option is "--format" or "-f" or "--out" or "-o" or "--fail-on";

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}

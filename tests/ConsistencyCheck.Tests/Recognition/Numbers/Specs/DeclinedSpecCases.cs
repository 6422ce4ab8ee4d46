namespace ConsistencyCheck.Tests.Recognition.Numbers.Specs;

/// <summary>
/// The spec cases declined by design, read from the "Declined spec cases" table of docs/semantics.md so the
/// documentation and the test cannot drift: rows are <c>| File | `input` | reason |</c>, the input written with its
/// backticks and pipes removed (see <see cref="Key"/>).
/// </summary>
public static class DeclinedSpecCases
{
    /// <summary>How an input is written in the table: without backticks and pipes, which Markdown tables cannot hold.</summary>
    public static string Key(string input) => input.Replace("`", "", StringComparison.Ordinal).Replace("|", "", StringComparison.Ordinal);

    public static ISet<string> For(string file)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "docs", "semantics.md");
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return set;
        }

        foreach (var line in File.ReadLines(path))
        {
            var cells = line.Split('|');
            if (cells.Length < 4 || cells[1].Trim() != file)
            {
                continue;
            }

            var input = cells[2].Trim();
            if (input.Length >= 2 && input[0] == '`' && input[^1] == '`')
            {
                set.Add(input[1..^1]);
            }
        }

        return set;
    }
}

using System.CommandLine;
using System.CommandLine.Parsing;
using ConsistencyCheck.Reporting;

namespace ConsistencyCheck.Cli;

/// <summary>
/// Usage errors System.CommandLine lets through: a command's paths take any token, so a mistyped option
/// (<c>--formt</c>) would be read as a path. Every argument that starts with <c>-</c> (other than <c>-</c>, standard
/// input) before a <c>--</c> is an unknown option; after <c>--</c> every token is a path.
/// </summary>
internal static class UsageCheck
{
    /// <summary>The one-line problem with <paramref name="parse"/>'s arguments, or null when there is none.</summary>
    public static string? Problem(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var arguments = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).ToList();
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                return null;
            }

            if (token.Value.Length > 1 && token.Value[0] == '-' && arguments.Exists(a => ReferenceEquals(a, token)))
            {
                return Message(token.Value, parse.CommandResult.Command);
            }
        }

        return null;
    }

    private static string Message(string unknown, Command command)
    {
        var shown = DisplayText.Neutralize(unknown);
        var nearest = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
            .Where(name => name.StartsWith("--", StringComparison.Ordinal))
            .Select(name => (Name: name, Distance: Distance(unknown, name)))
            .Where(c => c.Distance <= Math.Max(2, c.Name.Length / 3))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
        var hint = nearest is null
            ? $"to read a file of that name, put it after '--' ({command.Name} -- {shown}) or write ./{shown}"
            : $"did you mean '{nearest}'?";
        return $"error: unknown option '{shown}' for '{command.Name}': {hint}";
    }

    /// <summary>Levenshtein distance, with a swap of two neighbours counting as one edit ("--fial" for "--fail").</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

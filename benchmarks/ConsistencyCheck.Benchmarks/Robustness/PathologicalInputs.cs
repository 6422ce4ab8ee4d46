using System.Globalization;
using System.Text;

namespace ConsistencyCheck.Benchmarks.Robustness;

/// <summary>
/// Inputs that try to make a stage slow, each built at any size: a long line with no newline, "1,1,1,…", one huge
/// number, deep HTML, a page that is all script, front matter that never closes, a YAML alias bomb, and runs of the
/// tokens the recognizers combine (hedges, ranges, scale words, number words, dates, times). Shared by the scaling
/// benchmarks and the unit tests (which use small sizes), so both measure the same thing.
/// </summary>
public static class PathologicalInputs
{
    private static readonly string[] Sentences =
    [
        "Police said nearly 55,000 residents were evacuated between Tuesday morning and Wednesday night.",
        "Of the 2,300 homes flooded, 800 were in the old town, where the water was more than a metre deep.",
        "The council said on Thursday that 3,400 people remain in shelters, down from about 4,100 on Wednesday.",
        "Rainfall reached 212mm in 48 hours, the most since records began in 1871, and the river rose by 3.4 metres.",
        "Repairs will cost between £40m and £60m, roughly 12% of the annual budget, officials said on 14 March 2024.",
        "Forty-one senior doctors signed the letter; two people were killed at the Ferry Lane crossing.",
    ];

    /// <summary>The names of the inputs, for benchmark parameters and test cases.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "no-newline", "comma-ones", "huge-number", "nested-html", "script-html", "open-front-matter", "yaml-aliases",
        "hedge-run", "range-chain", "scale-words", "number-words", "date-run", "time-run", "dash-digits", "number-dense",
    ];

    /// <summary>
    /// A one-line article of about <paramref name="chars"/> characters whose figures are all about one thing: "Officials
    /// said N doctors signed the letter." with N varying (deterministically), so that every figure lands in one cluster
    /// and one document, the worst case for the compare stage.
    /// </summary>
    public static string OneSubject(int chars) =>
        Repeat(chars, i => string.Create(CultureInfo.InvariantCulture, $"Officials said {10 + ((i * 7919) % 990)} doctors signed the letter. "));

    /// <summary>The file extension each input is read with (it decides the reader).</summary>
    public static string Extension(string name) => name switch
    {
        "nested-html" or "script-html" => ".html",
        "open-front-matter" or "yaml-aliases" => ".md",
        _ => ".txt",
    };

    /// <summary>Builds the input <paramref name="name"/> at about <paramref name="chars"/> characters (at least one unit).</summary>
    public static string Build(string name, int chars) => name switch
    {
        "no-newline" => Repeat(chars, i => Sentences[i % Sentences.Length] + " "),
        "comma-ones" => "Counts: " + Repeat(chars, _ => "1,"),
        "huge-number" => "The total was " + new string('7', Math.Max(1, chars)) + " people.",
        "nested-html" => "<html><body>" + Repeat(chars / 2, _ => "<div>") + "<p>Nearly 55,000 residents were evacuated.</p>" + Repeat(chars / 2, _ => "</div>"),
        "script-html" => "<html><head><script>" + Repeat(chars, i => $"var a{i} = [1, 2, 3, {i}];\n") + "</script></head><body><script>run();</script></body></html>",
        "open-front-matter" => "---\ntitle: Flood\n" + Repeat(chars, i => $"k{i}: {i}\n") + "\nNearly 55,000 residents were evacuated.\n",
        "yaml-aliases" => AliasBomb(chars),
        "hedge-run" => Repeat(chars, _ => "about nearly almost roughly up to more than ") + "5 people.",
        "range-chain" => Repeat(chars, i => $"{i} to ") + "9 homes.",
        "scale-words" => "12 " + Repeat(chars, _ => "million ") + "dollars.",
        "number-words" => Repeat(chars, _ => "one hundred and twenty-three thousand ") + "people.",
        "date-run" => Repeat(chars, i => $"March {1 + (i % 28)}, ") + "2024.",
        "time-run" => Repeat(chars, _ => "10:") + "10 p.m.",
        "dash-digits" => Repeat(chars, i => $"{i % 10}-") + "0",
        "number-dense" => Repeat(chars, i => string.Create(CultureInfo.InvariantCulture, $"{i}, {i}.5%, £{i}m, about {i * 3:N0} people; ")),
        _ => throw new ArgumentException($"Unknown pathological input '{name}'.", nameof(name)),
    };

    // Front matter whose aliases would expand to 10^n nodes if anything expanded them; then an article.
    private static string AliasBomb(int chars)
    {
        var text = new StringBuilder("---\ntitle: Bomb\na0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        var i = 1;
        for (; text.Length < chars - 200 || i < 10; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        return text.Append(CultureInfo.InvariantCulture, $"lols: *a{i - 1}\n---\n\n# Flood\n\nNearly 55,000 residents were evacuated.\n").ToString();
    }

    private static string Repeat(int chars, Func<int, string> unit)
    {
        var text = new StringBuilder(chars + 64);
        for (var i = 0; text.Length < chars || i == 0; i++)
        {
            text.Append(unit(i));
        }

        return text.ToString();
    }
}

using System.Text;
using ConsistencyCheck.Text;
using ConsistencyCheck.Text.Lexical;
using ConsistencyCheck.Text.Syntax;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Text.Syntax;

/// <summary>The examples of counted-thing.en.md, one named case each (<c>counted-thing.en.md #3</c>).</summary>
public class CountedThingSpecTests
{
    private const string SpecFile = "counted-thing.en.md";

    private static readonly CountedThingReader Reader = new(WordNetLexicon.Shared);

    public static IEnumerable<TestCaseData> Examples()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "tests", "ConsistencyCheck.Tests", "Text", "Syntax", SpecFile);
        var lines = File.ReadAllLines(path);
        var number = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "```example")
            {
                continue;
            }

            var block = new List<string>();
            for (i++; i < lines.Length && lines[i] != "```"; i++)
            {
                block.Add(lines[i]);
            }

            var separator = block.IndexOf(".");
            number++;
            yield return new TestCaseData(block[0], string.Join('\n', block.Skip(separator + 1)))
                .SetName($"{SpecFile} #{number}");
        }
    }

    [TestCaseSource(nameof(Examples))]
    public void Example(string marked, string expected) => Read(marked).Should().Be(expected);

    [Test]
    public void The_spec_file_has_examples() => Examples().Should().HaveCountGreaterThan(10);

    /// <summary>Reads the figure in brackets and writes its candidates in the spec's canonical form.</summary>
    public static string Read(string marked)
    {
        var open = marked.IndexOf('[', StringComparison.Ordinal);
        var close = marked.IndexOf(']', StringComparison.Ordinal);
        var text = marked.Remove(close, 1).Remove(open, 1);
        var figure = SourceSpan.FromBounds(open, close - 1);
        var candidates = Reader.Read(text, new SourceSpan(0, text.Length), figure);
        if (candidates.IsEmpty)
        {
            return "(none)";
        }

        var lines = new StringBuilder();
        foreach (var c in candidates)
        {
            lines.Append(lines.Length == 0 ? string.Empty : "\n")
                .Append(c.Lemma).Append(' ').Append(c.Source).Append(" \"").Append(text, c.Phrase.Start, c.Phrase.Length).Append('"');
        }

        return lines.ToString();
    }
}

using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Reporting;

namespace ConsistencyCheck.Tests.Robustness;

/// <summary>Shared pieces of the robustness suite: the pipeline, the invariants every recognition must keep, the sample texts.</summary>
internal static class Robust
{
    private static readonly Lazy<ImmutableArray<string>> SampleTextsLazy = new(LoadSampleTexts);

    /// <summary>The default pipeline, as the CLI builds it.</summary>
    public static ConsistencyPipeline Pipeline { get; } = Build(1);

    /// <summary>A reference date for recognition.</summary>
    public static RecognitionContext Context { get; } = new(new DateOnly(2024, 3, 14));

    /// <summary>The article texts of the samples: each .txt and .md file and the text of each wire.jsonl line.</summary>
    public static ImmutableArray<string> SampleTexts => SampleTextsLazy.Value;

    public static ConsistencyPipeline Build(int parallelism) =>
        new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates()
            .Configure(o => o with { MaxDegreeOfParallelism = parallelism }).Build();

    /// <summary>
    /// Null when <paramref name="mentions"/> keep every invariant over <paramref name="text"/>; otherwise what broke.
    /// Invariants: ordered, non-overlapping spans inside the text; each span's slice equals the mention's text
    /// (ordinal); figure and hedge spans inside the text; for a quantity, low &lt;= stated &lt;= high where present.
    /// </summary>
    public static string? Violation(string text, ImmutableArray<Mention> mentions)
    {
        var previousEnd = 0;
        foreach (var mention in mentions)
        {
            var span = mention.Span;
            if (span.Start < 0 || span.Length < 0 || span.End > text.Length)
            {
                return $"{mention.Type} span {span} lies outside the text (length {text.Length})";
            }

            if (span.Start < previousEnd)
            {
                return $"{mention.Type} span {span} overlaps or precedes the previous mention (ending at {previousEnd})";
            }

            previousEnd = span.End;
            if (!string.Equals(text.Substring(span.Start, span.Length), mention.Text, StringComparison.Ordinal))
            {
                return $"{mention.Type} span {span} slices \"{text.Substring(span.Start, span.Length)}\" but its text is \"{mention.Text}\"";
            }

            if (mention is Quantity quantity)
            {
                foreach (var inner in new[] { quantity.FigureSpan, quantity.HedgeSpan })
                {
                    if (inner is { } s && (s.Start < 0 || s.End > text.Length || s.Length < 0))
                    {
                        return $"a figure or hedge span {s} of \"{mention.Text}\" lies outside the text";
                    }
                }

                var (low, high, stated) = (quantity.Interval.Low, quantity.Interval.High, quantity.Stated);
                if ((low is { } l && stated is { } s1 && l > s1) || (high is { } h && stated is { } s2 && s2 > h) ||
                    (low is { } l2 && high is { } h2 && l2 > h2))
                {
                    return $"\"{mention.Text}\": stated {stated} is not within {quantity.Interval}";
                }
            }
        }

        return null;
    }

    /// <summary>The report as JSON text, for byte-for-byte comparison.</summary>
    public static string Json(ConsistencyReport report) => Encoding.UTF8.GetString(JsonReportWriter.ToUtf8Bytes(report));

    /// <summary>A readable copy of <paramref name="text"/> for failure messages: escaped, and cut when long.</summary>
    public static string Show(string text) =>
        JsonSerializer.Serialize(text.Length <= 400 ? text : text[..400] + $"… ({text.Length} chars)");

    private static ImmutableArray<string> LoadSampleTexts()
    {
        var texts = ImmutableArray.CreateBuilder<string>();
        foreach (var path in Directory.EnumerateFiles(TestPaths.Samples).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.Equals("EXPECTED.md", StringComparison.Ordinal))
            {
                continue;
            }

            if (path.EndsWith(".jsonl", StringComparison.Ordinal))
            {
                foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
                {
                    using var json = JsonDocument.Parse(line);
                    texts.Add(json.RootElement.GetProperty("text").GetString()!);
                }
            }
            else if (path.EndsWith(".txt", StringComparison.Ordinal) || path.EndsWith(".md", StringComparison.Ordinal))
            {
                texts.Add(File.ReadAllText(path));
            }
            else if (path.EndsWith(".html", StringComparison.Ordinal))
            {
                texts.Add(new HtmlDocumentReader().Read(new DocumentId(name), name, File.ReadAllText(path)).Text);
            }
        }

        return texts.ToImmutable();
    }
}

using System.Globalization;
using System.Text.Json;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Recognition.Dates;

namespace ConsistencyCheck.Tests.Recognition.Dates;

/// <summary>
/// One case of the peer's DateTimeModel.json and the matching rule that decides whether our output passes it.
/// </summary>
/// <remarks>
/// <para>A case passes when our temporal mentions and the expected results agree one to one, in text order:</para>
/// <list type="number">
/// <item>Same span: same start offset, same length (the peer's End is inclusive), same text ignoring case.</item>
/// <item>Same type: date, daterange, duration, time, datetime, set (timerange, datetimerange, timezone have no counterpart and fail).</item>
/// <item>Same resolution, against the peer's past reading: when the peer gives two entries (past and future) we
///   compare with the entry whose value (or start) is the latest one not after the reference date, else the first.
///   A date compares its value; a range compares its start and end where the peer gives them (an open end is not
///   compared, so "since" checks only the start); a duration compares its ISO form with the peer's timex; a time or
///   date-time compares the clock time (and day). An entry the peer leaves "not resolved" passes on span and type.</item>
/// </list>
/// </remarks>
public sealed record PeerSpecCase(int Index, string Input, DateOnly? Reference, IReadOnlyList<PeerSpecResult> Expected)
{
    private static readonly string[] RangeTypes = ["date", "daterange", "duration"];

    /// <summary>True when every expected result is a date, date range or duration (and there is at least one).</summary>
    public bool IsDateRangeDurationCase => Expected.Count > 0 && Expected.All(e => RangeTypes.Contains(e.Type));

    /// <summary>Loads every case of the file.</summary>
    public static IReadOnlyList<PeerSpecCase> Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path).AsMemory(File.ReadAllBytes(path).AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0));
        var cases = new List<PeerSpecCase>();
        var index = 0;
        foreach (var item in document.RootElement.EnumerateArray())
        {
            DateOnly? reference = null;
            if (Property(item, "Context") is { } context && Property(context, "ReferenceDateTime") is { } when)
            {
                reference = DateOnly.ParseExact(when.GetString()![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            var expected = new List<PeerSpecResult>();
            foreach (var result in Property(item, "Results")!.Value.EnumerateArray())
            {
                var type = Property(result, "TypeName")!.Value.GetString()!;
                var entries = new List<IReadOnlyDictionary<string, string?>>();
                if (Property(result, "Resolution") is { } resolution && Property(resolution, "values") is { } values)
                {
                    foreach (var entry in values.EnumerateArray())
                    {
                        entries.Add(entry.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null, StringComparer.OrdinalIgnoreCase));
                    }
                }

                expected.Add(new PeerSpecResult(
                    Property(result, "Text")!.Value.GetString()!,
                    Property(result, "Start")!.Value.GetInt32(),
                    Property(result, "End")!.Value.GetInt32() + 1,
                    type[(type.IndexOf('.', StringComparison.Ordinal) + 1)..],
                    entries));
            }

            cases.Add(new PeerSpecCase(index++, Property(item, "Input")!.Value.GetString()!, reference, expected));
        }

        return cases;
    }

    /// <summary>Runs <paramref name="recognizer"/> and returns null when the case passes, else why not.</summary>
    public string? Check(TextRecognizer recognizer)
    {
        var actual = recognizer.Recognize(Input, new RecognitionContext(Reference)).OfType<TemporalMention>().ToList();
        if (actual.Count != Expected.Count)
        {
            return $"expected {Expected.Count} result(s), got {actual.Count}: {Describe(actual)}";
        }

        for (var i = 0; i < actual.Count; i++)
        {
            var problem = Expected[i].Mismatch(actual[i], Reference);
            if (problem is not null)
            {
                return problem + " | got " + Describe(actual);
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"#{Index} [{Reference:yyyy-MM-dd}] {Input}";

    private static string Describe(IEnumerable<TemporalMention> mentions) =>
        string.Join("; ", mentions.Select(m => $"{m.Type} '{m.Text}'@{m.Span.Start} {m.Value} [{m.Start:yyyy-MM-dd},{m.End:yyyy-MM-dd}) {m.Modifier}"));

    private static JsonElement? Property(JsonElement element, string name)
    {
        foreach (var p in element.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return p.Value;
            }
        }

        return null;
    }
}

using System.Globalization;
using ConsistencyCheck.Recognition;

namespace ConsistencyCheck.Tests.Recognition.Dates;

/// <summary>One expected result of a peer case: span (End exclusive), type suffix and resolution entries.</summary>
public sealed record PeerSpecResult(string Text, int Start, int End, string Type, IReadOnlyList<IReadOnlyDictionary<string, string?>> Entries)
{
    /// <summary>Null when <paramref name="actual"/> matches under the rule on <see cref="PeerSpecCase"/>, else the difference.</summary>
    public string? Mismatch(TemporalMention actual, DateOnly? reference)
    {
        var expected = $"expected {Type} '{Text}'@{Start}";
        if (actual.Span.Start != Start || actual.Span.End != End || !string.Equals(actual.Text, Text, StringComparison.OrdinalIgnoreCase))
        {
            return expected + " (span)";
        }

        if (!string.Equals(actual.Type.ToString(), Type, StringComparison.OrdinalIgnoreCase))
        {
            return expected + " (type)";
        }

        var entry = PastEntry(reference);
        if (entry is null || Get(entry, "value") == "not resolved" || (Get(entry, "value") is null && Get(entry, "start") is null && Get(entry, "end") is null))
        {
            return null;
        }

        var ok = Type switch
        {
            "date" => Day(actual.Value) == Get(entry, "value"),
            "daterange" => (Get(entry, "start") is not { } s || Iso(actual.Start) == s) && (Get(entry, "end") is not { } e || Iso(actual.End) == e),
            "duration" => string.Equals(actual.Value, Get(entry, "timex"), StringComparison.OrdinalIgnoreCase),
            "time" => Clock(actual.Value) == Clock(Get(entry, "value")),
            "datetime" => actual.Value is { Length: > 10 } v && Get(entry, "value") is { Length: > 10 } p && v[..10] == p[..10] && Clock(v) == Clock(p),
            "set" => string.Equals(actual.Value, Get(entry, "timex"), StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
        return ok ? null : $"{expected} = {Show(entry)} (value)";
    }

    /// <summary>The peer's past reading: the entry whose value or start is the latest not after the reference date, else the first.</summary>
    private IReadOnlyDictionary<string, string?>? PastEntry(DateOnly? reference)
    {
        if (Entries.Count <= 1 || reference is not { } r)
        {
            return Entries.FirstOrDefault();
        }

        var dated = Entries
            .Select(e => (Entry: e, Key: KeyDate(e)))
            .Where(x => x.Key is { } k && k <= r)
            .OrderByDescending(x => x.Key)
            .Select(x => x.Entry)
            .FirstOrDefault();
        return dated ?? Entries[0];
    }

    private static DateOnly? KeyDate(IReadOnlyDictionary<string, string?> entry)
    {
        var text = Get(entry, "value") ?? Get(entry, "start");
        return text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    private static string? Get(IReadOnlyDictionary<string, string?> entry, string key) => entry.TryGetValue(key, out var v) ? v : null;

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Day(string? value) => value is { Length: >= 10 } ? value[..10] : value;

    /// <summary>"T19:46", "19:46:00", "2016-11-07 19:46:00" all become "19:46:00".</summary>
    private static string? Clock(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var at = Math.Max(value.LastIndexOf('T'), value.LastIndexOf(' '));
        var clock = at >= 0 ? value[(at + 1)..] : value;
        return clock.Length == 5 ? clock + ":00" : clock;
    }

    private static string Show(IReadOnlyDictionary<string, string?> entry) =>
        string.Join(",", entry.Where(p => p.Key is not "type").Select(p => $"{p.Key}={p.Value}"));
}

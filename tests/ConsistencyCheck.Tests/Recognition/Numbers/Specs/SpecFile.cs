using System.Globalization;
using System.Text.Json;

namespace ConsistencyCheck.Tests.Recognition.Numbers.Specs;

/// <summary>Reads a spec file and scores an adapter against it.</summary>
public static class SpecFile
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Loads every case; keys are read case-insensitively, End (inclusive) becomes a length.</summary>
    public static IReadOnlyList<SpecCase> Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path).AsMemory(), Options);
        var cases = new List<SpecCase>();
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var results = new List<SpecResult>();
            if (Get(c, "Results") is { ValueKind: JsonValueKind.Array } rs)
            {
                foreach (var r in rs.EnumerateArray())
                {
                    var start = Get(r, "Start")?.GetInt32() ?? 0;
                    var end = Get(r, "End")?.GetInt32() ?? start;
                    var resolution = Get(r, "Resolution");
                    string? value = null;
                    string? unit = null;
                    if (resolution is { ValueKind: JsonValueKind.Object } res)
                    {
                        value = Get(res, "value") is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
                        unit = Get(res, "unit") is { ValueKind: JsonValueKind.String } u ? u.GetString() : null;
                    }

                    results.Add(new SpecResult(start, end - start + 1, Get(r, "TypeName")?.GetString() ?? "", value, unit));
                }
            }

            var notSupported = Get(c, "NotSupported") is { ValueKind: JsonValueKind.String } ns ? ns.GetString() ?? "" : "";
            cases.Add(new SpecCase(Get(c, "Input")?.GetString() ?? "", results, notSupported));
        }

        return cases;
    }

    /// <summary>Runs <paramref name="adapter"/> over every case; returns the pass rates and a report of failures.</summary>
    public static SpecScore Score(string file, IReadOnlyList<SpecCase> cases, Func<string, IEnumerable<SpecResult>> adapter, ISet<string> declined)
    {
        var passed = 0;
        var passedCounted = 0;
        var counted = 0;
        var failures = new List<string>();
        foreach (var c in cases)
        {
            var got = adapter(c.Input).OrderBy(r => r.Start).ThenBy(r => r.Length).ToList();
            var expected = c.Results.OrderBy(r => r.Start).ThenBy(r => r.Length).ToList();
            var ok = got.Count == expected.Count && got.Zip(expected).All(p => Same(p.First, p.Second));
            var isDeclined = declined.Contains(DeclinedSpecCases.Key(c.Input));
            if (!isDeclined)
            {
                counted++;
            }

            if (ok)
            {
                passed++;
                if (!isDeclined)
                {
                    passedCounted++;
                }
            }
            else if (!isDeclined)
            {
                failures.Add($"{Trim(c.Input)}\n      expected: {string.Join("; ", expected)}\n      got:      {string.Join("; ", got)}");
            }
        }

        return new SpecScore(file, cases.Count, passed, counted, passedCounted, failures);
    }

    private static bool Same(SpecResult got, SpecResult expected) =>
        got.Start == expected.Start && got.Length == expected.Length &&
        string.Equals(got.TypeName, expected.TypeName, StringComparison.OrdinalIgnoreCase) &&
        SameValue(got.Value, expected.Value) &&
        (expected.Unit is null || string.Equals(got.Unit, expected.Unit, StringComparison.OrdinalIgnoreCase));

    private static bool SameValue(string? got, string? expected)
    {
        if (got is null || expected is null)
        {
            return got == expected || (expected == "null" && got is null);
        }

        if (expected.StartsWith('[') || expected.StartsWith('('))
        {
            return SpecIntervals.Same(got, expected);
        }

        var percent = expected.EndsWith('%');
        if (percent != got.EndsWith('%'))
        {
            return false;
        }

        return double.TryParse(got.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var g)
            && double.TryParse(expected.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var e)
            && g.ToString("G15", CultureInfo.InvariantCulture) == e.ToString("G15", CultureInfo.InvariantCulture);
    }

    /// <summary>A property by name, ignoring case ("TypeName" and "Typename" both occur).</summary>
    private static JsonElement? Get(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var p in element.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return p.Value;
            }
        }

        return null;
    }

    private static string Trim(string s) => s.Length > 160 ? s[..160] + "…" : s;
}

using System.Collections.Immutable;
using System.Globalization;
using ConsistencyCheck.Text;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Comparison;
using ConsistencyCheck.Recognition;

namespace ConsistencyCheck.Reporting;

/// <summary>
/// Renders the English explanation of a <see cref="Finding"/> from its typed <see cref="Finding.Reason"/> and the
/// assertions it names: one or two sentences naming the sources, quoting the phrases and saying why, as every report
/// (the JSON <c>explanation</c>, JSON Lines, Markdown, HTML and the console) prints it. The English is fixed (dates as
/// "14 March 2024", numbers as "55,000"), whatever the current culture. Stateless and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var report = await pipeline.CheckAsync(paths);
/// foreach (var finding in report.Findings)
/// {
///     Console.WriteLine(FindingExplanation.Render(finding, report));
/// }
/// </code>
/// </example>
public static class FindingExplanation
{
    /// <summary>What is rendered when the assertions the reason needs cannot be found.</summary>
    internal const string Unavailable = "The assertions this finding is about are not in the report.";

    /// <summary>The explanation of <paramref name="finding"/>, whose assertions are looked up in <paramref name="report"/>.</summary>
    /// <returns>
    /// The explanation; when an assertion it needs is not in the report, the sentence "The assertions this finding is
    /// about are not in the report."
    /// </returns>
    /// <exception cref="ArgumentException">The finding has no reason (null).</exception>
    public static string Render(Finding finding, ConsistencyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Render(finding, Arrays.OrEmpty(report.Assertions));
    }

    /// <summary>The explanation of <paramref name="finding"/>, whose assertions <paramref name="lookup"/> finds by id (null for none).</summary>
    /// <returns>
    /// The explanation; when <paramref name="lookup"/> returns null for an assertion the reason needs, the sentence "The
    /// assertions this finding is about are not in the report."
    /// </returns>
    /// <exception cref="ArgumentException">The finding has no reason (null).</exception>
    public static string Render(Finding finding, Func<AssertionId, Assertion?> lookup)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(lookup);
        if (finding.Reason is GroupAgreementReason group)
        {
            return GroupAgreement(group, lookup);
        }

        var ids = Arrays.OrEmpty(finding.AssertionIds);
        if (ids.Length < 2 || lookup(ids[0]) is not { } first || lookup(ids[1]) is not { } second)
        {
            return finding.Reason is null ? throw NoReason(finding) : Unavailable;
        }

        return finding.Reason switch
        {
            SameFigureReason same => $"{BothSay(first, second)}: the same {(first.Quantity.Unit?.Category == "date" ? "date" : "figure")}{(same.WrittenDifferently ? ", written differently" : string.Empty)}.",
            SharedValuesReason shared => $"{BothSay(first, second)}. Read with their hedges ({Reading(first.Quantity)}; {Reading(second.Quantity)}), " +
                $"the figures are consistent: both allow {Allowed(shared.Shared)}.",
            ContradictionReason contradiction => Contradiction(first, second, contradiction),
            GroupContradictionReason g => string.Create(CultureInfo.InvariantCulture,
                $"{Contradiction(first, second, g.Contradiction)} ({g.FirstSources} source(s) give the first figure, {g.SecondSources} the second.)"),
            ChangeReason change => Change(first, second, change),
            RepeatWithinDocumentReason r => $"{Source(first)} states the figure twice, \"{first.Quantity.Text}\" in {Where(r.First)} " +
                $"and \"{second.Quantity.Text}\" in {Where(r.Second)}: consistent.",
            ChangeWithinDocumentReason c => $"{Source(first)} gives \"{first.Quantity.Text}\" and later \"{second.Quantity.Text}\" for different dates: " +
                Change(first, second, c.Change),
            SelfContradictionReason r => $"{Source(first)} disagrees with itself: \"{first.Quantity.Text}\" in {Where(r.First)} " +
                $"but \"{second.Quantity.Text}\" in {Where(r.Second)}, for the same quantity at the same time.",
            _ => throw NoReason(finding),
        };
    }

    /// <summary>The explanation of <paramref name="finding"/>, whose assertions are in <paramref name="assertions"/> (sorted by id, as reports keep them).</summary>
    internal static string Render(Finding finding, ImmutableArray<Assertion> assertions) =>
        Render(finding, id => Find(assertions, id));

    /// <summary>The assertion with <paramref name="id"/>: by binary search, else (an array not sorted by id) by a scan; null when absent.</summary>
    private static Assertion? Find(ImmutableArray<Assertion> assertions, AssertionId id)
    {
        if (JsonLinesReportWriter.Find(assertions, id) is { } found)
        {
            return found;
        }

        foreach (var assertion in assertions)
        {
            if (assertion.Id == id)
            {
                return assertion;
            }
        }

        return null;
    }

    private static ArgumentException NoReason(Finding finding) =>
        new($"The finding of cluster '{finding.ClusterId}' has no reason to explain.", nameof(finding));

    private static string BothSay(Assertion a, Assertion b) =>
        $"{Source(a)} says \"{a.Quantity.Text}\" and {Source(b)} says \"{b.Quantity.Text}\" {What(a)}";

    private static string Contradiction(Assertion a, Assertion b, ContradictionReason reason)
    {
        var when = reason.Days switch
        {
            null => "No date separates them",
            0 => $"Both refer to {Date(a.AsOf)}",
            _ => $"They refer to {Date(a.AsOf)} and {Date(b.AsOf)}, close enough to be the same moment",
        };
        return $"{Source(a)} says \"{a.Quantity.Text}\" but {Source(b)} says \"{b.Quantity.Text}\" {What(a)}. " +
            $"{when}, and {Reading(a.Quantity)} and {Reading(b.Quantity)} cannot both be true.";
    }

    private static string Change(Assertion a, Assertion b, ChangeReason reason)
    {
        var plausibility = reason.Plausibility switch
        {
            ChangePlausibility.RunningTotalGrew => " A running total that grows over time: a plausible change.",
            ChangePlausibility.RunningTotalShrank => " A running total should not shrink: worth a look.",
            ChangePlausibility.LevelMoved => " A level that can rise or fall: a plausible change.",
            _ => string.Empty,
        };
        var verb = reason.Direction switch
        {
            ChangeDirection.Rose => "rose",
            ChangeDirection.Fell => "fell",
            _ => "changed",
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"{Source(a)} reported \"{a.Quantity.Text}\" {What(a)} as of {Date(a.AsOf)}; {Source(b)} reported \"{b.Quantity.Text}\" as of {Date(b.AsOf)}, ") +
            string.Create(CultureInfo.InvariantCulture, $"{reason.Days} {(reason.Days == 1 ? "day" : "days")} later: the figure {verb}.{plausibility}");
    }

    /// <summary>"N sources agree (…): "…", "…" are consistent …", naming at most five sources and four phrases, in the group's order.</summary>
    private static string GroupAgreement(GroupAgreementReason reason, Func<AssertionId, Assertion?> lookup)
    {
        var members = new List<Assertion>(Arrays.OrEmpty(reason.Members).Length);
        foreach (var id in Arrays.OrEmpty(reason.Members))
        {
            if (lookup(id) is not { } member)
            {
                return Unavailable;
            }

            members.Add(member);
        }

        var phrases = members.Select(a => a.Quantity.Text).Distinct(StringComparer.OrdinalIgnoreCase).Take(4);
        var sources = members.Select(a => a.Publisher ?? a.DocumentId.Value).Distinct(StringComparer.Ordinal).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{sources.Count} sources agree ({string.Join(", ", sources.Take(5))}{(sources.Count > 5 ? ", …" : string.Empty)}): " +
            $"\"{string.Join("\", \"", phrases)}\" are consistent once hedges and rounding are read.");
    }

    private static string Where(FigurePlacement placement) => placement == FigurePlacement.Headline ? "its headline" : "its text";

    /// <summary>The outlet and document ("The Courier (courier.txt)"), or the document alone.</summary>
    private static string Source(Assertion a) => a.Publisher is { Length: > 0 } p ? $"{p} ({a.DocumentId})" : a.DocumentId.ToString();

    /// <summary>What is counted, as the reader would say it: "(senior doctors, signed)", "(residents, remain)".</summary>
    private static string What(Assertion a)
    {
        var subject = a.Subject.IsNone || a.Subject.Class == "*" && a.Subject.Text == a.Predicate.Text ? string.Empty : a.Subject.Text;
        var predicate = a.Predicate.IsNone ? string.Empty : a.Predicate.Text;
        return (subject, predicate) switch
        {
            ("", "") => string.Empty,
            (_, "") => $"({subject})",
            ("", _) => $"({predicate})",
            _ => $"({subject}, {predicate})",
        };
    }

    private static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "an unknown date";

    /// <summary>The values a figure allows, from its interval: "55,000", "50,000 to 55,000", "at least 50,000".</summary>
    private static string Reading(Quantity q)
    {
        var i = q.Interval;
        return (i.Low, i.High) switch
        {
            ({ } low, { } high) when low == high => Number(low),
            ({ } low, { } high) => $"{Number(low)} to {Number(high)}",
            ({ } low, null) => $"{(i.LowInclusive ? "at least" : "more than")} {Number(low)}",
            (null, { } high) => $"{(i.HighInclusive ? "at most" : "less than")} {Number(high)}",
            _ => "any value",
        };
    }

    /// <summary>The values two figures share: "55,000", "50,000 to 55,000", "50,000 or more", "up to 55,000".</summary>
    private static string Allowed(Interval shared) => (shared.Low, shared.High) switch
    {
        ({ } l, { } h) when l == h => Number(l),
        ({ } l, { } h) => $"{Number(l)} to {Number(h)}",
        ({ } l, null) => $"{Number(l)} or more",
        (null, { } h) => $"up to {Number(h)}",
        _ => "the same values",
    };

    private static string Number(decimal value) => value == decimal.Truncate(value)
        ? value.ToString("#,0", CultureInfo.InvariantCulture)
        : value.ToString("#,0.##", CultureInfo.InvariantCulture);
}

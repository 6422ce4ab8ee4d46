using System.Globalization;
using System.Text;

namespace ConsistencyCheck.Benchmarks.Corpus;

/// <summary>
/// Writes synthetic multi-outlet news stories with planted agreements, contradictions, changes over time and traps.
/// Each story is its own collection: three to six outlets report its figures on the same day or the next, each in
/// its own phrasing (digits or words, hedged or rounded); in some stories one outlet gives a clearly different figure
/// (a contradiction), and some stories have a follow-up a week later with an updated figure (a change over time).
/// Traps sit beside the facts: the same predicate about another subject, another predicate about the same subject,
/// the same figure in another town, a part of a group, and page furniture ("Read more:", "Sign up") with numbers.
/// Deterministic: the same seed and story index always give the same text.
/// </summary>
public sealed class StoryGenerator
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] Hedges = ["about", "around", "some", "roughly", "nearly", "almost"];
    private static readonly string[] Ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    private static readonly DateOnly FirstDay = new(2022, 1, 3);

    private readonly int _seed;

    /// <summary>Creates a generator; <paramref name="seed"/> picks the corpus.</summary>
    public StoryGenerator(int seed = 1) => _seed = seed;

    /// <summary>Share of stories with a planted contradiction (one outlet's figure disagrees). Default 0.5.</summary>
    public double ContradictionRate { get; init; } = 0.5;

    /// <summary>Share of stories with a follow-up a week later reporting an updated figure. Default 0.4.</summary>
    public double ChangeRate { get; init; } = 0.4;

    /// <summary>
    /// Whether to plant phrasings that expose known issues of the checker (sentences marked <c>!</c> and figures with a
    /// <see cref="FactTemplate.KnownIssue"/>; a promotion line with a figure). Default true, so that benchmark figures are honest;
    /// the unit test turns it off to hold the rest to full recall and no unplanted flags.
    /// </summary>
    public bool IncludeKnownIssues { get; init; } = true;

    /// <summary>The known issues the generator can plant, for the log and docs/performance.md.</summary>
    public static IEnumerable<string> KnownIssues =>
        StoryTopics.All.SelectMany(t => t.Traps.Concat(t.Facts)).Select(f => f.KnownIssue).OfType<string>().Distinct()
            .Append("Assertions: a prepositional phrase with a common noun (\"in schools\", \"in shelters\") is read as a place, so the same figure phrased two ways is never compared.")
            .Append("Ingest: a promotion line with a figure (\"Sign up for our newsletter: 3 stories a day\") stays text, and \"Sign up\" reads as the predicate \"signed\".");

    /// <summary>The collection name of story <paramref name="index"/>.</summary>
    public static string CollectionOf(int index) => string.Create(Invariant, $"s{index:D7}");

    /// <summary>Story number <paramref name="index"/> (0-based).</summary>
    public GeneratedStory Generate(int index)
    {
        // Not HashCode.Combine: it is randomised per process, and a corpus must be the same for the same seed.
        var random = new Random(unchecked((_seed * 1_000_003) + index));
        var topic = StoryTopics.All[random.Next(StoryTopics.All.Length)];
        var collection = CollectionOf(index);
        var town = Pick(random, StoryTopics.Towns);
        var other = Pick(random, StoryTopics.Towns.Where(t => t != town).ToArray());
        var river = Pick(random, StoryTopics.Rivers);
        var day = FirstDay.AddDays(random.Next(0, 900));
        var outlets = StoryTopics.Outlets.OrderBy(_ => random.Next()).Take(random.Next(3, 7)).ToArray();

        // Each document covers two or three of the story's facts and one or two of its traps.
        var facts = topic.Facts.Select(f => (Template: f, Value: Value(random, f))).ToArray();
        var traps = topic.Traps.Where(t => IncludeKnownIssues || t.KnownIssue is null).Select(t => (Template: t, Value: Value(random, t))).ToArray();
        var contradicted = random.NextDouble() < ContradictionRate ? random.Next(facts.Length) : -1;
        var contradictor = random.Next(outlets.Length);
        var changed = random.NextDouble() < ChangeRate ? random.Next(facts.Length) : -1;
        if (changed == contradicted && changed >= 0)
        {
            // A contradicting figure could meet the updated one; keep the two planted discrepancies on different facts.
            changed = (changed + 1) % facts.Length;
        }


        var documents = new List<GeneratedDocument>();
        var reports = new List<PlantedReport>();
        for (var o = 0; o < outlets.Length; o++)
        {
            var published = day.AddDays(random.Next(0, 2));
            var chosen = new List<(FactTemplate Template, decimal Value)>();
            for (var f = 0; f < facts.Length; f++)
            {
                // Every outlet reports the contradicted and the changed fact, so that the planted pairs exist.
                if (f == contradicted || f == changed || random.NextDouble() < 0.75)
                {
                    var value = f == contradicted && o == contradictor ? Contradicting(random, facts[f].Value) : facts[f].Value;
                    chosen.Add((facts[f].Template, value));
                }
            }

            chosen.AddRange(traps.Where(_ => random.NextDouble() < 0.5));
            documents.Add(Article(random, topic, collection, $"{collection}/{Slug(outlets[o])}", outlets[o], published, town, other, river, chosen, reports));
        }

        if (changed >= 0)
        {
            var outlet = outlets[random.Next(outlets.Length)];
            var fact = facts[changed];
            var updated = Updated(random, fact.Template, fact.Value);
            var later = day.AddDays(random.Next(6, 10));
            documents.Add(Article(random, topic, collection, $"{collection}/{Slug(outlet)}-2", outlet, later, town, other, river, [(fact.Template, updated)], reports));
        }

        return new GeneratedStory(collection, documents, reports);
    }

    private GeneratedDocument Article(
        Random random, StoryTopic topic, string collection, string id, string outlet, DateOnly published, string town, string other, string river,
        List<(FactTemplate Template, decimal Value)> figures, List<PlantedReport> reports)
    {
        string Fill(string template, string figure = "") => template
            .Replace("{N}", Capitalize(figure), StringComparison.Ordinal)
            .Replace("{n}", figure, StringComparison.Ordinal)
            .Replace("{town}", town, StringComparison.Ordinal)
            .Replace("{other}", other, StringComparison.Ordinal)
            .Replace("{river}", river, StringComparison.Ordinal)
            .Replace("{source}", Pick(random, StoryTopics.Sources), StringComparison.Ordinal);

        var sentences = new List<string>();
        foreach (var (template, value) in figures)
        {
            var phrase = Phrase(random, value, allowHedge: !template.Key.StartsWith("trap:", StringComparison.Ordinal));
            var choices = template.Sentences.Where(t => IncludeKnownIssues || !t.StartsWith('!')).ToArray();
            sentences.Add(Capitalize(Fill(Pick(random, choices).TrimStart('!'), phrase)));
            reports.Add(new PlantedReport(collection, template.Key, id, published, value, phrase));
        }

        foreach (var filler in topic.Fillers.OrderBy(_ => random.Next()).Take(random.Next(5, 9))
            .Concat(StoryTopics.Background.OrderBy(_ => random.Next()).Take(random.Next(14, 26))))
        {
            sentences.Add(Fill(filler));
        }

        var body = sentences.OrderBy(_ => random.Next()).ToList();
        var text = new StringBuilder();
        text.Append(town.ToUpperInvariant()).Append(", ").Append(published.ToString("d MMMM", Invariant)).Append(" (").Append(outlet).Append(") - ");
        for (var i = 0; i < body.Count; i++)
        {
            text.Append(body[i]).Append(i % 3 == 2 ? "\n\n" : " ");
        }

        // Page furniture a scraper leaves in: numbers that are no claims of the story.
        if (random.NextDouble() < 0.5)
        {
            text.Append("\n\nRead more: ").Append(random.Next(3, 12)).Append(" people were hurt in storms last winter\n");
        }

        if (random.NextDouble() < 0.5)
        {
            text.Append("\nSign up for our newsletter: ")
                .Append(IncludeKnownIssues ? $"{random.Next(2, 6)} stories a day" : "the day's stories")
                .Append(" from ").Append(outlet).Append('\n');
        }

        var hour = random.Next(6, 22);
        return new GeneratedDocument(id, collection, outlet, new DateTimeOffset(published.ToDateTime(new TimeOnly(hour, random.Next(0, 60))), TimeSpan.Zero),
            Fill(Pick(random, topic.Headlines)), text.ToString().TrimEnd());
    }

    private static decimal Value(Random random, FactTemplate template)
    {
        var value = random.Next(template.Min, template.Max + 1);

        // Half the figures are round, as officials' figures often are.
        if (value >= 1000 && random.NextDouble() < 0.5)
        {
            value = value / 100 * 100;
        }

        return value;
    }

    /// <summary>A figure that no hedge or rounding reconciles with <paramref name="value"/>: two to three times it, or a third of it.</summary>
    private static decimal Contradicting(Random random, decimal value) =>
        random.NextDouble() < 0.7 ? decimal.Round(value * (2 + (decimal)random.NextDouble())) : Math.Max(1, decimal.Round(value / 3));

    /// <summary>A week later: a running total grows by half to double; a level falls to between a third and a half.</summary>
    private static decimal Updated(Random random, FactTemplate template, decimal value) => template.Grows
        ? decimal.Round(value * (1.6m + (decimal)random.NextDouble()))
        : Math.Max(1, decimal.Round(value * (0.3m + ((decimal)random.NextDouble() / 5))));

    /// <summary>How an outlet writes <paramref name="value"/>: digits, words (under 100), or a hedge; rounded to two significant figures sometimes.</summary>
    private static string Phrase(Random random, decimal value, bool allowHedge)
    {
        var roll = random.NextDouble();
        if (value < 100 && roll < 0.35)
        {
            return Words((int)value);
        }

        var shown = value >= 1000 && roll > 0.8 ? Round2(value) : value;
        var digits = shown.ToString("#,0", Invariant);
        return allowHedge && roll is > 0.35 and < 0.65 ? $"{Pick(random, Hedges)} {digits}" : digits;
    }

    private static decimal Round2(decimal value)
    {
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)value)) - 1);
        return decimal.Round(value / magnitude) * magnitude;
    }

    private static string Words(int value) => value < 20
        ? Ones[value]
        : Tens[value / 10] + (value % 10 == 0 ? string.Empty : "-" + Ones[value % 10]);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Slug(string outlet) => outlet.Replace("The ", string.Empty, StringComparison.Ordinal).Replace(' ', '-').ToLowerInvariant();

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}

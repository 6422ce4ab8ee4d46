using System.Globalization;
using System.Text;

namespace ConsistencyCheck.Tests.Robustness;

/// <summary>
/// Real-looking news articles in the three file formats, seeded: a headline, a dateline, a byline and paragraphs of
/// figures about one of many invented places, so most stories are about different things (as in a real scrape) and a
/// few overlap. Deterministic for a given index.
/// </summary>
internal static class ArticleGenerator
{
    private static readonly string[] Starts = ["Mell", "Ost", "Pell", "Ans", "Kes", "Brad", "Wick", "Hal", "Thorn", "Ash", "Rav", "Cor", "Lind", "Fen"];
    private static readonly string[] Ends = ["brook", "wick", "ingford", "ford", "ton", "ley", "mouth", "bury", "dale", "stead", "holm"];
    private static readonly string[] Events = ["flood", "fire", "strike", "storm", "landslide", "outbreak", "power cut", "bridge collapse"];
    private static readonly string[] Outlets = ["The Mellbrook Courier", "Kestrel Wire", "Ansel Valley Post", "The Pellingford Herald", "The Ledger"];

    public static (string Name, string Content) Build(int index)
    {
        var random = new Random(index);
        var town = Starts[random.Next(Starts.Length)] + Ends[random.Next(Ends.Length)];
        var incident = Events[random.Next(Events.Length)];
        var outlet = Outlets[random.Next(Outlets.Length)];
        var day = 1 + random.Next(28);
        var people = 100 * random.Next(1, 900);
        var homes = random.Next(20, 3000);
        var killed = random.Next(0, 12);
        var cost = random.Next(2, 90);
        var headline = $"{Capital(incident)} in {town} forces {people:N0} from their homes";
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Police said nearly {people:N0} residents of {town} were evacuated on Tuesday after the {incident}.\n\n")
            .Append(CultureInfo.InvariantCulture, $"Of the {homes:N0} homes affected, about {homes / 3:N0} were in the old town. {Number(killed)} people were killed, officials confirmed.\n\n")
            .Append(CultureInfo.InvariantCulture, $"The council estimated that repairs would cost between £{cost}m and £{cost + 10}m, roughly {random.Next(2, 30)}% of its annual budget.\n\n")
            .Append(CultureInfo.InvariantCulture, $"\"We have never seen anything like this,\" said the council leader, adding that {random.Next(2, 60)} schools would stay closed until Friday.\n");
        var dateline = $"{day} March 2024 {random.Next(6, 22):D2}:{random.Next(60):D2}";
        return (index % 3) switch
        {
            0 => ($"article-{index:D5}.txt", $"{headline}\n{dateline}\nBy Sam Reed, {outlet}\n\n{body}"),
            1 => ($"article-{index:D5}.md", $"---\ntitle: \"{headline}\"\npublisher: {outlet}\npublished: 2024-03-{day:D2}\n---\n\n# {headline}\n\n{body}"),
            _ => ($"article-{index:D5}.html", $"<!DOCTYPE html><html><head><title>{headline} | {outlet}</title><meta property=\"article:published_time\" content=\"2024-03-{day:D2}T09:00:00Z\"></head>" +
                $"<body><nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a></nav><article><h1>{headline}</h1>" +
                string.Concat(body.ToString().Split("\n\n").Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p.Trim())}</p>")) +
                "</article><footer>© 2024</footer></body></html>"),
        };
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Number(int n) => n switch
    {
        0 => "No",
        1 => "One",
        2 => "Two",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ConsistencyCheck.Benchmarks.Corpus;

/// <summary>
/// Writes a generated corpus as JSONL (one document per line, the format <c>check</c> reads) and its ground truth
/// (one planted report per line: collection, fact, document, asOf, value, phrase).
/// </summary>
public static class CorpusFiles
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="stories"/> stories to <paramref name="corpusPath"/> and the truth to <paramref name="truthPath"/> (null: none).</summary>
    /// <returns>Documents and bytes written to the corpus.</returns>
    public static (long Documents, long Bytes) Write(StoryGenerator generator, int stories, string corpusPath, string? truthPath)
    {
        ArgumentNullException.ThrowIfNull(generator);
        using var corpus = new FileStream(corpusPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var truth = truthPath is null ? null : new FileStream(truthPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        long documents = 0;
        for (var i = 0; i < stories; i++)
        {
            var story = generator.Generate(i);
            foreach (var document in story.Documents)
            {
                WriteLine(corpus, writer =>
                {
                    writer.WriteString("id", document.Id);
                    writer.WriteString("collection", document.Collection);
                    writer.WriteString("publisher", document.Publisher);
                    writer.WriteString("published", document.Published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                    writer.WriteString("title", document.Title);
                    writer.WriteString("text", document.Text);
                });
                documents++;
            }

            if (truth is not null)
            {
                foreach (var report in story.Reports)
                {
                    WriteLine(truth, writer =>
                    {
                        writer.WriteString("collection", report.Collection);
                        writer.WriteString("fact", report.Fact);
                        writer.WriteString("documentId", report.DocumentId);
                        writer.WriteString("asOf", report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        writer.WriteNumber("value", report.Value);
                        writer.WriteString("phrase", report.Phrase);
                    });
                }
            }
        }

        return (documents, corpus.Length);
    }

    /// <summary>Writes the text of every document of <paramref name="stories"/> stories, one per line (line breaks as spaces), for recognizer timing.</summary>
    public static void WriteTexts(StoryGenerator generator, int stories, string path)
    {
        ArgumentNullException.ThrowIfNull(generator);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        for (var i = 0; i < stories; i++)
        {
            foreach (var document in generator.Generate(i).Documents)
            {
                writer.Write(document.Text.ReplaceLineEndings(" "));
                writer.Write('\n');
            }
        }
    }

    /// <summary>Reads a truth file written by <see cref="Write"/>.</summary>
    public static IEnumerable<PlantedReport> ReadTruth(string truthPath)
    {
        foreach (var line in File.ReadLines(truthPath, Encoding.UTF8))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            yield return new PlantedReport(
                root.GetProperty("collection").GetString()!,
                root.GetProperty("fact").GetString()!,
                root.GetProperty("documentId").GetString()!,
                DateOnly.ParseExact(root.GetProperty("asOf").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                root.GetProperty("value").GetDecimal(),
                root.GetProperty("phrase").GetString()!);
        }
    }

    private static void WriteLine(Stream stream, Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(stream, Compact))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }
}

using System.Text;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Tests.Ingest;

/// <summary>Small helpers shared by the ingest fixtures.</summary>
internal static class IngestTestHelpers
{
    public static async Task<List<Document>> ToListAsync(this IAsyncEnumerable<Document> documents)
    {
        var list = new List<Document>();
        await foreach (var document in documents)
        {
            list.Add(document);
        }

        return list;
    }

    public static Task<List<Document>> ReadAsync(IDocumentReader reader, byte[] bytes, string source = "test") =>
        reader.ReadAsync(new DocumentId(source), source, new MemoryStream(bytes)).ToListAsync();

    public static Task<List<Document>> ReadAsync(IDocumentReader reader, string text, string source = "test") =>
        ReadAsync(reader, Encoding.UTF8.GetBytes(text), source);

    /// <summary>The boilerplate regions of a document as the strings they cover.</summary>
    public static IEnumerable<string> BoilerplateTexts(this Document document) =>
        document.Boilerplate.Select(s => s.ToString(document.Text));

    /// <summary>True when the whole of <paramref name="fragment"/> (first occurrence) lies inside boilerplate.</summary>
    public static bool IsMarked(this Document document, string fragment)
    {
        var start = document.Text.IndexOf(fragment, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{fragment}' is not in the text", nameof(fragment));
        }

        var span = new ConsistencyCheck.Text.SourceSpan(start, fragment.Length);
        return document.Boilerplate.Any(b => b.Contains(span));
    }

    /// <summary>True when any part of <paramref name="fragment"/> (first occurrence) lies inside boilerplate.</summary>
    public static bool TouchesBoilerplate(this Document document, string fragment)
    {
        var start = document.Text.IndexOf(fragment, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{fragment}' is not in the text", nameof(fragment));
        }

        return document.IsBoilerplate(new ConsistencyCheck.Text.SourceSpan(start, fragment.Length));
    }
}

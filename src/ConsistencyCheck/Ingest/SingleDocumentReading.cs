using System.Collections.Immutable;

namespace ConsistencyCheck.Ingest;

/// <summary>The shared stream handling of the single-document readers: bounded read, decoding, empty and binary checks.</summary>
internal static class SingleDocumentReading
{
    /// <summary>
    /// Reads and decodes <paramref name="stream"/>, then builds the document with <paramref name="build"/>; an input that is
    /// too large, binary or empty becomes an unreadable document instead. Decoding diagnostics come first.
    /// </summary>
    public static async Task<Document> ReadAsync(
        DocumentId id,
        string source,
        Stream stream,
        IngestOptions options,
        Func<DocumentId, string, string, Document> build,
        CancellationToken cancellationToken)
    {
        var (bytes, tooLarge) = await BoundedStream.ReadAsync(stream, options.MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
        if (tooLarge)
        {
            return FailedDocument.Error(id, source, options.Collection,
                $"{source}: larger than the limit of {options.MaxDocumentBytes} bytes (IngestOptions.MaxDocumentBytes); not read.");
        }

        var decoded = TextDecoder.Decode(bytes, source);
        if (decoded.IsBinary)
        {
            return new Document(id, string.Empty) { Source = source, Collection = options.Collection, Diagnostics = decoded.Diagnostics };
        }

        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            return new Document(id, string.Empty)
            {
                Source = source,
                Collection = options.Collection,
                Diagnostics = [.. decoded.Diagnostics, Diagnostic.Error($"{source}: empty file; nothing to read.")],
            };
        }

        var document = build(id, source, decoded.Text);
        return decoded.Diagnostics.IsEmpty ? document : document with { Diagnostics = decoded.Diagnostics.AddRange(document.Diagnostics) };
    }

    /// <summary>Joins boilerplate regions that are each ordered and non-overlapping into one such list.</summary>
    public static ImmutableArray<Text.SourceSpan> Union(ImmutableArray<Text.SourceSpan> first, ImmutableArray<Text.SourceSpan> second)
    {
        if (first.IsEmpty)
        {
            return second;
        }

        if (second.IsEmpty)
        {
            return first;
        }

        var all = first.AddRange(second).Sort((a, b) => a.Start.CompareTo(b.Start));
        var result = ImmutableArray.CreateBuilder<Text.SourceSpan>(all.Length);
        foreach (var span in all)
        {
            if (result.Count > 0 && span.Start <= result[^1].End)
            {
                var last = result[^1];
                result[^1] = Text.SourceSpan.FromBounds(last.Start, Math.Max(last.End, span.End));
            }
            else
            {
                result.Add(span);
            }
        }

        return result.ToImmutable();
    }
}

using System.Collections.Immutable;
using System.Text.Json;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Benchmarks.Syntax;

/// <summary>An annotated figure with a counted thing (tests/ConsistencyCheck.Tests/RealNews/annotations, docs/evaluation.md § 2).</summary>
/// <param name="Id">"story figure", e.g. "005a2961 f7".</param>
/// <param name="Document">The article it stands in.</param>
/// <param name="Span">The quote's span in the article text.</param>
/// <param name="Sentence">The sentence holding it, as the checker's segmenter splits the text.</param>
/// <param name="Kind">count, measure, amount or share.</param>
/// <param name="Heads">The annotated heads (lemmas of the counted thing).</param>
internal sealed record AnnotatedFigure(string Id, Document Document, SourceSpan Span, SourceSpan Sentence, string Kind, ImmutableArray<string> Heads);

/// <summary>
/// The annotated real-news stories of one half of the committed split, read from the repository (annotations) and
/// from the shared article folder (texts), which never enter the repository.
/// </summary>
internal sealed class AnnotatedFigures
{
    /// <summary>The kinds of figure that count or measure something.</summary>
    public static readonly ImmutableArray<string> Kinds = ["count", "measure", "amount", "share"];

    private AnnotatedFigures(ImmutableArray<Document> documents, ImmutableArray<AnnotatedFigure> figures, int stories, int misplaced)
    {
        Documents = documents;
        Figures = figures;
        Stories = stories;
        Misplaced = misplaced;
    }

    /// <summary>Every article of the half's annotated stories.</summary>
    public ImmutableArray<Document> Documents { get; }

    /// <summary>The figures of <see cref="Kinds"/>, in story and document order.</summary>
    public ImmutableArray<AnnotatedFigure> Figures { get; }

    /// <summary>Stories read.</summary>
    public int Stories { get; }

    /// <summary>Figures skipped because the text at their offsets is not their quote.</summary>
    public int Misplaced { get; }

    /// <summary>Reads the half <paramref name="half"/> ("tuning" or "heldout").</summary>
    public static async Task<AnnotatedFigures> LoadAsync(string repository, string articles, string half)
    {
        var folder = Path.Combine(repository, "tests", "ConsistencyCheck.Tests", "RealNews");
        var stories = File.ReadLines(Path.Combine(folder, "split.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .Where(cells => cells[1] == half)
            .Select(cells => cells[0])
            .Where(story => File.Exists(Path.Combine(folder, "annotations", story + ".json")))
            .ToList();
        var documents = ImmutableArray.CreateBuilder<Document>();
        var figures = ImmutableArray.CreateBuilder<AnnotatedFigure>();
        var misplaced = 0;
        foreach (var story in stories)
        {
            var file = Directory.EnumerateFiles(articles, story + "*.jsonl").Single();
            var byId = new Dictionary<string, (Document Document, ImmutableArray<SourceSpan> Sentences)>(StringComparer.Ordinal);
            await foreach (var document in new DocumentLoader(new IngestOptions()).LoadAsync([file]))
            {
                documents.Add(document);
                byId[document.Id.Value] = (document, SentenceSegmenter.Split(document.Text));
            }

            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "annotations", story + ".json")));
            foreach (var figure in json.RootElement.GetProperty("figures").EnumerateArray())
            {
                var kind = figure.GetProperty("kind").GetString()!;
                if (!Kinds.Contains(kind))
                {
                    continue;
                }

                var (document, sentences) = byId[figure.GetProperty("doc").GetString()!];
                var start = figure.GetProperty("start").GetInt32();
                var end = figure.GetProperty("end").GetInt32();
                if (end > document.Text.Length || document.Text[start..end] != figure.GetProperty("quote").GetString())
                {
                    misplaced++;
                    continue;
                }

                var heads = figure.TryGetProperty("heads", out var h) ? h.EnumerateArray().Select(x => x.GetString()!).ToImmutableArray() : [];
                var containing = SentenceSegmenter.Containing(sentences, start);
                var sentence = SourceSpan.FromBounds(Math.Min(containing.Start, start), Math.Max(containing.End, end));
                figures.Add(new AnnotatedFigure($"{story} {figure.GetProperty("id").GetString()}", document, SourceSpan.FromBounds(start, end), sentence, kind, heads));
            }
        }

        return new AnnotatedFigures(documents.ToImmutable(), figures.ToImmutable(), stories.Count, misplaced);
    }
}

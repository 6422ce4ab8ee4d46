using System.Collections.Immutable;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Benchmarks;

/// <summary>
/// The news-like text the benchmarks run on: the repository's own sample articles (licence-clean, written for
/// the project), repeated as separate collections so that a run has a realistic number of documents.
/// </summary>
public sealed class BenchmarkCorpus
{
    private BenchmarkCorpus(ImmutableArray<Document> documents)
    {
        Documents = documents;
        Characters = documents.Sum(d => (long)d.Text.Length);
    }

    /// <summary>The documents.</summary>
    public ImmutableArray<Document> Documents { get; }

    /// <summary>Total characters of text.</summary>
    public long Characters { get; }

    /// <summary>Loads every sample article once per collection, <paramref name="copies"/> collections in all.</summary>
    public static async Task<BenchmarkCorpus> LoadAsync(int copies)
    {
        var samples = Path.Combine(FindRoot(), "samples");
        var loader = new DocumentLoader(new IngestOptions());
        var originals = new List<Document>();
        await foreach (var document in loader.LoadAsync([samples]).ConfigureAwait(false))
        {
            if (!document.IsUnreadable && document.Text.Length > 0)
            {
                originals.Add(document);
            }
        }

        var documents = Enumerable.Range(0, copies)
            .SelectMany(copy => originals.Select(d => d with { Id = new DocumentId($"{copy}/{d.Id.Value}"), Collection = $"story-{copy}" }))
            .ToImmutableArray();
        return new BenchmarkCorpus(documents);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConsistencyCheck.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository: ConsistencyCheck.sln was not found above " + AppContext.BaseDirectory);
    }
}

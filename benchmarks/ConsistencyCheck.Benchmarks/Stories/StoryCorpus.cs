using System.Collections.Immutable;
using ConsistencyCheck.Benchmarks.Corpus;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Stories;

namespace ConsistencyCheck.Benchmarks.Stories;

/// <summary>Documents of the generated corpus (<see cref="StoryGenerator"/>), made in memory, and their story signatures.</summary>
public static class StoryCorpus
{
    /// <summary>
    /// At least <paramref name="count"/> documents of whole generated stories (three to seven outlets each), each story
    /// in its own collection when <paramref name="withCollections"/>, else all in the default one.
    /// </summary>
    public static ImmutableArray<Document> Documents(int count, bool withCollections)
    {
        var generator = new StoryGenerator(seed: 1);
        var documents = ImmutableArray.CreateBuilder<Document>(count + 8);
        for (var story = 0; documents.Count < count; story++)
        {
            foreach (var generated in generator.Generate(story).Documents)
            {
                documents.Add(new Document(new DocumentId(generated.Id), generated.Text)
                {
                    Collection = withCollections ? generated.Collection : Document.DefaultCollection,
                    Metadata = new DocumentMetadata { Title = generated.Title, Publisher = generated.Publisher, Published = generated.Published },
                });
            }
        }

        return documents.ToImmutable();
    }

    /// <summary>The signatures of <paramref name="count"/> or a few more generated documents, computed in parallel.</summary>
    public static ImmutableArray<StorySignature> Signatures(int count, bool withCollections)
    {
        // Made story by story, so that 100,000 documents never hold all their text at once.
        var signatures = ImmutableArray.CreateBuilder<StorySignature>(count + 8);
        const int Batch = 5_000;
        var generator = new StoryGenerator(seed: 1);
        var story = 0;
        while (signatures.Count < count)
        {
            var batch = new List<Document>(Batch + 8);
            while (batch.Count < Math.Min(Batch, count - signatures.Count))
            {
                batch.AddRange(generator.Generate(story++).Documents.Select(g => new Document(new DocumentId(g.Id), g.Text)
                {
                    Collection = withCollections ? g.Collection : Document.DefaultCollection,
                    Metadata = new DocumentMetadata { Title = g.Title, Published = g.Published },
                }));
            }

            signatures.AddRange(batch.AsParallel().AsOrdered().Select(d => StorySignature.FromDocument(d)));
        }

        return signatures.ToImmutable();
    }
}

using System.Collections.Immutable;
using ConsistencyCheck.Benchmarks.Corpus;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Stories;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Stories;

public class StoryGrouperTests
{
    /// <summary>
    /// A signature of equally weighted terms (a unit vector), with enough content words to be compared; terms separated
    /// by spaces, or by commas when a term has a space.
    /// </summary>
    internal static StorySignature Signature(string id, string terms, string collection = Document.DefaultCollection, DateTimeOffset? published = null, int contentWords = 100)
    {
        var words = terms.Split(terms.Contains(',', StringComparison.Ordinal) ? ',' : ' ');
        var weight = (float)(1 / Math.Sqrt(words.Length));
        return new StorySignature(new DocumentId(id), collection, published, contentWords, [.. words.Select(w => new StoryTerm(w, weight))]);
    }

    private static string[][] Groups(StoryGrouping grouping) => [.. grouping.Stories.Select(s => s.Members.Select(m => m.Value).ToArray())];

    [Test]
    public void Documents_sharing_their_heavy_terms_are_one_story_and_others_are_not()
    {
        var grouping = new StoryGrouper().Group(
        [
            Signature("a1", "flood mellbrook river evacuate council"),
            Signature("a2", "flood mellbrook river evacuate rescue"),
            Signature("b1", "election senate ballot count recount"),
        ]);
        Groups(grouping).Should().BeEquivalentTo(new[] { new[] { "a1", "a2" }, ["b1"] });
    }

    [Test]
    public void A_document_about_two_stories_does_not_chain_them()
    {
        // The hub shares half its terms with each story: it links to both (cosine 0.5), but once it has joined one, the
        // average between that group and the other story is diluted by the members without a link.
        var grouping = new StoryGrouper().Group(
        [
            Signature("a1", "flood mellbrook river evacuate"),
            Signature("a2", "flood mellbrook river evacuate"),
            Signature("a3", "flood mellbrook river evacuate"),
            Signature("b1", "comey fbi fire director"),
            Signature("b2", "comey fbi fire director"),
            Signature("b3", "comey fbi fire director"),
            Signature("hub", "flood mellbrook comey fbi"),
        ]);
        grouping.Stories.Should().Contain(s => s.Members.Contains(new DocumentId("a1")) && !s.Members.Contains(new DocumentId("b1")));
        grouping.StoryOf(new DocumentId("a1")).Should().NotBe(grouping.StoryOf(new DocumentId("b1")));
    }

    [Test]
    public void A_story_never_spans_two_collections()
    {
        var grouping = new StoryGrouper().Group(
        [
            Signature("a1", "flood mellbrook river evacuate", collection: "one"),
            Signature("a2", "flood mellbrook river evacuate", collection: "two"),
            Signature("a3", "flood mellbrook river evacuate", collection: "two"),
        ]);
        Groups(grouping).Should().BeEquivalentTo(new[] { new[] { "a1" }, ["a2", "a3"] });
        grouping.Stories.Select(s => s.Collection).Should().Equal("one", "two");
    }

    [Test]
    public void A_document_with_too_few_content_words_is_a_story_of_its_own_with_a_diagnostic()
    {
        var grouping = new StoryGrouper().Group(
        [
            Signature("a1", "flood mellbrook river evacuate"),
            Signature("a2", "flood mellbrook river evacuate"),
            Signature("short", "flood mellbrook river evacuate", contentWords: 5),
        ]);
        Groups(grouping).Should().BeEquivalentTo(new[] { new[] { "a1", "a2" }, ["short"] });
        grouping.Diagnostics.Should().ContainSingle().Which.Should().Match<StoryDiagnostic>(d =>
            d.Document == new DocumentId("short") && d.Diagnostic.Severity == DiagnosticSeverity.Warning && d.Diagnostic.Message.Contains("5 content words"));
    }

    [Test]
    public void A_named_collection_splits_only_into_parts_that_are_not_linked_on_average()
    {
        // a4 shares two of its eight terms with a1 and a2 (six terms each): cosine 2 × 0.408 × 0.354 = 0.289, a link (at
        // least 0.10) but less than the similarity threshold (0.335). b1 shares nothing: apart in both.
        StorySignature[] Of(string collection) =>
        [
            Signature("a1", "flood mellbrook river evacuate rescue shelter", collection),
            Signature("a2", "flood mellbrook river evacuate rescue shelter", collection),
            Signature("a4", "flood mellbrook sandbag levee pump volunteer road closure", collection),
            Signature("b1", "election senate ballot recount", collection),
        ];

        Groups(new StoryGrouper().Group(Of(Document.DefaultCollection))).Should().BeEquivalentTo(new[] { new[] { "a1", "a2" }, ["a4"], ["b1"] });
        Groups(new StoryGrouper().Group(Of("floods"))).Should().BeEquivalentTo(new[] { new[] { "a1", "a2", "a4" }, ["b1"] });
        StoryGrouper.IsNamed(Document.DefaultCollection).Should().BeFalse();
        StoryGrouper.IsNamed("floods").Should().BeTrue();
    }

    [Test]
    public void A_short_document_of_a_named_collection_stays_with_the_story_it_is_most_alike()
    {
        var grouping = new StoryGrouper().Group(
        [
            Signature("a1", "flood mellbrook river evacuate", "news"),
            Signature("a2", "flood mellbrook river evacuate", "news"),
            Signature("b1", "election senate ballot recount", "news"),
            Signature("b2", "election senate ballot recount", "news"),
            Signature("brief", "senate recount", "news", contentWords: 5),
            Signature("other", "harbour ferry", "news", contentWords: 5),
        ]);
        Groups(grouping).Should().BeEquivalentTo(new[] { new[] { "a1", "a2", "other" }, ["b1", "b2", "brief"] },
            "a short document joins the story it shares terms with, or the largest (then the first) when it shares none");
        grouping.Diagnostics.Select(d => d.Document.Value).Should().Equal("brief", "other");
        grouping.Diagnostics[0].Diagnostic.Message.Should().Contain("5 content words").And.Contain("most alike").And.Contain("election");
        grouping.Diagnostics[1].Diagnostic.Message.Should().Contain("shares no term");
    }

    [Test]
    public void Short_documents_of_a_collection_where_nothing_can_be_grouped_are_one_story()
    {
        var grouping = new StoryGrouper().Group(
        [
            Signature("a", "flood mellbrook", contentWords: 6),
            Signature("b", "flood river", contentWords: 7),
            Signature("c", "flood", collection: "other", contentWords: 3),
        ]);
        Groups(grouping).Should().BeEquivalentTo(new[] { new[] { "a", "b" }, ["c"] }, "stories still never span two collections");
        grouping.Diagnostics.Should().HaveCount(3).And.OnlyContain(d => d.Diagnostic.Message.Contains("are one story"));
    }

    [Test]
    public void A_real_short_document_gets_the_diagnostic_too()
    {
        var document = new Document(new DocumentId("brief"), "Flood warning lifted.");
        var grouping = new StoryGrouper().Group([StorySignature.FromDocument(document)]);
        grouping.Stories.Should().ContainSingle();
        grouping.Diagnostics.Should().ContainSingle().Which.Document.Should().Be(new DocumentId("brief"));
    }

    [TestCase(null, true)]
    [TestCase(10.0, true)]
    [TestCase(60.0, false)]
    public void Distant_publication_dates_weaken_a_link(double? daysApart, bool together)
    {
        var day = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var options = new StoryOptions { DistantDateFactor = 0.3 };
        var grouping = new StoryGrouper(options).Group(
        [
            Signature("a1", "flood mellbrook river evacuate council", published: day),
            Signature("a2", "flood mellbrook river evacuate rescue", published: daysApart is { } d ? day.AddDays(d) : null),
        ]);
        (grouping.Stories.Length == 1).Should().Be(together);
    }

    [Test]
    public void Documents_sharing_only_a_key_of_an_oversized_block_are_not_compared()
    {
        var options = new StoryOptions { MaxBlockSize = 2, MinSharedKeys = 1, BlockingTerms = 1, MaxTerms = 4 };
        var grouping = new StoryGrouper(options).Group(
        [
            Signature("a1", "flood"),
            Signature("a2", "flood"),
            Signature("a3", "flood"),
        ]);
        grouping.Stories.Should().HaveCount(3);
        new StoryGrouper(options with { MaxBlockSize = 3 }).Group([Signature("a1", "flood"), Signature("a2", "flood"), Signature("a3", "flood")])
            .Stories.Should().ContainSingle();
    }

    [Test]
    public void A_document_keeps_only_its_strongest_links()
    {
        // a1 and a2 each link to b1 (cosine 0.5): average 0.5. With one link kept, a1 keeps only a2, and the average falls to 0.25.
        StorySignature[] signatures =
        [
            Signature("a1", "flood mellbrook river evacuate"),
            Signature("a2", "flood mellbrook river evacuate"),
            Signature("b1", "flood mellbrook comey fbi"),
        ];
        var options = new StoryOptions { SimilarityThreshold = 0.3, LinkThreshold = 0.1 };
        new StoryGrouper(options).Group(signatures).Stories.Should().ContainSingle();
        Groups(new StoryGrouper(options with { MaxLinksPerDocument = 1 }).Group(signatures)).Should().BeEquivalentTo(new[] { new[] { "a1", "a2" }, ["b1"] });
    }

    [Test]
    public void Ids_come_from_the_collection_and_the_first_member_and_labels_skip_words_already_shown()
    {
        ImmutableArray<StoryTerm> terms = [new("james comey", 0.6f), new("comey", 0.5f), new("fbi", 0.4f), new("fire", 0.3f), new("director", 0.3f)];
        var story = new StoryGrouper(new StoryOptions { LabelWords = 3 }).Group(
        [
            new StorySignature(new DocumentId("b"), Document.DefaultCollection, null, 100, terms),
            new StorySignature(new DocumentId("a"), Document.DefaultCollection, null, 100, terms),
        ]).Stories.Single();
        story.Id.Should().Be(StoryId.Of(Document.DefaultCollection, new DocumentId("a")));
        story.Id.Value.Should().MatchRegex("^story-[0-9a-f]{16}$");
        story.Members.Should().Equal(new DocumentId("a"), new DocumentId("b"));
        story.Label.Should().Equal("james comey", "fbi", "director");
    }

    [Test]
    public void Two_signatures_of_one_document_are_refused()
    {
        var act = () => new StoryGrouper().Group([Signature("a", "flood"), Signature("a", "fire")]);
        act.Should().Throw<ArgumentException>().WithParameterName("signatures");
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void The_same_documents_give_the_same_stories_in_any_order_and_on_any_number_of_threads(int seed)
    {
        var documents = GeneratedDocuments(40);
        var expected = new StoryGrouper().Group(documents.Select(d => StorySignature.FromDocument(d)));
        var shuffled = documents.OrderBy(_ => new Random(seed).Next()).ToArray();
        new Random(seed).Shuffle(shuffled);
        var parallel = shuffled.AsParallel().WithDegreeOfParallelism(4).Select(d => StorySignature.FromDocument(d)).ToArray();
        var grouping = new StoryGrouper().Group(parallel);

        grouping.Stories.Should().Equal(expected.Stories);
        grouping.Assignments.Should().Equal(expected.Assignments);
        expected.Stories.Length.Should().BeInRange(2, documents.Length - 1, "the generated stories must give a non-trivial grouping to compare");
    }

    [Test]
    public void Generated_stories_in_their_own_collections_are_found_exactly()
    {
        var documents = GeneratedDocuments(60, withCollections: true);
        var grouping = new StoryGrouper().Group(documents.Select(d => StorySignature.FromDocument(d)));
        var score = PairwiseScore.Of(grouping, documents.ToDictionary(d => d.Id, d => d.Collection));
        score.Precision.Should().Be(1);
        score.Recall.Should().BeGreaterThanOrEqualTo(0.95, score.ToString());
    }

    /// <summary>The documents of the benchmarks' generated stories (several outlets per story), with or without their collections.</summary>
    internal static ImmutableArray<Document> GeneratedDocuments(int stories, bool withCollections = false, int seed = 1)
    {
        var generator = new StoryGenerator(seed);
        return [.. Enumerable.Range(0, stories).SelectMany(i => generator.Generate(i).Documents).Select(g => new Document(new DocumentId(g.Id), g.Text)
        {
            Collection = withCollections ? g.Collection : Document.DefaultCollection,
            Metadata = new DocumentMetadata { Title = g.Title, Publisher = g.Publisher },
        })];
    }
}

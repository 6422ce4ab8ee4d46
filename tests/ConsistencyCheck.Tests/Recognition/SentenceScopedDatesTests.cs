using System.Collections.Immutable;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Benchmarks.Corpus;
using ConsistencyCheck.Cli;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Text;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Recognition;

/// <summary>
/// Asked for dates in figure sentences only, <see cref="TextRecognizer"/> reads dates only in the sentences that hold a figure (a figure's
/// date is read in its own sentence), which is what the pipeline asks for: the assertions must be exactly those of a
/// reading of the whole text.
/// </summary>
public class SentenceScopedDatesTests
{
    private static readonly ConsistencyPipeline Pipeline = PipelineFactory.Create();

    // Long enough (over 512 characters) to be read in regions rather than whole.
    private static readonly string Filler = string.Concat(Enumerable.Repeat("Residents said the town had never seen anything like it. ", 10));

    [Test]
    public void Dates_in_sentences_without_a_figure_are_not_read_when_the_sentences_are_given()
    {
        var text = "The bridge closed on Monday. " + Filler + "Police said 40 people were hurt on Tuesday.";
        var context = new RecognitionContext(new DateOnly(2024, 3, 14));

        var whole = Pipeline.Recognizer.Recognize(text, context);
        var scoped = Pipeline.Recognizer.Recognize(text, context with { DatesInFigureSentencesOnly = true });

        whole.OfType<TemporalMention>().Select(m => m.Text).Should().Equal("Monday", "Tuesday");
        scoped.OfType<TemporalMention>().Select(m => m.Text).Should().Equal("Tuesday");
        scoped.OfType<Quantity>().Should().BeEquivalentTo(whole.OfType<Quantity>());
    }

    [Test]
    public void A_date_that_a_figure_is_part_of_still_claims_it()
    {
        // "2019" must stay a year, not become a count, in a sentence the regions cover.
        var text = Filler + "Sales in 2019 reached 300 units.";
        var context = new RecognitionContext(new DateOnly(2024, 3, 14)) { DatesInFigureSentencesOnly = true };

        var mentions = Pipeline.Recognizer.Recognize(text, context);

        mentions.OfType<TemporalMention>().Select(m => m.Text).Should().Equal("2019");
        mentions.OfType<Quantity>().Select(m => m.Text).Should().Equal("300");
    }

    [Test]
    public void Regions_cover_each_figure_sentence_with_a_margin_and_merge_where_they_touch()
    {
        var text = Filler + "First 10 fell. Then 20 fell. " + Filler + "Last 30 fell.";
        var found = Pipeline.Recognizer.Recognize(text).OfType<Mention>().ToList();

        var regions = FigureRegions.Around(text, null, found);

        regions.Should().HaveCount(2, "the first two figure sentences touch, the third stands apart");
        var first = text.IndexOf("First", StringComparison.Ordinal);
        var then = text.IndexOf("Then 20 fell.", StringComparison.Ordinal) + "Then 20 fell.".Length;
        regions[0].Start.Should().BeLessThanOrEqualTo(first - FigureRegions.Margin);
        regions[0].End.Should().BeGreaterThanOrEqualTo(then);
        regions[1].End.Should().Be(text.Length);
        regions.Should().OnlyContain(r => r.Start == 0 || char.IsWhiteSpace(text[r.Start - 1]), "a region starts at a word");
    }

    [Test]
    public void A_short_text_is_read_whole()
    {
        var text = "On Monday the bridge closed. 40 people were hurt.";
        var regions = FigureRegions.Around(text, null, []);

        regions.Should().Equal(new SourceSpan(0, text.Length));
    }

    [Test]
    public void A_short_text_without_a_figure_is_still_read_whole_and_a_long_one_not_at_all()
    {
        FigureRegions.Around(Filler, null, []).Should().BeEmpty();
        FigureRegions.Around(Filler, SentenceSegmenter.Map(Filler), []).Should().BeEmpty();
    }

    [TestCase("The bridge closed on Monday. 40 people were hurt on Tuesday.")]
    [TestCase("FILLER Police said 40 people were hurt on Tuesday. FILLER On 3 March, 12 homes flooded.\nAbout 300 residents left last week. FILLER")]
    [TestCase("FILLER Sales in 2019 reached 300 units, up 4% from a year earlier, the company said on Friday.\n\nFILLER")]
    [TestCase("FILLER The council said on Monday.\nIt cut 1,200 jobs. Dr. Smith said 41 signed in Jan. 2024. FILLER It rose 3.5 percent. FILLER")]
    public void Recognition_with_the_shared_sentences_equals_recognition_from_the_text_alone(string template)
    {
        var text = template.Replace("FILLER", Filler, StringComparison.Ordinal);
        var context = new RecognitionContext(new DateOnly(2024, 3, 14)) { DatesInFigureSentencesOnly = true };

        var shared = Pipeline.Recognizer.Recognize(SentenceSegmenter.Map(text), context);
        var alone = Pipeline.Recognizer.Recognize(text, context);

        shared.Should().BeEquivalentTo(alone, o => o.WithStrictOrdering().RespectingRuntimeTypes());
        var found = alone.Where(m => m is not TemporalMention).ToList();
        FigureRegions.Around(text, SentenceSegmenter.Map(text), found).Should().Equal(FigureRegions.Around(text, null, found));
    }

    [Test]
    public async Task Assertions_are_those_of_reading_the_whole_text_on_the_samples_and_the_gold_stories()
    {
        var paths = new List<string> { TestPaths.Samples };
        paths.AddRange(Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "tests", "ConsistencyCheck.Tests", "Gold"), "stories.jsonl", SearchOption.AllDirectories));
        var documents = await new DocumentLoader().LoadAsync(paths).ToListAsync();

        documents.Should().HaveCountGreaterThan(100);
        AssertSameAssertions(documents);
    }

    [Test]
    public void Assertions_are_those_of_reading_the_whole_text_on_a_generated_corpus()
    {
        var folder = Directory.CreateTempSubdirectory("cc-scoped-").FullName;
        try
        {
            var corpus = Path.Combine(folder, "corpus.jsonl");
            CorpusFiles.Write(new StoryGenerator(seed: 11), 60, corpus, Path.Combine(folder, "truth.jsonl"));
            var documents = new DocumentLoader().LoadAsync([corpus]).ToListAsync().AsTask().GetAwaiter().GetResult();

            AssertSameAssertions(documents);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void AssertSameAssertions(IReadOnlyList<Document> documents)
    {
        var extractor = new AssertionExtractor(Pipeline.Options.Assertions);
        foreach (var document in documents.Where(d => !d.IsUnreadable && d.Text.Length > 0))
        {
            var context = new RecognitionContext(document.Metadata.Published is { } p ? DateOnly.FromDateTime(p.Date) : null);
            var whole = extractor.Extract(document, Pipeline.Recognizer.Recognize(document.Text, context));

            var scoped = Pipeline.Extract(document);

            Describe(scoped).Should().Equal(Describe(whole), $"{document.Source} reads the same either way");
        }
    }

    private static ImmutableArray<string> Describe(ImmutableArray<Assertion> assertions) =>
        [.. assertions.Select(a => string.Join(" | ",
            a.Id, a.Subject, a.Predicate, a.Quantity.Text, a.Quantity.Span, a.Quantity.Stated, a.Quantity.Interval, a.Quantity.Qualifier, a.Time?.Text, a.Time?.Span,
            a.Time?.Value, a.AsOf, string.Join(",", a.Restrictors), a.Attribution, a.IsHedgedClaim, a.InHeadline))];
}

using ConsistencyCheck.Ingest;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Robustness;

/// <summary>
/// Properties over random and damaged text: recognition never throws, every mention's span lies in the text and
/// slices exactly its text, quantities keep low &lt;= stated &lt;= high, a re-run gives the same result, and the order
/// of documents or the number of threads never changes the report. Cases are seeds, so a failure names the seed
/// and the text, and replays.
/// </summary>
public class RecognitionProperties
{
    private static Config Quick(int tests) => Config.QuickThrowOnFailure.WithMaxTest(tests);

    private static Arbitrary<string> MutatedSamples() =>
        ArbMap.Default.ArbFor<int>().Generator
            .Select(seed =>
            {
                var random = new Random(seed);
                var samples = Robust.SampleTexts;
                return Mutator.Mutate(random, samples[random.Next(samples.Length)], samples, maxEdits: 12);
            })
            .ToArbitrary();

    private static Arbitrary<string> TokenSoups() =>
        ArbMap.Default.ArbFor<int>().Generator
            .Select(seed => { var random = new Random(seed); return Mutator.TokenSoup(random, random.Next(1, 120)); })
            .ToArbitrary();

    private static bool Holds(string text)
    {
        var first = Robust.Pipeline.Recognize(text, Robust.Context);
        var violation = Robust.Violation(text, first);
        if (violation is not null)
        {
            throw new AssertionException($"{violation} in {Robust.Show(text)}");
        }

        var second = Robust.Pipeline.Recognize(text, Robust.Context);
        if (!first.SequenceEqual(second))
        {
            throw new AssertionException($"a second run gave a different result for {Robust.Show(text)}");
        }

        return true;
    }

    [Test]
    public void Random_strings_keep_the_invariants() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null), Holds).Check(Quick(300));

    [Test]
    public void Random_Unicode_strings_keep_the_invariants() =>
        Prop.ForAll(ArbMap.Default.ArbFor<UnicodeString>(), s => Holds(s.Item ?? string.Empty)).Check(Quick(300));

    [Test]
    public void Token_soups_keep_the_invariants() =>
        Prop.ForAll(TokenSoups(), Holds).Check(Quick(300));

    [Test]
    public void Mutated_samples_keep_the_invariants() =>
        Prop.ForAll(MutatedSamples(), Holds).Check(Quick(150));

    [Test]
    public void Extracting_a_mutated_sample_never_throws_and_cites_spans_in_the_text() =>
        Prop.ForAll(MutatedSamples(), text =>
        {
            var document = new TextDocumentReader(new IngestOptions { SkipNonEnglish = false }).Read(new DocumentId("m.txt"), "m.txt", text);
            foreach (var assertion in Robust.Pipeline.Extract(document))
            {
                var (span, sentence) = (assertion.Quantity.Span, assertion.Sentence);
                if (sentence.Start < 0 || sentence.End > text.Length || !sentence.Contains(span) ||
                    !string.Equals(text.Substring(sentence.Start, sentence.Length), assertion.SentenceText, StringComparison.Ordinal))
                {
                    throw new AssertionException($"assertion {assertion.Id} cites {span} in sentence {sentence} inconsistently with the text of {Robust.Show(text)}");
                }
            }

            return true;
        }).Check(Quick(60));

    [Test]
    public void Shuffled_documents_and_any_parallelism_give_byte_identical_reports() =>
        Prop.ForAll(ArbMap.Default.ArbFor<int>(), seed =>
        {
            var random = new Random(seed);
            var samples = Robust.SampleTexts;
            var documents = Enumerable.Range(0, 8).Select(i =>
                new TextDocumentReader().Read(new DocumentId($"d{i}.txt"), $"d{i}.txt",
                    random.Next(3) == 0 ? samples[i % samples.Length] : Mutator.Mutate(random, samples[i % samples.Length], samples, 4)))
                .ToList();
            var shuffled = documents.OrderBy(_ => random.Next()).ToList();

            var one = Robust.Json(Robust.Build(1).CheckAsync(documents).GetAwaiter().GetResult());
            var two = Robust.Json(Robust.Build(2).CheckAsync(shuffled).GetAwaiter().GetResult());
            two.Should().Be(one, $"seed {seed}: the same documents in another order on two threads");
            return true;
        }).Check(Quick(15));
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ConsistencyCheck.Benchmarks.Stories;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Stories;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Stories;

/// <summary>
/// Pins the signatures, term by term and weight by weight (bit for bit), of the 150 real dev articles and of 500
/// generated documents, so that a change meant only to make <see cref="StorySignature.FromDocument"/> faster cannot
/// change what it computes. A change of the lexicon or of the rules changes the hashes on purpose: print them
/// (the test's output) and update them in the same commit, saying why.
/// </summary>
public class StorySignatureStabilityTests
{
    private const string RealHash = "5af855ad01c856abed96271eda013604ed7f849649c8d05bfb3c789c25f71aed";
    private const string GeneratedHash = "27dec6f34729711e92b4d2f5f6c67551ead1778e17ca2a42191782834f6f1445";

    [Test]
    public async Task Signatures_of_the_real_articles_are_unchanged()
    {
        var folder = ConsistencyCheck.Tests.RealNews.RealNewsCorpus.ArticlesOrIgnore();
        var documents = await ConsistencyCheck.Tests.RealNews.RealNewsCorpus.LoadAsync([.. Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal)]);
        documents.Should().HaveCount(150);
        var hash = Hash(documents);
        TestContext.Out.WriteLine($"real: {hash}");
        hash.Should().Be(RealHash);
    }

    [Test]
    public void Signatures_of_generated_documents_are_unchanged()
    {
        var hash = Hash(StoryCorpus.Documents(500, withCollections: true));
        TestContext.Out.WriteLine($"generated: {hash}");
        hash.Should().Be(GeneratedHash);
    }

    [TestCase(4)]
    [TestCase(17)]
    [TestCase(96)]
    public void Keeping_fewer_terms_keeps_the_heaviest_in_order(int maxTerms)
    {
        foreach (var document in StoryCorpus.Documents(40, withCollections: true))
        {
            var all = StorySignature.FromDocument(document, StoryOptions.Default with { MaxTerms = 512, BlockingTerms = 4, MinSharedKeys = 2 });
            var few = StorySignature.FromDocument(document, StoryOptions.Default with { MaxTerms = maxTerms, BlockingTerms = 4, MinSharedKeys = 2 });
            few.Terms.Select(t => t.Text).Should().Equal(all.Terms.Take(maxTerms).Select(t => t.Text));
        }
    }

    /// <summary>SHA-256 over every document's id, content-word count and terms with the bits of their weights.</summary>
    internal static string Hash(IEnumerable<Document> documents)
    {
        var text = new StringBuilder();
        foreach (var document in documents)
        {
            var signature = StorySignature.FromDocument(document);
            text.Append(document.Id.Value).Append('\t').Append(signature.ContentWords.ToString(CultureInfo.InvariantCulture));
            foreach (var term in signature.Terms)
            {
                text.Append('\t').Append(term.Text).Append(':').Append(BitConverter.SingleToInt32Bits(term.Weight).ToString("x8", CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Tests.Assertions;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Clustering;

public class AssertionOrderTests
{
    private static readonly Assertion Template = new AssertionExtractor(ExtractionOptions.Default)
        .Extract(Figures.Doc("a", "Two people were killed in the flood."), Figures.Mentions(Figures.Count("Two people were killed in the flood.", "Two", 2))).Single();

    [TestCase(0, 1)]
    [TestCase(1, 2)]
    [TestCase(1_000, 2)]
    [TestCase(50_000, 1)]
    [TestCase(50_000, 2)]
    [TestCase(50_000, 3)]
    [TestCase(50_000, 5)]
    public void Gives_the_stable_order_by_id_on_any_number_of_threads(int count, int threads)
    {
        // Few distinct ids, so that many assertions share one and the tie order shows; each is a distinct instance.
        var random = new Random(count + threads);
        var assertions = Enumerable.Range(0, count)
            .Select(i => Template with { Id = new AssertionId($"doc-{random.Next(count / 4 + 1):D5}.txt@{random.Next(3)}"), Attribution = i.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .ToList();

        var sorted = AssertionOrder.ById(assertions, threads);

        sorted.Should().Equal(assertions.OrderBy(a => a.Id), ReferenceEquals);
    }

    [TestCase(1)]
    [TestCase(2)]
    public void Orders_ids_of_any_characters_ordinally(int threads)
    {
        // Short ids, NUL, and characters from U+00FF up, which the sort cannot read as one byte each.
        const string Alphabet = "ab0\0\u00fe\u00ff\u0100\u0101\uffff";
        var random = new Random(3);
        var assertions = Enumerable.Range(0, 40_000)
            .Select(_ => Template with { Id = new AssertionId(new string([.. Enumerable.Range(0, random.Next(11)).Select(_ => Alphabet[random.Next(Alphabet.Length)])])) })
            .ToList();

        AssertionOrder.ById(assertions, threads).Should().Equal(assertions.OrderBy(a => a.Id), ReferenceEquals);
    }

    [Test]
    public void Stops_when_cancelled()
    {
        var assertions = Enumerable.Range(0, 100).Select(i => Template with { Id = new AssertionId($"d@{i}") }).ToList();
        var act = () => AssertionOrder.ById(assertions, 2, new CancellationToken(canceled: true));
        act.Should().Throw<OperationCanceledException>();
    }
}

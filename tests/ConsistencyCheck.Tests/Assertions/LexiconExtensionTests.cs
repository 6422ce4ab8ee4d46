using System.Collections.Immutable;
using ConsistencyCheck.Assertions;
using ConsistencyCheck.Assertions.Lexicons;
using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Assertions;

/// <summary>
/// A user lexicon is validated when the pipeline is built: a null class, a null dictionary, an empty class, a class with
/// the clustering key's separator or a key that is not one word is an <see cref="ArgumentException"/> naming the entry,
/// never a <see cref="NullReferenceException"/> later, an error naming <c>key</c>, or silently changed results.
/// </summary>
public class LexiconExtensionTests
{
    private static ConsistencyPipeline Build(LexiconExtension lexicon) =>
        new ConsistencyPipelineBuilder().UseNumbers().UseQuantities().UseDates()
            .Configure(o => o with { Assertions = o.Assertions with { Lexicon = lexicon } })
            .Build();

    private static ImmutableDictionary<string, string> Entry(string key, string? value) =>
        ImmutableDictionary<string, string>.Empty.Add(key, value!);

    private static IEnumerable<TestCaseData> Invalid()
    {
        yield return Case("null subject class", new LexiconExtension { SubjectClasses = Entry("medic", null) }, "LexiconExtension.SubjectClasses['medic']", "SubjectClasses");
        yield return Case("null predicate class", new LexiconExtension { PredicateClasses = Entry("perished", null) }, "LexiconExtension.PredicateClasses['perished']", "PredicateClasses");
        yield return Case("empty subject class", new LexiconExtension { SubjectClasses = Entry("medic", string.Empty) }, "LexiconExtension.SubjectClasses['medic']", "SubjectClasses");
        yield return Case("empty predicate class", new LexiconExtension { PredicateClasses = Entry("perished", string.Empty) }, "LexiconExtension.PredicateClasses['perished']", "PredicateClasses");
        yield return Case("class with the key separator", new LexiconExtension { SubjectClasses = Entry("medic", "medical|staff") }, "LexiconExtension.SubjectClasses['medic']", "SubjectClasses");
        yield return Case("key of two words", new LexiconExtension { PredicateClasses = Entry("passed away", "killed") }, "LexiconExtension.PredicateClasses['passed away']", "PredicateClasses");
        yield return Case("empty key", new LexiconExtension { SubjectClasses = Entry(string.Empty, "medical-staff") }, "LexiconExtension.SubjectClasses['']", "SubjectClasses");
        yield return Case("null subject dictionary", new LexiconExtension { SubjectClasses = null! }, "LexiconExtension.SubjectClasses is null", "SubjectClasses");
        yield return Case("null predicate dictionary", new LexiconExtension { PredicateClasses = null! }, "LexiconExtension.PredicateClasses is null", "PredicateClasses");

        static TestCaseData Case(string name, LexiconExtension lexicon, string named, string parameter) =>
            new TestCaseData(lexicon, named, parameter).SetArgDisplayNames(name);
    }

    [TestCaseSource(nameof(Invalid))]
    public void An_invalid_entry_is_an_ArgumentException_naming_it_when_the_pipeline_is_built(LexiconExtension lexicon, string named, string parameter)
    {
        var build = () => Build(lexicon);

        var thrown = build.Should().Throw<ArgumentException>().Which;
        thrown.Message.Should().Contain(named);
        thrown.ParamName.Should().Be(parameter);
    }

    [Test]
    public void The_extractor_validates_its_lexicon_too()
    {
        var create = () => new AssertionExtractor(new ExtractionOptions { Lexicon = new LexiconExtension { SubjectClasses = Entry("medic", null) } });

        create.Should().Throw<ArgumentException>().WithMessage("*SubjectClasses['medic']*");
    }

    [Test]
    public void A_null_lexicon_is_an_ArgumentException_naming_it()
    {
        var build = () => Build(null!);

        build.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Lexicon");
    }

    [Test]
    public void A_valid_entry_is_used()
    {
        var pipeline = Build(new LexiconExtension { PredicateClasses = Entry("perished", "killed") });
        var document = new Document(new DocumentId("a"), "Officials said 41 people perished in the flood on Tuesday.");

        pipeline.Extract(document).Should().ContainSingle().Which.Predicate.Class.Should().Be("killed");
    }
}

using ConsistencyCheck.Text;
using ConsistencyCheck.Text.Lexical;
using ConsistencyCheck.Text.Syntax;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Text.Syntax;

/// <summary>What the spec file cannot show: several figures in one sentence, spans in a longer document, misuse.</summary>
public class CountedThingReaderTests
{
    private static readonly CountedThingReader Reader = new(WordNetLexicon.Shared);

    [Test]
    public void Reads_each_figure_of_a_sentence_as_it_would_alone()
    {
        const string text = "Police said 12 officers and 40 protesters were injured.";
        var officers = Span(text, "12");
        var protesters = Span(text, "40");
        var sentence = new SourceSpan(0, text.Length);

        var both = Reader.Read(text, sentence, [officers, protesters]);

        both.Should().HaveCount(2);
        both[0].Should().Equal(Reader.Read(text, sentence, officers));
        both[1].Should().Equal(Reader.Read(text, sentence, protesters));
        both[0][0].Lemma.Should().Be("officer");
        both[1][0].Lemma.Should().Be("protester");
    }

    [Test]
    public void Spans_point_into_the_document_not_the_sentence()
    {
        const string text = "First sentence here. About 300 angry voters left.";
        var sentence = SourceSpan.FromBounds(21, text.Length);

        var thing = Reader.Read(text, sentence, Span(text, "About 300"))[0];

        text[thing.Head.Start..thing.Head.End].Should().Be("voters");
        text[thing.Phrase.Start..thing.Phrase.End].Should().Be("angry voters");
        thing.Source.Should().Be(CountedThingSource.FollowingNoun);
    }

    [Test]
    public void Plural_lemmas_of_their_own_become_singular() =>
        Reader.Read("He served 20 years in the Senate.", new SourceSpan(0, 32), new SourceSpan(10, 2))[0].Lemma.Should().Be("year");

    [Test]
    public void A_figure_outside_the_sentence_has_no_candidates() =>
        Reader.Read("Nothing here. 5 cats.", new SourceSpan(0, 13), new SourceSpan(14, 1)).Should().BeEmpty();

    [Test]
    public void No_figures_no_answers() =>
        Reader.Read("Nothing here.", new SourceSpan(0, 13), ReadOnlySpan<SourceSpan>.Empty).Should().BeEmpty();

    [Test]
    public void Null_text_is_misuse()
    {
        var read = () => Reader.Read(null!, default, default(SourceSpan));
        read.Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void Null_lexicon_is_misuse()
    {
        var create = () => new CountedThingReader(null!);
        create.Should().Throw<ArgumentNullException>();
    }

    private static SourceSpan Span(string text, string part) => new(text.IndexOf(part, StringComparison.Ordinal), part.Length);
}

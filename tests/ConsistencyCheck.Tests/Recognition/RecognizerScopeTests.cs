using System.Collections.Immutable;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Recognition.Dates;
using ConsistencyCheck.Recognition.Numbers;
using ConsistencyCheck.Text;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Recognition;

/// <summary>
/// <see cref="TextRecognizer"/> asks each recognizer where it reads (<see cref="IRecognizer.Scope"/>) instead of testing
/// its type: any recognizer that declares <see cref="RecognizerScope.FigureSentences"/> is run as the date recognizers are.
/// </summary>
public class RecognizerScopeTests
{
    private static readonly string Filler = string.Concat(Enumerable.Repeat("Residents said the town had never seen anything like it. ", 10));

    private static readonly string Text = "The bridge closed on Monday. " + Filler + "Police said 40 people were hurt. " + Filler + "Then 20 more left.";

    [Test]
    public void A_recognizer_reads_the_whole_text_unless_it_declares_otherwise()
    {
        ((IRecognizer)new Probe(null)).Scope.Should().Be(RecognizerScope.WholeText);
        ((IRecognizer)new NumberRecognizer()).Scope.Should().Be(RecognizerScope.WholeText);
        ((IRecognizer)new DateRecognizer()).Scope.Should().Be(RecognizerScope.FigureSentences);
    }

    [Test]
    public void A_custom_recognizer_declaring_figure_sentences_runs_last_over_the_regions_the_date_recognizer_gets()
    {
        var calls = new List<string>();
        var scoped = new ScopedProbe(calls);
        var recognizer = new TextRecognizer([scoped, new NumberRecognizer(), new Probe(calls)]);
        var context = new RecognitionContext(new DateOnly(2024, 3, 14)) { DatesInFigureSentencesOnly = true };

        recognizer.Recognize(Text, context);

        calls.Should().Equal("whole", "scoped");
        var figures = new List<Mention>();
        new NumberRecognizer().Recognize(Text, default, figures);
        scoped.Regions.Should().Equal(FigureRegions.Around(Text, null, figures));
        scoped.Regions.Should().HaveCount(2, "one region around each figure sentence of a long text");
        scoped.Regions.Should().NotContain(r => r.Contains(Text.IndexOf("Monday", StringComparison.Ordinal)), "the sentence without a figure is not read");
    }

    [Test]
    public void A_custom_recognizer_declaring_figure_sentences_reads_the_whole_text_when_everything_is_asked_for()
    {
        var scoped = new ScopedProbe([]);
        var recognizer = new TextRecognizer([new NumberRecognizer(), scoped]);

        recognizer.Recognize(Text, new RecognitionContext(new DateOnly(2024, 3, 14)));

        scoped.Regions.IsDefault.Should().BeTrue("no regions means the whole text");
    }

    [Test]
    public void What_a_scoped_recognizer_finds_is_resolved_with_the_others_by_registration_order_not_run_order()
    {
        // The scoped probe is registered first, so on equal spans it wins although it runs last.
        var calls = new List<string>();
        var recognizer = new TextRecognizer([new ScopedProbe(calls, claimFigures: true), new NumberRecognizer()]);
        var context = new RecognitionContext(null) { DatesInFigureSentencesOnly = true };

        var mentions = recognizer.Recognize(Text, context);

        mentions.Select(m => (m.Text, m.Type)).Should().Equal(("40", EntityType.Percentage), ("20", EntityType.Percentage));
    }

    /// <summary>Declares nothing: reads the whole text, as every recognizer written before the capability existed.</summary>
    private sealed class Probe(List<string>? calls) : IRecognizer
    {
        public void Recognize(string text, RecognitionContext context, ICollection<Mention> results) => calls?.Add("whole");
    }

    /// <summary>Declares <see cref="RecognizerScope.FigureSentences"/> and keeps the regions it is asked to read.</summary>
    private sealed class ScopedProbe(List<string> calls, bool claimFigures = false) : IRecognizer
    {
        public ImmutableArray<SourceSpan> Regions { get; private set; }

        public RecognizerScope Scope => RecognizerScope.FigureSentences;

        public void Recognize(string text, RecognitionContext context, ICollection<Mention> results)
        {
            calls.Add("scoped");
            Regions = context.Regions;
            if (!claimFigures)
            {
                return;
            }

            // Claims every figure the numbers found, as a percentage, where the regions let it look.
            foreach (var region in context.Regions)
            {
                foreach (var figure in new[] { "40", "20" })
                {
                    var at = text.IndexOf(figure, region.Start, region.Length, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        var value = decimal.Parse(figure, System.Globalization.CultureInfo.InvariantCulture);
                        results.Add(new Quantity(EntityType.Percentage, new SourceSpan(at, figure.Length), figure, value, Interval.Point(value), Qualifier.Exact, null, null));
                    }
                }
            }
        }
    }
}

using ConsistencyCheck.Assertions;
using ConsistencyCheck.Clustering;
using ConsistencyCheck.Tests.Assertions;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Clustering;

public class BlockingClusteringStrategyTests
{
    private static readonly AssertionExtractor Extractor = new(ExtractionOptions.Default);

    private static Assertion Read(string id, string text, string phrase, decimal value) =>
        Extractor.Extract(Figures.Doc(id, text), Figures.Mentions(Figures.Count(text, phrase, value))).Single();

    [Test]
    public void Same_subject_and_predicate_cluster_across_documents_in_any_order()
    {
        var assertions = new[]
        {
            Read("a", "Two people were killed in the flood.", "Two", 2),
            Read("b", "The flood killed two people.", "two", 2),
            Read("c", "14 people were injured in the flood.", "14", 14),
            Read("d", "Workers filled 55,000 sandbags.", "55,000", 55000),
        };
        var strategy = new BlockingClusteringStrategy(ClusteringOptions.Default);

        var clusters = strategy.Cluster(assertions);
        var shuffled = strategy.Cluster(assertions.Reverse().ToArray());

        clusters.Should().ContainSingle().Which.AssertionIds.Select(i => i.Value).Should().Equal("a@0", "b@17");
        shuffled.Should().Equal(clusters);
    }

    [Test]
    public void A_part_never_clusters_with_its_whole()
    {
        const string text = "Of the 2,300 homes flooded, 800 were in the old town.";
        var pair = Extractor.Extract(Figures.Doc("a", text), Figures.Mentions(Figures.Count(text, "2,300", 2300), Figures.Count(text, "800", 800)));
        var other = Read("b", "About 800 homes flooded last week.", "800", 800);
        var clusters = new BlockingClusteringStrategy(ClusteringOptions.Default).Cluster([.. pair, other]);
        clusters.SelectMany(c => c.AssertionIds).Should().NotContain(pair[1].Id);
    }

    [Test]
    public void Men_stand_for_the_one_named_group_with_their_predicate_and_stay_apart_when_there_are_several()
    {
        var men = Read("a", "Three men died in the collapse.", "Three", 3);
        var miners = Read("b", "Three miners were killed in the collapse.", "Three", 3);
        var strategy = new BlockingClusteringStrategy(ClusteringOptions.Default);

        strategy.Cluster([men, miners]).Should().ContainSingle().Which.AssertionIds.Should().HaveCount(2);

        var rescuers = Read("c", "Two rescuers were killed in the collapse.", "Two", 2);
        strategy.Cluster([men, miners, rescuers]).SelectMany(c => c.AssertionIds).Should().NotContain(men.Id);
    }

    [Test]
    public void A_count_reached_by_a_change_is_keyed_as_a_bare_count_but_a_share_keeps_its_change()
    {
        BlockingClusteringStrategy.KeyOf(Read("a", "The team has grown to 250 rescuers.", "250", 250)).Should().Be("default|count|rescuer|count|");
    }

    [Test]
    public void A_measure_without_a_predicate_is_keyed_by_what_it_measures_or_not_at_all()
    {
        static Assertion Measure(string id, string text, string phrase, decimal value)
        {
            var unit = new ConsistencyCheck.Recognition.Unit("Liter", "Volume", "l");
            var figure = Figures.Count(text, phrase, value) with { Type = ConsistencyCheck.Recognition.EntityType.Dimension, Unit = unit };
            return Extractor.Extract(Figures.Doc(id, text), Figures.Mentions(figure)).Single();
        }

        BlockingClusteringStrategy.KeyOf(Measure("a", "Then about 18,000 litres of toluene in the river.", "18,000 litres", 18000))
            .Should().Be("default|count|volume:toluene|volume|");
        BlockingClusteringStrategy.KeyOf(Measure("b", "The tank holds 18,000 litres.", "18,000 litres", 18000)).Should().BeNull();
    }

    [Test]
    public void Keys_name_collection_predicate_subject_and_unit()
    {
        BlockingClusteringStrategy.KeyOf(Read("a", "Two people were killed.", "Two", 2)).Should().Be("default|killed|people|count|");
    }

    [Test]
    public void Invalid_options_are_rejected_naming_the_option()
    {
        var act = () => new ConsistencyCheck.Comparison.ClusterComparer(ConsistencyCheck.Comparison.ComparisonOptions.Default with { MinimumPlaceSimilarity = 120 });
        act.Should().Throw<ArgumentException>().WithMessage("*MinimumPlaceSimilarity*");
    }
}

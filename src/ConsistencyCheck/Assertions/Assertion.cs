using System.Collections.Immutable;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Recognition;
using ConsistencyCheck.Text;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// One typed claim a document makes about a figure: who or what is counted (<see cref="Subject"/>), what is said
/// of it (<see cref="Predicate"/>), the figure with its hedge (<see cref="Quantity"/>), when it holds
/// (<see cref="AsOf"/>), and the evidence (document, sentence, span).
/// </summary>
public sealed record Assertion
{
    /// <summary>Stable identifier.</summary>
    public required AssertionId Id { get; init; }

    /// <summary>The document it was read from.</summary>
    public required DocumentId DocumentId { get; init; }

    /// <summary>The collection of that document; assertions are only compared within one collection.</summary>
    public required string Collection { get; init; }

    /// <summary>The outlet that published the document, or null (used in explanations).</summary>
    public string? Publisher { get; init; }

    /// <summary>The day that document was published, or null when unknown: when the figure was reported, as against <see cref="AsOf"/>, the day it refers to.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The figure, hedge and unit; its span is the evidence within the document text.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>The sentence the figure stands in.</summary>
    public required SourceSpan Sentence { get; init; }

    /// <summary>The text of <see cref="Sentence"/>.</summary>
    public required string SentenceText { get; init; }

    /// <summary>What is counted.</summary>
    public required Subject Subject { get; init; }

    /// <summary>What is said of it.</summary>
    public required Predicate Predicate { get; init; }

    /// <summary>The day the figure refers to: an explicit date in its sentence, else the publication date; null when neither is known.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The temporal phrase that set <see cref="AsOf"/> or scopes the figure ("since March 2023"), or null when it came from the publication date.</summary>
    public TemporalMention? Time { get; init; }

    /// <summary>Words that change what is counted: "remaining", "missing", "additional", "of whom", a place ("in the old town").</summary>
    public ImmutableArray<string> Restrictors { get; init; } = [];

    /// <summary>Who the document says the figure comes from ("according to the health ministry"), or null.</summary>
    public string? Attribution { get; init; }

    /// <summary>True when the source hedges the claim itself ("may", "believed to", "claims").</summary>
    public bool IsHedgedClaim { get; init; }

    /// <summary>True when the figure stands in the document's headline or title line.</summary>
    public bool InHeadline { get; init; }

    /// <summary>
    /// The base form of the verb that governs the figure in its clause when <see cref="Predicate"/> is none ("Marchetti
    /// had 79,460 votes" → "have", "found roughly 900 pages" → "find"), read by the WordNet chunker; null otherwise.
    /// Evidence against comparing two figures that share only a noun: it is not part of what they are clustered by.
    /// </summary>
    public string? Verb { get; init; }
}

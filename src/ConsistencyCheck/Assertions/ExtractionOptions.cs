namespace ConsistencyCheck.Assertions;

/// <summary>Options for turning mentions into assertions.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Defaults.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>
    /// Whether figures without a recognisable counted subject or predicate still become assertions.
    /// Default false: such figures cannot be compared with confidence and would only add noise.
    /// </summary>
    public bool KeepUnanchoredFigures { get; init; }

    /// <summary>
    /// Whether dates and years stated as facts of the story ("resigned on Friday", "the 2014 ban") become assertions of
    /// their own kind (type date or date range, unit <c>day</c> of category <c>date</c>, the event as subject). Default
    /// true. Two such dates are reported when they agree; a disagreement is not yet reported (the event's verb alone does
    /// not show it is the same event).
    /// </summary>
    public bool ReadDates { get; init; } = true;

    /// <summary>Extra lexicon entries (subjects and predicates) added to the built-in lexicon.</summary>
    public Lexicons.LexiconExtension Lexicon { get; init; } = Lexicons.LexiconExtension.Empty;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid option or lexicon entry.</summary>
    public void Validate()
    {
        if (Lexicon is null)
        {
            throw new ArgumentException($"{nameof(Lexicon)} is null; use {nameof(Lexicons.LexiconExtension)}.{nameof(Lexicons.LexiconExtension.Empty)} for no additions.", nameof(Lexicon));
        }

        Lexicon.Validate();
    }
}

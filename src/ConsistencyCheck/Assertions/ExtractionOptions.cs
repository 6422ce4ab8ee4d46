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

namespace ConsistencyCheck.Ingest;

/// <summary>What <see cref="LanguageCheck"/> concluded about a document's language: one of the sealed cases.</summary>
internal abstract record LanguageVerdict
{
    private protected LanguageVerdict()
    {
    }

    /// <summary>The text is read: it is English, or too short to tell.</summary>
    public static LanguageVerdict Read { get; } = new ReadAsEnglish();

    /// <summary>The text is read: English, or too little evidence of another language.</summary>
    internal sealed record ReadAsEnglish : LanguageVerdict;

    /// <summary>The text is written in <paramref name="Language"/>, not English.</summary>
    /// <param name="Language">The language's English name ("German").</param>
    /// <param name="Confidence">The identifier's confidence, 0.5 to 1.</param>
    internal sealed record NotEnglish(string Language, double Confidence) : LanguageVerdict;

    /// <summary>The text failed the cheap English test, but its language could not be identified.</summary>
    /// <param name="Reason">Why (a language model file missing or unreadable).</param>
    internal sealed record Unidentified(string Reason) : LanguageVerdict;
}

namespace ConsistencyCheck.Ingest;

/// <summary>The language identifier's answer for one text: the likeliest language, or why there is none.</summary>
/// <param name="Language">The English name of the likeliest language ("German"); empty when <paramref name="Failure"/> is set.</param>
/// <param name="IsEnglish">Whether the likeliest language is English.</param>
/// <param name="Confidence">How likely it is, 0 to 1.</param>
/// <param name="Failure">Why no language could be computed (a model file missing or unreadable); null when one was.</param>
internal readonly record struct LanguageGuess(string Language, bool IsEnglish, double Confidence, string? Failure)
{
    /// <summary>A guess that could not be made, for <paramref name="reason"/>.</summary>
    public static LanguageGuess Failed(string reason) => new(string.Empty, IsEnglish: false, Confidence: 0, reason);
}

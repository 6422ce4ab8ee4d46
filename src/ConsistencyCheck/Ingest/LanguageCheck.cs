using ConsistencyCheck.Text;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// Tells English text from text in another language and names the other language: the recognizers read English
/// only, so a document in another language is listed as not checked rather than mis-read.
/// </summary>
/// <remarks>
/// <para>Two steps, both on a bounded <see cref="LanguageSample"/> (at most a few thousand characters outside
/// boilerplate, from the start and the middle), so a huge document costs what a short one does:</para>
/// <list type="number">
/// <item>A cheap pre-test (<see cref="LanguageEvidence"/>): a mostly Latin-script text in which at least one word in
/// <see cref="EnglishShareDivisor"/> is a common English function word is English. Ordinary English news (a quarter
/// or more of its words are such words) stops here, and the language identifier is never loaded.</item>
/// <item>Otherwise <see cref="LinguaLanguageIdentifier"/> names the likeliest language; the text is not English when
/// that is another language with a confidence of at least <see cref="MinConfidence"/>.</item>
/// </list>
/// <para>A short text (a headline, a caption: fewer than <see cref="MinLatinLetters"/> letters, or fewer than
/// <see cref="MinScriptLetters"/> when most letters are of another script) gives too little evidence and is never
/// flagged.</para>
/// </remarks>
internal static class LanguageCheck
{
    /// <summary>The fewest letters of a mostly Latin-script text that the language identifier is asked about.</summary>
    internal const int MinLatinLetters = 100;

    /// <summary>The fewest letters of a text mostly in another script (Cyrillic, Arabic, Han, ...) that is judged.</summary>
    internal const int MinScriptLetters = 20;

    /// <summary>The pre-test passes a text when at least one word in this many is a common English function word.</summary>
    internal const int EnglishShareDivisor = 8;

    /// <summary>And when at least this many of its words are.</summary>
    internal const int MinEnglishWords = 3;

    /// <summary>The least confidence in another language for a text to be called not English.</summary>
    internal const double MinConfidence = 0.5;

    /// <summary>
    /// Adds an <see cref="DiagnosticSeverity.Error"/> "not checked: the text does not look like English (written in
    /// German)" to <paramref name="document"/> when it is in another language, keeping its text; a
    /// <see cref="DiagnosticSeverity.Warning"/> when its language could not be identified (it is then read as English);
    /// unchanged otherwise, when it is already unreadable, or when <see cref="IngestOptions.SkipNonEnglish"/> is off.
    /// </summary>
    public static Document Apply(Document document, IngestOptions options)
    {
        if (!options.SkipNonEnglish || document.Text.Length == 0 || document.IsUnreadable)
        {
            return document;
        }

        var diagnostic = Judge(document.Text, document.Boilerplate) switch
        {
            LanguageVerdict.NotEnglish foreign => Diagnostic.Error(
                $"{document.Source}: not checked: the text does not look like English (written in {foreign.Language}); only English is read ({nameof(IngestOptions)}.{nameof(IngestOptions.SkipNonEnglish)})."),
            LanguageVerdict.Unidentified unidentified => Diagnostic.Warning(
                $"{document.Source}: its language could not be identified ({unidentified.Reason}); it is read as English."),
            _ => null,
        };
        return diagnostic is null ? document : document with { Diagnostics = document.Diagnostics.Add(diagnostic) };
    }

    /// <summary>
    /// Judges the language of <paramref name="text"/> outside <paramref name="boilerplate"/>. With
    /// <paramref name="preTest"/> false every text long enough goes to the language identifier (for tests showing that
    /// the identifier alone does not flag English text).
    /// </summary>
    public static LanguageVerdict Judge(string text, IReadOnlyList<SourceSpan> boilerplate, bool preTest = true)
    {
        var sample = LanguageSample.Of(text, boilerplate);
        var evidence = LanguageEvidence.Of(sample);
        if (evidence.Letters < (evidence.MostlyNonLatin ? MinScriptLetters : MinLatinLetters))
        {
            return LanguageVerdict.Read;
        }

        if (preTest && !evidence.MostlyNonLatin && evidence.EnglishWords >= MinEnglishWords &&
            evidence.EnglishWords * EnglishShareDivisor >= evidence.Words)
        {
            return LanguageVerdict.Read;
        }

        var guess = LinguaLanguageIdentifier.Identify(sample.ToString());
        if (guess.Failure is { } failure)
        {
            return new LanguageVerdict.Unidentified(failure);
        }

        return !guess.IsEnglish && guess.Confidence >= MinConfidence
            ? new LanguageVerdict.NotEnglish(guess.Language, guess.Confidence)
            : LanguageVerdict.Read;
    }
}

namespace ConsistencyCheck.Text.Lexical;

/// <summary>
/// Turns a word as written into the spelling WordNet's index uses: ASCII lower case, '_' for a space, a straight
/// apostrophe for the typographic one (news text writes "o’clock"; WordNet has "o'clock").
/// </summary>
internal static class LemmaKey
{
    /// <summary>The longest key looked up; WordNet 3.0's longest lemma has 71 characters, its longest exception form 23.</summary>
    public const int MaxLength = 128;

    /// <summary>
    /// Writes the key of <paramref name="word"/> into <paramref name="destination"/> (at least <see cref="MaxLength"/>
    /// long) and returns its length, or -1 when the word cannot be in WordNet: empty, longer than
    /// <see cref="MaxLength"/>, or holding a character outside ASCII (WordNet 3.0 is all ASCII).
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> word, Span<char> destination)
    {
        if (word.IsEmpty || word.Length > MaxLength)
        {
            return -1;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            destination[i] = c switch
            {
                >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
                ' ' => '_',
                '\u2019' => '\'',
                > '\u007f' => '\0',
                _ => c,
            };
            if (destination[i] == '\0')
            {
                return -1;
            }
        }

        return word.Length;
    }
}

namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// One token of the text: a word, a digit run or a symbol, with its offsets.
/// </summary>
/// <param name="Kind">Word, number or symbol.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Number">
/// For a number, its value, or -1 when it has more than nine digits; for a symbol, the normalised character
/// (en and em dashes as '-', curly apostrophes as '\''); for a word, 0.
/// </param>
/// <param name="Entry">For a word, its index in <see cref="DateLexicon"/>, or -1 when it is not a date word.</param>
internal readonly record struct DateToken(DateTokenKind Kind, int Start, int Length, int Number, short Entry)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;
}

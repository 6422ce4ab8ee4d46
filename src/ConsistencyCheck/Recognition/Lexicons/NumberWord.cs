namespace ConsistencyCheck.Recognition.Lexicons;

/// <summary>One entry of <see cref="NumberLexicon"/>: what a number word is and what it is worth.</summary>
/// <param name="Kind">Its grammatical role.</param>
/// <param name="Value">Its value: 7 for "seven", 1000000 for "million", 3 for "third" and "thirds".</param>
internal readonly record struct NumberWord(NumberWordKind Kind, decimal Value);

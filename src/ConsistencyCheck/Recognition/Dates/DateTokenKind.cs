namespace ConsistencyCheck.Recognition.Dates;

/// <summary>The three kinds of token the date grammar reads.</summary>
internal enum DateTokenKind : byte
{
    /// <summary>A run of letters.</summary>
    Word,

    /// <summary>A run of ASCII digits.</summary>
    Number,

    /// <summary>One punctuation or symbol character (dashes and quotes normalised).</summary>
    Symbol,
}

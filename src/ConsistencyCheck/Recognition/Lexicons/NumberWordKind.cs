namespace ConsistencyCheck.Recognition.Lexicons;

/// <summary>The grammatical role of an English number word in <see cref="NumberLexicon"/>.</summary>
internal enum NumberWordKind
{
    /// <summary>zero to nine ("nought", "naught" included).</summary>
    Unit,

    /// <summary>ten to nineteen.</summary>
    Teen,

    /// <summary>twenty, thirty, … ninety.</summary>
    Tens,

    /// <summary>hundred.</summary>
    Hundred,

    /// <summary>thousand, million, billion, trillion, lakh, crore and their abbreviations.</summary>
    Scale,

    /// <summary>dozen, dozens: multiplies by twelve.</summary>
    Dozen,

    /// <summary>An ordinal: first, twenty-first's "first", hundredth; the value is the cardinal.</summary>
    Ordinal,

    /// <summary>A plural ordinal used as a denominator only: thirds, fifths, quarters, halves.</summary>
    Denominator,

    /// <summary>half: one half, or a multiplier ("half a million").</summary>
    Half,

    /// <summary>quarter: one fourth as a denominator ("a quarter", "three quarters").</summary>
    Quarter,
}

namespace ConsistencyCheck.Text;

/// <summary>A word of a sentence: its span and its lower-cased text.</summary>
/// <param name="Span">Where it stands in the document text.</param>
/// <param name="Lower">Its characters, lower-cased (invariant).</param>
/// <param name="IsCapitalized">True when its first character is upper-case.</param>
/// <param name="PrecededByClauseBreak">True when a comma, semicolon, colon, dash or bracket stands between it and the word before.</param>
public readonly record struct Word(SourceSpan Span, string Lower, bool IsCapitalized, bool PrecededByClauseBreak);

namespace ConsistencyCheck.Recognition;

/// <summary>What a recognizer may know beyond the text itself.</summary>
/// <param name="ReferenceDate">
/// The day relative expressions are resolved against: the document's publication date. Null when unknown,
/// in which case relative dates stay unresolved rather than guessed.
/// </param>
public readonly record struct RecognitionContext(DateOnly? ReferenceDate);

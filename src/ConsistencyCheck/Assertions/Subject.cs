namespace ConsistencyCheck.Assertions;

/// <summary>What a figure counts: "41 senior doctors" has text "senior doctors", head "doctor", class "medical-staff".</summary>
/// <param name="Text">The counted noun phrase as written, modifiers included; empty when none was found.</param>
/// <param name="Head">The head noun, singular and lower-case ("doctor"); empty when none was found.</param>
/// <param name="Class">
/// The lexicon class of the head ("medical-staff", "people", "homes"); the head itself when the lexicon
/// does not know it. Assertions are only compared when their classes are compatible.
/// </param>
public sealed record Subject(string Text, string Head, string Class)
{
    /// <summary>No subject was found.</summary>
    public static Subject None { get; } = new(string.Empty, string.Empty, string.Empty);

    /// <summary>True when no counted noun was found.</summary>
    public bool IsNone => Head.Length == 0;
}

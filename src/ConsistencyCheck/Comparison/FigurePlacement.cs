namespace ConsistencyCheck.Comparison;

/// <summary>Where in its document a figure stands.</summary>
public enum FigurePlacement
{
    /// <summary>In the body text.</summary>
    Text,

    /// <summary>In the headline.</summary>
    Headline,
}

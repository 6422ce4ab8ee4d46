namespace ConsistencyCheck.Comparison;

/// <summary>Whether a finding compares two sources or two statements of one document.</summary>
public enum FindingScope
{
    /// <summary>The assertions come from different documents: the cross-source check proper.</summary>
    CrossSource,

    /// <summary>
    /// Both assertions come from the same document: a figure repeated (headline and body) or, when the values differ,
    /// a document disagreeing with itself. Reported apart from cross-source findings.
    /// </summary>
    IntraDocument,
}

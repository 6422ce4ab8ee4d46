namespace ConsistencyCheck.Tests.RealNews;

/// <summary>What a scored case measures (docs/evaluation.md, section 6).</summary>
public enum Measure
{
    /// <summary>An annotated figure became an assertion whose subject names its counted thing.</summary>
    Reading,

    /// <summary>An annotated figure became an assertion at all.</summary>
    ReadingAny,

    /// <summary>A flag (contradiction or change between documents) matches an annotated pair of its relation.</summary>
    FlagPrecision,

    /// <summary>An annotated contradiction was flagged as one.</summary>
    ContradictionRecall,

    /// <summary>An annotated change over time was flagged as one.</summary>
    ChangedRecall,

    /// <summary>A reported agreement between documents matches an annotated agreement.</summary>
    AgreementPrecision,

    /// <summary>An annotated agreement was reported as one.</summary>
    AgreementRecall,

    /// <summary>An annotated trap got no finding.</summary>
    TrapQuiet,

    /// <summary>A flag within one document (every one is false: the annotation pairs outlets).</summary>
    WithinDocumentFlag,

    /// <summary>A perturbed agreement (one side made incompatible) was flagged as a contradiction.</summary>
    PerturbationRecall,
}

/// <summary>One scored case: a stable id, whether it passed, and what was seen.</summary>
public sealed record CaseOutcome(Measure Measure, string Id, bool Passed, string Detail)
{
    /// <summary>For a reading case, the annotated kind of the figure (count, amount, share, …); else null.</summary>
    public string? FigureKind { get; init; }

    /// <summary>The line the per-case baseline files hold.</summary>
    public string Key => $"{Measure} {Id}";
}

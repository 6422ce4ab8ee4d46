namespace ConsistencyCheck.Comparison;

/// <summary>
/// Why a <see cref="Finding"/> holds, as typed values: the rule that decided it and the days, directions, intervals and
/// placements it decided with, never English. A closed set of sealed cases, all in this namespace:
/// <list type="bullet">
/// <item>agreements: <see cref="SameFigureReason"/>, <see cref="SharedValuesReason"/>, <see cref="GroupAgreementReason"/>;</item>
/// <item>contradictions: <see cref="ContradictionReason"/>, <see cref="GroupContradictionReason"/>;</item>
/// <item>changes over time: <see cref="ChangeReason"/>;</item>
/// <item>within one document: <see cref="RepeatWithinDocumentReason"/>, <see cref="ChangeWithinDocumentReason"/>,
/// <see cref="SelfContradictionReason"/>.</item>
/// </list>
/// The reporting stage renders the English explanation (<c>Reporting.FindingExplanation</c>) from the reason and the
/// assertions the finding names. Where a reason speaks of "the first" and "the second" figure, these are the finding's
/// first two <see cref="Finding.AssertionIds"/>.
/// </summary>
public abstract record FindingReason
{
    /// <summary>Only the cases in this assembly derive from it: the set is closed.</summary>
    private protected FindingReason()
    {
    }
}

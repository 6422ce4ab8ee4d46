using System.Collections.Frozen;

namespace ConsistencyCheck.Assertions.Lexicons;

/// <summary>
/// Word forms of news predicates mapped to a normalized class and kind: "died", "deaths", "dead" and "killed" are
/// all <c>killed</c> (cumulative); "remain", "still" and "sheltering" are <c>remain</c> (stock). Built once; immutable.
/// </summary>
internal static class PredicateLexicon
{
    private static readonly (string Class, PredicateKind Kind, string Forms)[] Entries =
    [
        ("killed", PredicateKind.Cumulative, "killed kill kills killing died die dies dying dead deaths death fatalities fatality perished toll slain murdered drowned"),
        ("injured", PredicateKind.Cumulative, "injured injuring injures injure wounded wounding injuries injury hurt hospitalised hospitalized"),
        ("signed", PredicateKind.Cumulative, "signed signing sign signs signatories signatory signatures signature co-signed cosigned endorsed backed"),
        ("evacuated", PredicateKind.Cumulative, "evacuated evacuate evacuating evacuees evacuee evacuation evacuations"),
        ("displaced", PredicateKind.Cumulative, "displaced fled fleeing uprooted homeless"),
        ("arrested", PredicateKind.Cumulative, "arrested arrests arrest detained detentions jailed imprisoned charged convicted sentenced"),
        ("held", PredicateKind.Stock, "held hostages hostage captives captive abductees abducted kidnapped captivity"),
        ("remain", PredicateKind.Stock, "remain remains remained remaining sheltering stranded trapped stayed staying slept sleeping sheltered housed living"),
        ("missing", PredicateKind.Stock, "missing unaccounted"),
        ("rescued", PredicateKind.Cumulative, "rescued rescue rescues saved freed released pulled"),
        ("infected", PredicateKind.Cumulative, "infected infections infection cases tested diagnosed caught contracted"),
        ("vaccinated", PredicateKind.Cumulative, "vaccinated vaccinations jabs doses"),
        ("affected", PredicateKind.Stock, "affected affecting affects affect impacted impacting"),
        ("flooded", PredicateKind.Cumulative, "flooded inundated submerged"),
        ("damaged", PredicateKind.Cumulative, "damaged destroyed razed demolished collapsed"),
        ("employed", PredicateKind.Stock, "employed employs employ employees workforce staffed"),
        ("cut", PredicateKind.Cumulative, "cut cuts cutting axed axing laid shed shedding redundant redundancies layoffs sacked fired lost"),
        ("strike", PredicateKind.Cumulative, "strike striking strikers struck walked walkout"),
        ("burned", PredicateKind.Cumulative, "burned burnt burning scorched charred blackened"),
        ("aboard", PredicateKind.Stock, "aboard carrying carried carries carry onboard"),
        ("closed", PredicateKind.Stock, "closed close closes closing closure closures shut shuts shutting"),
        ("restored", PredicateKind.Cumulative, "restored restore restoring reconnected reconnecting"),
        ("cancelled", PredicateKind.Cumulative, "cancelled canceled cancel cancels cancelling canceling postponed scrapped"),
        ("allocated", PredicateKind.Cumulative, "allocated earmarked pledged promised committed aside"),
        ("offered", PredicateKind.Unknown, "offered offer offers offering proposed proposes tabled"),
        ("estimated", PredicateKind.Unknown, "estimated estimates estimate valued assessed"),
        ("applied", PredicateKind.Cumulative, "applied applications applicants"),
        ("sold", PredicateKind.Cumulative, "sold sell sells selling"),
        ("built", PredicateKind.Cumulative, "built build builds constructed"),
        ("won", PredicateKind.Cumulative, "won win wins winning"),
        ("attended", PredicateKind.Cumulative, "attended attending drew drawn attracted gathered turnout"),
        ("said", PredicateKind.Unknown, "said told say says saying spoke speaking described interviewed quoted"),
        ("protested", PredicateKind.Cumulative, "protested protesting protesters demonstrators marched marching rallied"),
        ("voted", PredicateKind.Cumulative, "voted votes vote ballots backed"),
        ("moved", PredicateKind.Cumulative, "moved transferred relocated"),
        ("treated", PredicateKind.Cumulative, "treated admitted seen"),
        ("deployed", PredicateKind.Stock, "deployed stationed mobilised mobilized working battling fighting tackling"),
        ("represent", PredicateKind.Stock, "represent represents representing represented"),
        ("refused", PredicateKind.Cumulative, "refused refuse refuses declined rejected"),
        ("cost", PredicateKind.Cumulative, "cost costs spent spending paid"),
        ("raised", PredicateKind.Cumulative, "raised raising donated collected"),
        ("rose", PredicateKind.Unknown, "rose rise rises risen rising increased increases grew grows grown climbed climbs jumped jumps soared surged higher"),
        ("fell", PredicateKind.Unknown, "fell fall falls fallen dropped drops decreased decreases declined lower"),
    ];

    /// <summary>Classes that only report a change ("rose", "fell"): weaker than a predicate naming what is counted.</summary>
    public static bool IsChange(string cls) => cls is "rose" or "fell";

    /// <summary>Classes that never make figures comparable: speech verbs ("two residents told the Post").</summary>
    public static bool IsNotComparable(string cls) => cls is "said";

    /// <summary>Word form (lower-case) → entry.</summary>
    public static FrozenDictionary<string, PredicateEntry> Forms { get; } = Build();

    private static FrozenDictionary<string, PredicateEntry> Build()
    {
        var map = new Dictionary<string, PredicateEntry>(StringComparer.Ordinal);
        foreach (var (cls, kind, forms) in Entries)
        {
            foreach (var form in forms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map.TryAdd(form, new PredicateEntry(cls, kind));
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

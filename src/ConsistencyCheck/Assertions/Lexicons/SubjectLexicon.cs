using System.Collections.Frozen;

namespace ConsistencyCheck.Assertions.Lexicons;

/// <summary>
/// Singular nouns mapped to subject classes ("consultant" → <c>doctor</c>, "soldier" → <c>troops</c>), and the
/// classes mapped to their broader kind ("doctor" ⊂ <c>people</c>). Built once; immutable.
/// </summary>
internal static class SubjectLexicon
{
    /// <summary>The generic class every human subject falls under.</summary>
    public const string People = "people";

    /// <summary>
    /// The class of a noun that names its group only by what happened to it ("deaths", "signatories", "evacuees",
    /// "others"): it may be any of the counted groups with that predicate, and clustering joins it to the one there is.
    /// </summary>
    public const string Any = "*";

    private static readonly (string Class, string Parent, string Nouns)[] Entries =
    [
        ("people", "", "people person individual human resident inhabitant citizen civilian villager local townspeople population adult"),
        ("doctor", "people", "doctor physician consultant surgeon medic clinician gp registrar anaesthetist anesthetist paediatrician pediatrician psychiatrist"),
        ("nurse", "people", "nurse midwife"),
        ("health worker", "people", "paramedic carer caregiver pharmacist dentist"),
        ("teacher", "people", "teacher lecturer academic headteacher"),
        ("patient", "people", "patient"),
        ("child", "people", "child kid baby infant minor schoolchild pupil student teenager youngster schoolboy schoolgirl"),
        ("worker", "people", "worker employee staff staffer job labourer laborer miner farmer driver engineer contractor colleague workmate"),
        ("men", "people", "man men woman women"),
        ("rise", "", "rise raise increase hike uplift"),
        ("troops", "people", "troop soldier serviceman servicemen reservist marine"),
        ("fighter", "people", "fighter militant rebel insurgent gunman gunmen combatant militiaman"),
        ("police", "people", "police officer policeman policemen constable"),
        ("official", "people", "official lawmaker legislator senator delegate councillor councilor minister"),
        ("journalist", "people", "journalist reporter"),
        ("rescuer", "people", "rescuer volunteer"),
        ("suspect", "people", "suspect"),
        ("victim", "people", "victim"),
        ("survivor", "people", "survivor"),
        ("protester", "people", "protester protestor demonstrator marcher"),
        ("migrant", "people", "migrant refugee asylum-seeker evacuee"),
        ("hostage", "people", "hostage captive abductee"),
        ("voter", "people", "voter"),
        ("member", "people", "member"),
        ("passenger", "people", "passenger commuter traveller traveler"),
        ("visitor", "people", "visitor tourist pilgrim"),
        ("fan", "people", "fan spectator supporter attendee"),
        ("customer", "people", "customer user subscriber account-holder"),
        ("shareholder", "people", "shareholder investor"),
        ("pensioner", "people", "pensioner retiree veteran"),
        ("tenant", "people", "tenant homeowner householder renter"),
        ("prisoner", "people", "prisoner inmate detainee"),
        ("family", "", "family"),
        ("home", "", "home household house property dwelling flat apartment building premises"),
        ("crew", "people", "crew crewman crewmen crewmember sailor seafarer"),
        ("job", "", "job post position role"),
        ("operation", "", "operation surgery procedure appointment"),
        ("hectare", "", "hectare acre"),
        ("firefighter", "people", "firefighter fireman firefighters"),
        ("vehicle", "", "vehicle car truck lorry bus"),
        ("sandbag", "", "sandbag"),
        ("bed", "", "bed"),
        ("school", "", "school"),
        ("hospital", "", "hospital clinic"),
    ];

    /// <summary>Singular noun (lower-case) → class.</summary>
    public static FrozenDictionary<string, string> Classes { get; } = Build();

    /// <summary>Class → broader class ("doctor" → "people"); absent for top-level classes.</summary>
    public static FrozenDictionary<string, string> Parents { get; } =
        Entries.Where(e => e.Parent.Length > 0).ToFrozenDictionary(e => e.Class, e => e.Parent, StringComparer.Ordinal);

    private static FrozenDictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (cls, _, nouns) in Entries)
        {
            foreach (var noun in nouns.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map.TryAdd(noun, cls);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

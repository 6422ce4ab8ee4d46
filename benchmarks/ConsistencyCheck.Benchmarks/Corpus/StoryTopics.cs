namespace ConsistencyCheck.Benchmarks.Corpus;

/// <summary>A figure a story is about, and the ways outlets phrase it.</summary>
/// <param name="Key">Its key within the story; a trap's key starts with <c>trap:</c>.</param>
/// <param name="Min">Smallest planted value.</param>
/// <param name="Max">Largest planted value.</param>
/// <param name="Grows">True for a running total (a follow-up reports more), false for a level (a follow-up reports fewer).</param>
/// <param name="Sentences">
/// Sentence templates: <c>{N}</c> is the figure phrase at the start of the sentence, <c>{n}</c> elsewhere;
/// <c>{town}</c>, <c>{other}</c>, <c>{river}</c> and <c>{source}</c> name the story's places and sources. A sentence
/// starting with <c>!</c> exposes a known issue of the checker (see <see cref="StoryGenerator.IncludeKnownIssues"/>).
/// </param>
/// <param name="KnownIssue">When not null, the whole figure exposes this known issue of the checker.</param>
internal sealed record FactTemplate(string Key, int Min, int Max, bool Grows, string[] Sentences, string? KnownIssue = null);

/// <summary>A kind of story: its figures, the traps beside them, and sentences without claims.</summary>
/// <param name="Name">Topic name.</param>
/// <param name="Facts">Figures outlets may agree, contradict each other or update on.</param>
/// <param name="Traps">Figures that look alike but count something else (another subject, predicate, place or a part); never compared with the facts.</param>
/// <param name="Fillers">Sentences with no claim, some with numbers that are not claims (years, times, ages, routes).</param>
/// <param name="Headlines">Headline templates.</param>
internal sealed record StoryTopic(string Name, FactTemplate[] Facts, FactTemplate[] Traps, string[] Fillers, string[] Headlines);

/// <summary>The story kinds the generator draws from.</summary>
internal static class StoryTopics
{
    private const string PlaceSimilarity =
        "Clustering: place similarity (FuzzySharp token-set ratio ≥ 60) counts the preposition, so \"in Harwick\" and \"in Fenwick\" are one place and their figures are compared.";

    public static readonly string[] Towns =
    [
        "Mellbrook", "Tarrowmere", "Ashcombe", "Pellingford", "Harwick", "Dunmore", "Calderside", "Fenwick", "Oakhurst", "Briarton",
        "Kestleigh", "Marlow Bridge", "Redcastle", "Stanmoor", "Wexley", "Hollinsby", "Corrington", "Eastholme", "Grayford", "Lindale",
    ];

    public static readonly string[] Rivers = ["Ansel", "Calder", "Wend", "Marle", "Teviot", "Lune", "Brack", "Orwen"];

    public static readonly string[] Outlets =
    [
        "The Harbour Courier", "Kestrel Wire", "The Valley Post", "Northern Ledger", "The Evening Herald", "Daily Gazette",
        "The County Chronicle", "Metro Journal", "Riverside Times", "The Morning Telegraph", "Coastal News", "The Weekly Standard",
    ];

    public static readonly string[] Sources =
    [
        "the district council", "the fire service", "police", "the health trust", "a spokesperson for the council", "local officials",
        "the emergency services", "the regional authority",
    ];

    /// <summary>Background sentences any story can carry: reactions, context and quotes, without claims of the story.</summary>
    public static readonly string[] Background =
    [
        "\"We have never seen anything like it,\" said one resident, who asked not to be named.",
        "Local councillors called for an independent review of what had happened.",
        "The mayor of {town} visited the area on Friday afternoon and thanked volunteers for their work.",
        "Opposition politicians said the government had been too slow to respond.",
        "A spokesperson for the regional authority said lessons would be learned.",
        "Volunteers from churches and community groups have been handing out food and blankets.",
        "Businesses in the high street said they had lost a week of trade.",
        "Several roads into {town} remain closed, and drivers have been advised to avoid the area.",
        "The local MP said she would raise the matter in parliament next week.",
        "Residents of {other} have offered spare rooms to families who need them.",
        "An online appeal set up by neighbours has been shared widely on social media.",
        "Officials urged people not to travel unless their journey was essential.",
        "Schools in the area will stay closed until at least the middle of next week.",
        "Engineers are assessing the condition of the bridge on the main road into {town}.",
        "The weather service has issued a yellow warning for the rest of the region.",
        "Community leaders praised the response of neighbours, many of whom worked through the night.",
        "\"People just turned up and started helping,\" said a volunteer at the community centre.",
        "The chief executive of the council said the priority was to keep people safe.",
        "A full report is expected to be published later this year.",
        "Critics have long warned that the town's infrastructure was not ready for an emergency of this kind.",
        "The government said it would consider requests for emergency funding.",
        "Many of those affected have lived in {town} all their lives.",
        "The local football club has opened its clubhouse as a drop-in centre.",
        "Residents have been told to check on elderly neighbours.",
        "An inquiry will look at how the warning system performed.",
        "Police asked people not to share unverified rumours online.",
        "Charities said demand for their services had risen sharply.",
        "The clean-up is expected to take several weeks.",
        "Some residents said they had received no warning at all.",
        "The county council's emergency committee will meet again on Monday.",
        "Local radio stations have been broadcasting updates every hour.",
        "Shopkeepers said the town centre had been almost deserted.",
        "The regional hospital said it was ready to help if needed.",
        "A minute's silence will be held at the town hall on Sunday.",
        "Residents said they were grateful for the support but worried about the months ahead.",
        "Journalists were kept away from the area for much of the day.",
    ];

    public static readonly StoryTopic[] All =
    [
        new("flood",
            [
                new("evacuated", 400, 60000, true,
                [
                    "{N} residents were evacuated from their homes in {town}, {source} said.",
                    "Emergency services evacuated {n} residents from the streets closest to the {river}.",
                    "According to {source}, {n} people were evacuated from {town} overnight.",
                    "{N} people have been evacuated from {town} since the river burst its banks.",
                ]),
                new("remain", 100, 5000, false,
                [
                    "{N} people remain in emergency shelters, {source} said.",
                    "!{source} said {n} residents were still sheltering in schools and leisure centres.",
                    "Some families have gone to relatives, but {n} people remain in shelters.",
                ]),
                new("flooded", 50, 4000, true,
                [
                    "{N} homes were flooded in {town} when the {river} rose above the flood wall.",
                    "The water flooded {n} homes in {town}, {source} said.",
                    "{source} said {n} houses had been flooded in {town}.",
                ]),
            ],
            [
                new("trap:injured-firefighters", 2, 30, true,
                [
                    "{N} firefighters were injured during the rescue effort.",
                    "The fire service said {n} firefighters were injured while pumping out basements.",
                ]),
                new("trap:injured-residents", 31, 120, true,
                [
                    "{N} residents were injured, most of them with minor cuts.",
                    "Hospital staff said {n} residents were injured in the flooding.",
                ]),
                new("trap:damaged-homes", 4001, 6000, true,
                [
                    "Surveyors said {n} homes were damaged across the valley.",
                    "In all, {n} homes were damaged by the water.",
                ]),
                new("trap:flooded-other-town", 5, 49, true,
                [
                    "Downstream, {n} homes were flooded in {other}.",
                    "{N} homes were also flooded in {other}, {source} said.",
                ], KnownIssue: PlaceSimilarity),
            ],
            [
                "The {river} reached its highest level since records began in 1887.",
                "Forecasters expect more rain over the weekend, with the next band arriving at around 6 p.m. on Saturday.",
                "Bus Route 9 has been diverted away from the town centre until further notice.",
                "A 54-year-old volunteer said the water had risen faster than anyone expected.",
                "Sandbags were handed out from the car park behind the station.",
                "The council has opened a helpline for residents who need somewhere to stay.",
                "Insurers said it was too early to estimate the cost of the damage.",
                "The flood wall at Ferry Lane was built after the floods of 1968.",
                "Trains between {town} and {other} are expected to resume on Monday.",
                "Residents described the night as the worst they could remember.",
            ],
            ["{town} floods: residents flee as the {river} rises", "Thousands affected as {town} is flooded", "{river} bursts its banks in {town}"]),
        new("hospital",
            [
                new("signed", 20, 900, true,
                [
                    "{N} senior doctors signed the letter to the trust's chief executive.",
                    "The letter was signed by {n} doctors at {town} General Hospital.",
                    "{N} consultants signed an open letter criticising the trust, {source} confirmed.",
                ]),
                new("treated", 100, 8000, true,
                [
                    "{N} patients were treated in corridors, the letter says.",
                    "The letter says {n} patients were treated on trolleys in corridors.",
                ]),
                new("moved", 10, 300, true,
                [
                    "The trust moved {n} nurses to the emergency department.",
                    "{N} nurses were moved from other wards to cope with demand.",
                ]),
            ],
            [
                new("trap:signed-nurses", 901, 2000, true,
                [
                    "A separate petition was signed by {n} nurses.",
                    "{N} nurses signed a petition of their own.",
                ]),
                new("trap:employed-staff", 1000, 9000, false,
                [
                    "The hospital employs {n} staff.",
                    "The trust employs {n} staff across its three sites.",
                ]),
                new("trap:part-consultants", 3, 19, true,
                [
                    "{N} of the signatories are consultants in emergency medicine.",
                ]),
            ],
            [
                "The trust said it would respond to the letter in full.",
                "{town} General Hospital opened in 1974 and was last extended in 2009.",
                "Visiting hours will be restricted from 8 p.m. until further notice.",
                "A 61-year-old patient said she had waited nine hours to be seen.",
                "The chief executive is due to meet union representatives next week.",
                "The hospital's car park has been closed for resurfacing.",
                "Health officials said the pressure on beds was not unique to {town}.",
                "Patients have been asked to use the walk-in centre on Station Road for minor injuries.",
            ],
            ["Doctors warn {town} hospital is at breaking point", "Senior doctors sign letter criticising {town} trust", "{town} hospital under pressure"]),
        new("factory",
            [
                new("cut", 50, 3000, true,
                [
                    "The company said {n} jobs would be cut at the {town} plant.",
                    "{N} jobs will be cut when the site closes, {source} said.",
                    "The closure will cut {n} jobs in {town}.",
                ]),
                new("employed", 3001, 9000, false,
                [
                    "The plant employs {n} workers, many of them from {town}.",
                    "The site employs {n} workers.",
                ]),
            ],
            [
                new("trap:protesters", 100, 2000, true,
                [
                    "On Saturday, {n} protesters marched from the factory gates to the town hall.",
                    "{N} protesters marched through {town} against the closure.",
                ]),
                new("trap:cut-other-town", 10, 49, true,
                [
                    "A further {n} jobs will be cut in {other}.",
                ], KnownIssue: PlaceSimilarity),
            ],
            [
                "The factory has made components for the car industry since 1952.",
                "Union leaders will meet management at 10 a.m. on Thursday.",
                "A 47-year-old machinist said the news had come as a shock.",
                "The company blamed rising energy prices and falling orders.",
                "Local shops fear that trade will suffer when the site closes.",
                "The regional development agency said it would help workers find new jobs.",
                "Shares in the company fell in early trading.",
                "The site sits beside the A38, two miles from the centre of {town}.",
            ],
            ["{town} factory to close with heavy job losses", "Jobs blow for {town} as plant closure confirmed", "Workers shocked as {town} plant shuts"]),
        new("protest",
            [
                new("marched", 300, 40000, true,
                [
                    "{N} protesters marched through the centre of {town}, {source} said.",
                    "Police said {n} demonstrators marched on the town hall.",
                    "Organisers said {n} protesters marched from the park to the square.",
                ]),
                new("arrested", 3, 90, true,
                [
                    "Police arrested {n} people during the march.",
                    "{N} people were arrested, {source} said.",
                ]),
                new("deployed", 100, 1500, false,
                [
                    "{N} police officers were deployed along the route.",
                    "The force deployed {n} officers to keep order.",
                ]),
            ],
            [
                new("trap:injured-officers", 1, 12, true,
                [
                    "{N} officers were injured when bottles were thrown.",
                ]),
                new("trap:marched-other-town", 50, 299, true,
                [
                    "A smaller group of {n} protesters marched in {other}.",
                ]),
            ],
            [
                "The march began at 11 a.m. and ended shortly after 3 p.m.",
                "Shops along the route closed early.",
                "A 23-year-old student said she had come to make her voice heard.",
                "The last march of this size in {town} took place in 1998.",
                "Bus Route 12 was diverted for most of the afternoon.",
                "The council said the square would be cleaned overnight.",
                "Organisers have promised another protest next month.",
                "Speakers addressed the crowd from a stage outside the library.",
            ],
            ["Thousands march through {town}", "Protest brings {town} to a standstill", "Arrests as protesters march in {town}"]),
        new("fire",
            [
                new("destroyed", 3, 400, true,
                [
                    "{N} homes were destroyed by the fire, {source} said.",
                    "The blaze destroyed {n} homes on the edge of {town}.",
                    "According to {source}, {n} houses were destroyed.",
                ]),
                new("firefighters", 20, 400, false,
                [
                    "{N} firefighters were deployed to the scene.",
                    "The fire service deployed {n} firefighters from across the county.",
                ]),
                new("evacuated", 50, 9000, true,
                [
                    "{N} residents were evacuated as the fire spread.",
                    "Police evacuated {n} residents from nearby streets.",
                ]),
            ],
            [
                new("trap:injured-firefighters", 1, 15, true,
                [
                    "{N} firefighters were injured, one of them seriously.",
                ]),
                new("trap:damaged-vehicles", 5, 80, true,
                [
                    "{N} cars were damaged by the flames.",
                ]),
            ],
            [
                "The fire started at about 2 a.m. in a disused warehouse.",
                "Smoke could be seen from {other}, eight miles away.",
                "A 38-year-old man has been questioned by police.",
                "The warehouse was built in 1921 and had been empty for years.",
                "Residents were told to keep their windows closed.",
                "The cause of the fire is under investigation.",
                "Firefighters remained at the scene throughout the day to damp down hotspots.",
                "The B2140 was closed between {town} and {other}.",
            ],
            ["Homes destroyed as fire sweeps through {town}", "Huge blaze in {town}", "{town} fire: residents evacuated"]),
    ];
}

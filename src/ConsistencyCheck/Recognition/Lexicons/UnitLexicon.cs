using System.Collections.Frozen;

namespace ConsistencyCheck.Recognition.Lexicons;

/// <summary>
/// Units written after a figure ("140 km", "40 euros", "34-year-old", "40C") and currency signs written before it
/// ("$", "US$", "£", "HK$", "EUR"). The table is data: one line per unit, surface forms separated by ';'.
/// </summary>
internal static class UnitLexicon
{
    // Name | Category | entity | surfaces. A leading '=' marks a case-sensitive surface, a leading '^' one that must be glued to the digits.
    private const string Data = """
        Dollar|Currency|currency|dollar;dollars;bucks;$
        United States dollar|Currency|currency|us dollars;u.s. dollars;us dollar;usd
        Australian dollar|Currency|currency|australian dollars;australian dollar;aud
        Canadian dollar|Currency|currency|canadian dollars;canadian dollar;cad
        Hong Kong dollar|Currency|currency|hong kong dollars;hong kong dollar;hkd
        New Zealand dollar|Currency|currency|new zealand dollars;nzd
        Singapore dollar|Currency|currency|singapore dollars;sgd
        Euro|Currency|currency|euro;euros;eur;€
        Pound|Currency|currency|pounds sterling;sterling;quid;£
        British pound|Currency|currency|gbp
        Cent|Currency|currency|cent;cents
        Pence|Currency|currency|pence;^p
        Penny|Currency|currency|penny
        Japanese yen|Currency|currency|yen;jpy
        Chinese yuan|Currency|currency|chinese yuan;yuan;renminbi;cny;rmb;元
        Rupee|Currency|currency|rupees;rupee
        Indian rupee|Currency|currency|inr
        Bitcoin|Currency|currency|bitcoins;bitcoin;=BTC;₿
        Indonesian rupiah|Currency|currency|rupiah
        Swiss franc|Currency|currency|swiss francs;swiss franc;chf
        Franc|Currency|currency|francs;franc
        Peso|Currency|currency|pesos;peso
        Russian ruble|Currency|currency|roubles;rouble;rubles;ruble
        Turkish lira|Currency|currency|turkish lira;lira;liras
        Israeli new shekel|Currency|currency|shekels;shekel
        Dinar|Currency|currency|dinars;dinar
        Dirham|Currency|currency|dirhams;dirham
        Riyal|Currency|currency|riyals;riyal
        South African rand|Currency|currency|rand
        Nigerian naira|Currency|currency|naira;₦
        Krona|Currency|currency|kronor;krona;kronur;kroner;krone
        Polish zloty|Currency|currency|zloty;zlotys
        Thai baht|Currency|currency|baht
        Malaysian ringgit|Currency|currency|ringgit
        Finnish markka|Currency|currency|finnish markka;markka
        Netherlands guilder|Currency|currency|dutch guilders;guilders;guilder
        Peseta|Currency|currency|pesetas;peseta
        Costa Rican colón|Currency|currency|colones;colón;₡
        Georgian lari|Currency|currency|lari;₾
        Lao kip|Currency|currency|₭
        Sri Lankan rupee|Currency|currency|ரூ
        Philippine peso|Currency|currency|₱
        Ukrainian hryvnia|Currency|currency|hryvnias;hryvnia;₴
        Vietnamese dong|Currency|currency|₫
        Ghanaian cedi|Currency|currency|cedis;cedi;₵
        Kazakhstani tenge|Currency|currency|tenge;₸
        Bangladeshi taka|Currency|currency|taka;৳
        South Korean won|Currency|currency|₩
        Mexican peso|Currency|currency|mexican pesos;mxn
        Satoshi|Currency|currency|satoshis;satoshi
        Kilometer|Length|dimension|km;kms;kilometres;kilometers;kilometre;kilometer
        Meter|Length|dimension|m;metres;meters;metre;meter
        Centimeter|Length|dimension|cm;centimetres;centimeters;centimetre;centimeter
        Millimeter|Length|dimension|mm;millimetres;millimeters;millimetre;millimeter
        Decimeter|Length|dimension|dm;decimetres;decimeters
        Mile|Length|dimension|miles;mile;mi
        Nautical mile|Length|dimension|nautical miles;nautical mile
        Foot|Length|dimension|feet;foot;ft
        Inch|Length|dimension|inches;inch
        Yard|Length|dimension|yards;yard;yd
        Light year|Length|dimension|light years;light-years;light year
        Kilogram|Weight|dimension|kg;kgs;kilograms;kilogram;kilos;kilo;kilogrammes
        Gram|Weight|dimension|grams;gram;grammes;gramme;^g
        Milligram|Weight|dimension|mg;milligrams;milligram
        Microgram|Weight|dimension|micrograms;microgram;microgrammes;μg;mcg
        Metric ton|Weight|dimension|metric tons;metric ton;metric tonnes
        Ton|Weight|dimension|tonnes;tonne;tons;ton;^t
        Pound|Weight|dimension|pounds;pound;lbs;lb
        Ounce|Weight|dimension|ounces;ounce;oz
        Square kilometer|Area|dimension|square kilometres;square kilometers;square kilometre;square kilometer;sq km;km2;km²
        Square meter|Area|dimension|square metres;square meters;square metre;square meter;sq m;m2;m²
        Square mile|Area|dimension|square miles;square mile;sq mi
        Square foot|Area|dimension|square feet;square foot;sq ft
        Hectare|Area|dimension|hectares;hectare;ha
        Acre|Area|dimension|acres;acre
        Liter|Volume|dimension|litres;liters;litre;liter;^l
        Milliliter|Volume|dimension|ml;millilitres;milliliters
        Gallon|Volume|dimension|gallons;gallon
        Barrel|Volume|dimension|barrels;barrel;bbl
        Cubic meter|Volume|dimension|cubic metres;cubic meters;cubic metre;m3;m³
        Cubic foot|Volume|dimension|cubic feet;cubic foot
        Mile per hour|Speed|dimension|mph;miles per hour;miles an hour;mile per hour
        Kilometer per hour|Speed|dimension|km/h;kph;kmph;km/hr;kilometres per hour;kilometers per hour;kilometres an hour;kilometer per hour
        Meter per second|Speed|dimension|m/s;metres per second;meters per second
        Knot|Speed|dimension|knots;knot
        Megawatt|Power|dimension|=MW;megawatts;megawatt
        Gigawatt|Power|dimension|=GW;gigawatts;gigawatt
        Kilowatt|Power|dimension|=kW;kilowatts;kilowatt
        Kilowatt hour|Energy|dimension|=kWh;kilowatt hours;kilowatt-hours
        Megabyte|Information|dimension|=MB;megabytes;megabyte
        Gigabyte|Information|dimension|=GB;gigabytes;gigabyte
        Terabyte|Information|dimension|=TB;terabytes
        Bit|Information|dimension|bit;bits
        Tablespoon|Volume|dimension|tablespoons;tablespoon;tbsp
        Teaspoon|Volume|dimension|teaspoons;teaspoon;tsp
        Cup|Volume|dimension|cups;cup
        Celsius|Temperature|temperature|degrees celsius;degree celsius;deg celsius;degrees centigrade;degrees c;degree c;deg c;°c;° c;ºc;celsius;celcius;centigrade;centigrate;^c
        Fahrenheit|Temperature|temperature|degrees fahrenheit;degree fahrenheit;deg fahrenheit;degrees farenheit;degrees f;degree f;deg f;°f;° f;ºf;fahrenheit;farenheit;^f
        Degree|Temperature|temperature|degrees;degree;deg.;deg;°;º
        Year|Age|age|-year-old;-years-old; years old; year old; years of age; year of age; yo;-year old
        Month|Age|age|-month-old;-months-old; months old; month old; months of age
        Week|Age|age|-week-old;-weeks-old; weeks old; week old; weeks of age
        Day|Age|age|-day-old;-days-old; days old; day old; days of age
        """;

    /// <summary>Right-hand surfaces grouped by first character, longest first.</summary>
    public static readonly FrozenDictionary<char, UnitEntry[]> ByFirstChar = Build();

    /// <summary>Currency signs and codes written before the figure, longest first; "M" before a code means millions ("MAUD 60").</summary>
    public static readonly (string Surface, Unit Unit, decimal Multiplier)[] Prefixes = WithMillions(
    [
        ("mex$", new("Mexican peso", "Currency", "MXN")), ("rmb", new("Chinese yuan", "Currency", "CNY")),
        ("₡", new("Costa Rican colón", "Currency", "CRC")), ("₾", new("Georgian lari", "Currency", "GEL")), ("₭", new("Lao kip", "Currency", "LAK")),
        ("₦", new("Nigerian naira", "Currency", "NGN")), ("₱", new("Philippine peso", "Currency", "PHP")), ("₴", new("Ukrainian hryvnia", "Currency", "UAH")),
        ("₫", new("Vietnamese dong", "Currency", "VND")), ("₵", new("Ghanaian cedi", "Currency", "GHS")), ("₸", new("Kazakhstani tenge", "Currency", "KZT")),
        ("৳", new("Bangladeshi taka", "Currency", "BDT")),
        ("usd$", new("United States dollar", "Currency", "USD")), ("aud$", new("Australian dollar", "Currency", "AUD")),
        ("cad$", new("Canadian dollar", "Currency", "CAD")), ("nzd$", new("New Zealand dollar", "Currency", "NZD")),
        ("mxn$", new("Mexican peso", "Currency", "MXN")), ("₿", new("Bitcoin", "Currency")),
        ("u.s. $", new("United States dollar", "Currency", "USD")), ("u.s $", new("United States dollar", "Currency", "USD")), ("u.s.$", new("United States dollar", "Currency", "USD")), ("us $", new("United States dollar", "Currency", "USD")),
        ("us$", new("United States dollar", "Currency", "USD")), ("hk $", new("Hong Kong dollar", "Currency", "HKD")),
        ("hk$", new("Hong Kong dollar", "Currency", "HKD")), ("nz$", new("New Zealand dollar", "Currency", "NZD")),
        ("au$", new("Australian dollar", "Currency", "AUD")), ("a$", new("Australian dollar", "Currency", "AUD")),
        ("ca$", new("Canadian dollar", "Currency", "CAD")), ("c $", new("Canadian dollar", "Currency", "CAD")),
        ("c$", new("Canadian dollar", "Currency", "CAD")), ("s$", new("Singapore dollar", "Currency", "SGD")),
        ("r$", new("Brazilian real", "Currency", "BRL")), ("$", new("Dollar", "Currency")), ("£", new("Pound", "Currency", "GBP")),
        ("€", new("Euro", "Currency", "EUR")), ("¥", new("Japanese yen", "Currency", "JPY")), ("₹", new("Indian rupee", "Currency", "INR")),
        ("rs.", new("Indian rupee", "Currency", "INR")), ("rs", new("Indian rupee", "Currency", "INR")), ("₽", new("Russian ruble", "Currency", "RUB")), ("₩", new("South Korean won", "Currency", "KRW")),
        ("₺", new("Turkish lira", "Currency", "TRY")), ("₪", new("Israeli new shekel", "Currency", "ILS")),
        ("usd", new("United States dollar", "Currency", "USD")), ("eur", new("Euro", "Currency", "EUR")), ("gbp", new("British pound", "Currency", "GBP")),
        ("jpy", new("Japanese yen", "Currency", "JPY")), ("chf", new("Swiss franc", "Currency", "CHF")), ("cny", new("Chinese yuan", "Currency", "CNY")),
        ("inr", new("Indian rupee", "Currency", "INR")), ("aud", new("Australian dollar", "Currency", "AUD")), ("cad", new("Canadian dollar", "Currency", "CAD")),
        ("sek", new("Swedish krona", "Currency", "SEK")), ("nok", new("Norwegian krone", "Currency", "NOK")), ("dkk", new("Danish krone", "Currency", "DKK")),
        ("mxn", new("Mexican peso", "Currency", "MXN")), ("nzd", new("New Zealand dollar", "Currency", "NZD")), ("hkd", new("Hong Kong dollar", "Currency", "HKD")),
    ]);

    /// <summary>Three-letter currency codes written in capitals ("USD", "EUR"); they may be glued to the digits ("USD115").</summary>
    public static bool IsCurrencyCode(ReadOnlySpan<char> letters)
    {
        if (letters.Length is not (3 or 4) || !char.IsAsciiLetterUpper(letters[0]) || !char.IsAsciiLetterUpper(letters[^1]))
        {
            return false;
        }

        foreach (var (surface, _, multiplier) in Prefixes)
        {
            if (surface.Length == letters.Length && char.IsLetter(surface[0]) && char.IsLetter(surface[^1]) && char.IsUpper(letters[0])
                && letters.Equals(surface, StringComparison.OrdinalIgnoreCase) && (multiplier == 1 || letters[0] == 'M'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a unit word of two letters or more starts at <paramref name="k"/> ("one mile", "one-yen").</summary>
    public static bool IsUnitWordAt(ReadOnlySpan<char> text, int k)
    {
        if (k >= text.Length || !ByFirstChar.TryGetValue(char.ToLowerInvariant(text[k]), out var entries))
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (entry.Surface.Length >= 2 && !entry.AttachedOnly && !entry.CaseSensitive && char.IsLetter(entry.Surface[^1]) && Numbers.TextScan.MatchAt(text, k, entry.Lower) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="glued"/> (letters then a digit, as in "24703m2") is a unit symbol: "m2", "km2", "m3".</summary>
    public static bool IsGluedUnitWithDigit(ReadOnlySpan<char> glued)
    {
        if (glued.Length is < 2 or > 4 || !ByFirstChar.TryGetValue(char.ToLowerInvariant(glued[0]), out var entries))
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (entry.Surface.Length == glued.Length && char.IsDigit(entry.Surface[^1]) && glued.Equals(entry.Surface, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds "M" + code for every three-letter code: millions of that currency ("MUSD", "MEUR").</summary>
    private static (string Surface, Unit Unit, decimal Multiplier)[] WithMillions((string Surface, Unit Unit)[] prefixes)
    {
        var all = new List<(string Surface, Unit Unit, decimal Multiplier)>();
        foreach (var (surface, unit) in prefixes)
        {
            if (surface.Length == 3 && surface.All(char.IsAsciiLetterLower) && unit.IsoCode is not null)
            {
                all.Add(("m" + surface, unit, 1_000_000m));
            }
        }

        foreach (var (surface, unit) in prefixes)
        {
            all.Add((surface, unit, 1m));
        }

        return [.. all.OrderByDescending(p => p.Surface.Length)];
    }

    private static FrozenDictionary<char, UnitEntry[]> Build()
    {
        var all = new List<UnitEntry>();
        foreach (var line in Data.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|');
            var type = parts[2] switch
            {
                "currency" => EntityType.Currency,
                "temperature" => EntityType.Temperature,
                "age" => EntityType.Age,
                _ => EntityType.Dimension,
            };
            var unit = new Unit(parts[0], parts[1], IsoCodeOf(parts[0]));
            if (type == EntityType.Currency)
            {
                foreach (var code in parts[3].Split(';'))
                {
                    if (code.Length == 3 && code.All(char.IsAsciiLetterLower) && unit.IsoCode is not null)
                    {
                        // "30 MUSD", "120 MEUR": millions of the currency.
                        all.Add(new UnitEntry("M" + code.ToUpperInvariant(), unit, type, false, true, 1_000_000m));
                    }
                }
            }

            foreach (var raw in parts[3].Split(';'))
            {
                var caseSensitive = raw.StartsWith('=');
                var attachedOnly = raw.StartsWith('^');
                var surface = caseSensitive || attachedOnly ? raw[1..] : raw;
                all.Add(new UnitEntry(surface, unit, type, attachedOnly, caseSensitive));
            }
        }

        return all
            .GroupBy(e => char.ToLowerInvariant(e.Surface[0]))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Surface.Length).ToArray());
    }

    private static string? IsoCodeOf(string name) => name switch
    {
        "Euro" => "EUR",
        "Pound" or "British pound" => "GBP",
        "Mexican peso" => "MXN",
        "New Zealand dollar" => "NZD",
        "Costa Rican colón" => "CRC",
        "Georgian lari" => "GEL",
        "Lao kip" => "LAK",
        "Sri Lankan rupee" => "LKR",
        "Nigerian naira" => "NGN",
        "Philippine peso" => "PHP",
        "Ukrainian hryvnia" => "UAH",
        "Vietnamese dong" => "VND",
        "Ghanaian cedi" => "GHS",
        "Kazakhstani tenge" => "KZT",
        "Bangladeshi taka" => "BDT",
        "South Korean won" => "KRW",
        "Turkish lira" => "TRY",
        "Russian ruble" => "RUB",
        "Singapore dollar" => "SGD",
        "United States dollar" => "USD",
        "Japanese yen" => "JPY",
        "Chinese yuan" => "CNY",
        "Swiss franc" => "CHF",
        "Australian dollar" => "AUD",
        "Canadian dollar" => "CAD",
        "Hong Kong dollar" => "HKD",
        "Indian rupee" => "INR",
        _ => null,
    };
}

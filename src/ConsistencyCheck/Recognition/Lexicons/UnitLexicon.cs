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
        Pound|Currency|currency|pounds sterling;sterling;gbp;quid;£
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
        Nigerian naira|Currency|currency|naira
        Krona|Currency|currency|kronor;krona;kronur;kroner;krone
        Polish zloty|Currency|currency|zloty;zlotys
        Thai baht|Currency|currency|baht
        Malaysian ringgit|Currency|currency|ringgit
        Finnish markka|Currency|currency|finnish markka;markka
        Netherlands guilder|Currency|currency|dutch guilders;guilders;guilder
        Peseta|Currency|currency|pesetas;peseta
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

    /// <summary>Currency signs and codes written before the figure, longest first.</summary>
    public static readonly (string Surface, Unit Unit)[] Prefixes =
    [
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
        ("rs.", new("Indian rupee", "Currency", "INR")), ("₽", new("Russian ruble", "Currency", "RUB")), ("₩", new("South Korean won", "Currency", "KRW")),
        ("₺", new("Turkish lira", "Currency", "TRY")), ("₪", new("Israeli new shekel", "Currency", "ILS")),
        ("usd", new("United States dollar", "Currency", "USD")), ("eur", new("Euro", "Currency", "EUR")), ("gbp", new("Pound", "Currency", "GBP")),
        ("jpy", new("Japanese yen", "Currency", "JPY")), ("chf", new("Swiss franc", "Currency", "CHF")), ("cny", new("Chinese yuan", "Currency", "CNY")),
        ("inr", new("Indian rupee", "Currency", "INR")), ("aud", new("Australian dollar", "Currency", "AUD")), ("cad", new("Canadian dollar", "Currency", "CAD")),
    ];

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
        "United States dollar" => "USD",
        "Euro" => "EUR",
        "Pound" => "GBP",
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

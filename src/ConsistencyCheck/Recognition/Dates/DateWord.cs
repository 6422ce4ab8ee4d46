namespace ConsistencyCheck.Recognition.Dates;

/// <summary>
/// The function words the date grammar reacts to. Several spellings map to one member ("until", "till",
/// "til" are <see cref="Till"/>); <see cref="DateLexicon"/> lists them.
/// </summary>
internal enum DateWord : byte
{
    /// <summary>Not a function word (it may still be a month, weekday, number or unit).</summary>
    None,

    // Members are named after the word they stand for; only the less obvious ones carry a comment.
    A, The, In, On, At, Of, From, To, Till, Through, Between, And, Or, Since, Before, After, By, During, For, Over,
    Within, Ago, Later, Earlier, Last, Next, This, Previous, Past, Coming, Following, Current, Today, Tomorrow,
    Yesterday, Early, Mid, Middle, Late, Beginning, End, Now, Every, Each, Hourly, Daily, Weekly, Monthly, Yearly,
    Once, Twice, Per, Half, Quarter, Am, Pm, Noon, Midnight, Than, Least, Calendar, Fiscal, Same, Starting, Date,
    No, All, Another, Upcoming, Hence, Remaining, Greater, Not,

    /// <summary>"about", "around", "approximately", "roughly", "some" (as a hedge).</summary>
    About,

    /// <summary>"almost", "nearly".</summary>
    Nearly,

    /// <summary>"more" (as in "more than").</summary>
    More,

    /// <summary>"less", "fewer" (as in "less than").</summary>
    Less,

    /// <summary>"under" (a duration bound).</summary>
    Under,

    /// <summary>The letter "q" in "Q1", "2019-q3".</summary>
    LetterQ,

    /// <summary>The letter "h" in "H2", or "h" for hours in "3h".</summary>
    LetterH,

    /// <summary>The letter "s" in "1990s", "90 s".</summary>
    LetterS,

    /// <summary>The ordinal suffixes "st", "nd", "rd", "th".</summary>
    OrdinalSuffix,

    /// <summary>The letter "a" or "p" of "a.m."/"p.m.".</summary>
    LetterP,

    /// <summary>The letter "m" of "a.m."/"p.m.".</summary>
    LetterM,

    /// <summary>"cy": calendar year.</summary>
    Cy,

    /// <summary>"fy", "sy": fiscal or school year.</summary>
    Fy,

    /// <summary>"business", "working", "work", "workweek": counting only Monday to Friday.</summary>
    Business,
}

namespace ConsistencyCheck.Text.Syntax;

/// <summary>Where in the sentence a figure's counted thing was found, from the most to the least reliable place.</summary>
internal enum CountedThingSource
{
    /// <summary>The noun phrase right after the figure: "55,000 displaced residents", "a 60-word statement".</summary>
    FollowingNoun,

    /// <summary>An of, in, for or on phrase right after the figure: "21 percent of voters", "$2 billion for road repairs".</summary>
    PrepositionalObject,

    /// <summary>The noun inside a hyphenated figure: "60-word" → word.</summary>
    InsideFigure,

    /// <summary>The noun whose of- or at-phrase holds the figure: "a rate of 31 percent", "unemployment at 5 percent".</summary>
    Host,

    /// <summary>The subject of "be" when the figure is its complement: "turnout was 60 percent".</summary>
    Subject,

    /// <summary>The nearest verb before the figure in its clause: "sentenced to 12 years".</summary>
    Verb,
}

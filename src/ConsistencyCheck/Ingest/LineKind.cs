namespace ConsistencyCheck.Ingest;

/// <summary>What one line of text is, as far as page furniture goes.</summary>
internal enum LineKind
{
    /// <summary>Ordinary text: never marked.</summary>
    Text,

    /// <summary>Empty or white space only.</summary>
    Blank,

    /// <summary>Several short items separated by <c>|</c>, <c>•</c> or <c>·</c>: "Home | News | Sport".</summary>
    Menu,

    /// <summary>"BREAKING: ..." or several headlines separated by <c>|</c>.</summary>
    Ticker,

    /// <summary>"By Name" or "By Name, Title", possibly with a date.</summary>
    Byline,

    /// <summary>A line that is only a date, possibly with a time, a prefix ("Published:") and the outlet's name.</summary>
    Dateline,

    /// <summary>A one-line piece of furniture: "Advertisement", "Share this article", "Sign up to ...", "Read more: ...".</summary>
    Furniture,

    /// <summary>A heading introducing a list of other stories: "Most read", "Related stories", "Read next".</summary>
    ListHead,

    /// <summary>"© 2024 ...", "Copyright ...", "All rights reserved".</summary>
    Copyright,
}

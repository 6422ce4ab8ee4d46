namespace ConsistencyCheck.Recognition;

/// <summary>How a temporal phrase bends its date: "since March 2023", "early August", "before 2020".</summary>
public enum TemporalModifier
{
    /// <summary>No modifier.</summary>
    None,

    /// <summary>"before …": up to, not including.</summary>
    Before,

    /// <summary>"after …": from the end on.</summary>
    After,

    /// <summary>"since …": from the start until the reference date.</summary>
    Since,

    /// <summary>"until …", "by …".</summary>
    Until,

    /// <summary>"early …", "the start of …".</summary>
    Start,

    /// <summary>"mid-…", "the middle of …".</summary>
    Mid,

    /// <summary>"late …", "the end of …".</summary>
    End,

    /// <summary>"about", "around", "almost" on a duration or date.</summary>
    Approximate,

    /// <summary>"more than" on a duration.</summary>
    More,

    /// <summary>"less than" on a duration.</summary>
    Less,
}

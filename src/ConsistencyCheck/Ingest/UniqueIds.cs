namespace ConsistencyCheck.Ingest;

/// <summary>Keeps document ids unique within a run: a repeated id becomes <c>id#2</c>, <c>id#3</c>, … with a warning.</summary>
internal static class UniqueIds
{
    /// <summary>
    /// Returns <paramref name="document"/> unchanged when its id is new to <paramref name="ids"/>; otherwise renamed to
    /// the first free <c>id#n</c>, with a warning whose text <paramref name="describe"/> builds from the old and new id.
    /// </summary>
    public static Document Ensure(Document document, HashSet<string> ids, Func<string, string, string> describe)
    {
        var id = document.Id.Value;
        if (ids.Add(id))
        {
            return document;
        }

        var n = 2;
        while (!ids.Add($"{id}#{n}"))
        {
            n++;
        }

        var renamed = $"{id}#{n}";
        return document with
        {
            Id = new DocumentId(renamed),
            Diagnostics = document.Diagnostics.Add(Diagnostic.Warning(describe(id, renamed))),
        };
    }
}

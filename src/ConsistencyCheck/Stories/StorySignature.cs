using System.Collections.Immutable;
using System.Diagnostics;
using ConsistencyCheck.Ingest;

namespace ConsistencyCheck.Stories;

/// <summary>
/// What one document reports, in a few dozen weighted terms: its salient words and names, headline weighted. Computed
/// from the document alone (<see cref="FromDocument"/>), with weights taken from within the document and damped by a
/// fixed table of how common each English word is, so it never changes when other documents are added to a run. The
/// input of <see cref="StoryGrouper"/>.
/// </summary>
/// <remarks>
/// Small and bounded: at most <see cref="StoryOptions.MaxTerms"/> terms whatever the document's length. Immutable;
/// equality compares the terms in order.
/// </remarks>
public sealed record StorySignature
{
    /// <summary>Creates a signature, for example one read back from an extraction made elsewhere.</summary>
    /// <param name="document">The document it describes.</param>
    /// <param name="collection">The collection the document belongs to; stories never span two collections.</param>
    /// <param name="published">When the document was published, or null (a weak signal, see <see cref="StoryOptions.DateWindow"/>).</param>
    /// <param name="contentWords">How many content words (not function words) the document has, headline included; at least 0.</param>
    /// <param name="terms">The terms, heaviest first (ties in ordinal order of the text), each term once, weights a unit vector.</param>
    /// <exception cref="ArgumentException">A term is empty or repeated, a weight is not in (0, 1], or the count is negative.</exception>
    public StorySignature(DocumentId document, string collection, DateTimeOffset? published, int contentWords, ImmutableArray<StoryTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(document.Value, nameof(document));
        ArgumentException.ThrowIfNullOrEmpty(collection);
        ArgumentOutOfRangeException.ThrowIfNegative(contentWords);
        terms = terms.IsDefault ? [] : terms;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (string.IsNullOrEmpty(term.Text) || !seen.Add(term.Text) || !(term.Weight is > 0 and <= 1.0001f))
            {
                throw new ArgumentException($"Term \"{term.Text}\" ({term.Weight}) is empty, repeated or has a weight outside (0, 1].", nameof(terms));
            }
        }

        (Document, Collection, Published, ContentWords, Terms) = (document, collection, published, contentWords, terms);
    }

    // For FromDocument: its terms are distinct and its weights in range by construction, so they are not checked again.
    private StorySignature(DocumentId document, string collection, DateTimeOffset? published, int contentWords, ImmutableArray<StoryTerm> terms, bool trusted)
    {
        Debug.Assert(trusted, "Only FromDocument calls this constructor.");
        Document = document;
        Collection = collection;
        Published = published;
        ContentWords = contentWords;
        Terms = terms;
    }

    /// <summary>The document it describes.</summary>
    public DocumentId Document { get; }

    /// <summary>The collection of the document; stories never span two collections.</summary>
    public string Collection { get; }

    /// <summary>When the document was published, or null.</summary>
    public DateTimeOffset? Published { get; }

    /// <summary>How many content words (not function words) the document has, headline included.</summary>
    public int ContentWords { get; }

    /// <summary>The terms, heaviest first; their weights form a unit vector.</summary>
    public ImmutableArray<StoryTerm> Terms { get; }

    /// <summary>
    /// Computes the signature of <paramref name="document"/> from its headline (<see cref="DocumentMetadata.Title"/>)
    /// and its text outside boilerplate. Linear in the length of the text; thread-safe; the same document always gives
    /// the same signature, whatever else is in the run.
    /// </summary>
    /// <param name="document">The document; an unreadable one gives a signature without terms.</param>
    /// <param name="options">The options; null for <see cref="StoryOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    /// <example>
    /// <code>
    /// var signature = StorySignature.FromDocument(document);
    /// // signature.Terms: ("comey", 0.41), ("fbi", 0.33), ("james comey", 0.27), ("fire", 0.22), ...
    /// </code>
    /// </example>
    public static StorySignature FromDocument(Document document, StoryOptions? options = null) => FromDocumentInRun(document, options, null);

    /// <summary>
    /// <see cref="FromDocument(Document, StoryOptions?)"/> with the term texts shared across a run (<see cref="TermPool"/>),
    /// as the pipeline computes them: the same signature, held in less memory.
    /// </summary>
    internal static StorySignature FromDocumentInRun(Document document, StoryOptions? options, TermPool? pool)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= StoryOptions.Default;
        if (!ReferenceEquals(options, StoryOptions.Default))
        {
            options.Validate();
        }

        var (contentWords, terms) = SignatureReader.Read(document, options, pool);
        return new StorySignature(document.Id, document.Collection, document.Metadata.Published, contentWords, terms, trusted: true);
    }

    /// <inheritdoc/>
    public bool Equals(StorySignature? other) =>
        other is not null && Document == other.Document && Collection == other.Collection && Published == other.Published &&
        ContentWords == other.ContentWords && Terms.SequenceEqual(other.Terms);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Document, Collection, Published, ContentWords, Terms.Length);
}

using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace ConsistencyCheck.Ingest;

/// <summary>
/// Reads the documents of a run from files, folders and standard input, choosing a reader by file extension.
/// Never throws on content: every input appears as at least one document, one that could not be read with an
/// <see cref="DiagnosticSeverity.Error"/> naming the file and the reason.
/// </summary>
/// <remarks>
/// <para>Ids: a JSONL line's <c>id</c>; a file found in a folder, its path relative to that folder with forward
/// slashes; a file named directly, its file name; standard input, <c>-</c>. An id seen before in the run gets a
/// warning and a suffix (<c>#2</c>, <c>#3</c>, ...).</para>
/// <para>Folders are walked recursively in ordinal order of relative path; names starting with a dot are passed over
/// unless <see cref="IngestOptions.IncludeHiddenFiles"/>; symbolic links to files are read, links to folders are not
/// followed (a link is judged by its final target: a dangling link or a loop is listed with an error, and a target of 0
/// bytes, which may be a pipe, socket or device, is never opened). A subfolder that cannot be listed (no permission) is
/// listed with an error. A file with an unsupported extension is listed with empty
/// text and a <see cref="DiagnosticSeverity.Warning"/> "skipped: unsupported file type" (not an error: it was not
/// meant to be checked). Files with an all-capitals name (<c>README.md</c>) met in a folder are listed with an
/// <see cref="DiagnosticSeverity.Info"/> and not read (see <see cref="IngestOptions.SkipDocumentationFiles"/>).
/// A path that does not exist (or an empty path) is not a document: it is yielded once, with
/// <see cref="Document.IsMissingPath"/> set and an error, so that the run can report it as an input error; it takes no
/// id from the documents of the run.</para>
/// <para>Immutable and thread-safe; each call to <see cref="LoadAsync"/> is independent.</para>
/// </remarks>
/// <example>
/// <code>
/// var loader = new DocumentLoader();
/// await foreach (var document in loader.LoadAsync(["samples"]))
/// {
///     Console.WriteLine($"{document.Id}: {document.Metadata.Title}");
/// }
/// </code>
/// </example>
public sealed class DocumentLoader
{
    /// <summary>The path that stands for standard input.</summary>
    public const string StandardInputPath = "-";

    private readonly ImmutableDictionary<string, IDocumentReader> _byExtension;
    private readonly Func<DirectoryInfo, EnumerationOptions, IEnumerable<FileSystemInfo>> _enumerate;

    /// <summary>Creates a loader with the built-in readers (text, Markdown, HTML, JSON Lines).</summary>
    /// <param name="options">How to read; default <see cref="IngestOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public DocumentLoader(IngestOptions? options = null)
        : this(options, null)
    {
    }

    /// <summary>Creates a loader with the given readers; for an extension claimed twice, the first reader wins.</summary>
    /// <param name="options">How to read; default <see cref="IngestOptions.Default"/>.</param>
    /// <param name="readers">The readers; null for the built-in ones.</param>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public DocumentLoader(IngestOptions? options, IEnumerable<IDocumentReader>? readers)
        : this(options, readers, static (folder, enumeration) => folder.EnumerateFileSystemInfos("*", enumeration))
    {
    }

    /// <summary>
    /// Creates a loader that lists a folder's entries with <paramref name="enumerate"/> (a test seam: tests run as root,
    /// whom no permission stops, and make a folder unreadable through it).
    /// </summary>
    internal DocumentLoader(IngestOptions? options, IEnumerable<IDocumentReader>? readers, Func<DirectoryInfo, EnumerationOptions, IEnumerable<FileSystemInfo>> enumerate)
    {
        _enumerate = enumerate;
        Options = options ?? IngestOptions.Default;
        Options.Validate();
        Readers = readers?.ToImmutableArray() ??
        [
            new TextDocumentReader(Options), new MarkdownDocumentReader(Options),
            new HtmlDocumentReader(Options), new JsonLinesDocumentReader(Options),
        ];
        var byExtension = ImmutableDictionary.CreateBuilder<string, IDocumentReader>(StringComparer.OrdinalIgnoreCase);
        foreach (var reader in Readers)
        {
            foreach (var extension in reader.Extensions)
            {
                byExtension.TryAdd(extension, reader);
            }
        }

        _byExtension = byExtension.ToImmutable();
    }

    /// <summary>The options it reads with.</summary>
    public IngestOptions Options { get; }

    /// <summary>The readers it chooses from.</summary>
    public ImmutableArray<IDocumentReader> Readers { get; }

    /// <summary>
    /// Reads every document under <paramref name="paths"/>, in order: files, folders (recursively) and
    /// <see cref="StandardInputPath"/> for standard input (its format sniffed: see <see cref="ReadStreamAsync"/>).
    /// </summary>
    /// <param name="paths">Files, folders or <c>-</c>.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async IAsyncEnumerable<Document> LoadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            await foreach (var document in LoadPathAsync(path, cancellationToken).ConfigureAwait(false))
            {
                // A missing path is not a document: it must not take an id a document of the run would otherwise have.
                yield return document.IsMissingPath ? document : Deduplicate(document, ids);
            }
        }
    }

    /// <summary>
    /// Reads documents from <paramref name="stream"/> with the reader for <paramref name="extension"/>, or, when it
    /// is null, sniffs the format: first non-blank character <c>{</c> means JSON Lines, <c>&lt;</c> HTML,
    /// <c>---</c> or <c>#</c> Markdown, anything else plain text.
    /// </summary>
    /// <param name="stream">The bytes; read once, not disposed.</param>
    /// <param name="extension">A file extension such as <c>.md</c>, or null to sniff.</param>
    /// <param name="id">The document's id (for JSON Lines, the prefix for lines without one).</param>
    /// <param name="source">Where it came from, for messages.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public async IAsyncEnumerable<Document> ReadStreamAsync(
        Stream stream,
        string? extension,
        DocumentId id,
        string source,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        var input = stream;
        if (extension is null)
        {
            var prefix = await PrefixedStream.ReadPrefixAsync(stream, 4096, cancellationToken).ConfigureAwait(false);
            extension = Sniff(prefix);
            input = new PrefixedStream(prefix, stream);
        }

        if (!_byExtension.TryGetValue(extension, out var reader))
        {
            yield return Unsupported(id, source, extension);
            yield break;
        }

        await foreach (var document in reader.ReadAsync(id, source, input, cancellationToken).ConfigureAwait(false))
        {
            yield return document;
        }
    }

    private async IAsyncEnumerable<Document> LoadPathAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            yield return FailedDocument.MissingPath(path ?? string.Empty, Options.Collection, "An empty path was given; nothing to read.");
            yield break;
        }

        if (path == StandardInputPath)
        {
            var stdin = Options.StandardInput?.Invoke() ?? Console.OpenStandardInput();
            await using (stdin.ConfigureAwait(false))
            {
                await foreach (var document in GuardAsync(ReadStreamAsync(stdin, null, new DocumentId(StandardInputPath), StandardInputPath, cancellationToken),
                    new DocumentId(StandardInputPath), StandardInputPath, cancellationToken).ConfigureAwait(false))
                {
                    yield return document;
                }
            }

            yield break;
        }

        if (Directory.Exists(path))
        {
            await foreach (var document in LoadFolderAsync(path, cancellationToken).ConfigureAwait(false))
            {
                yield return document;
            }

            yield break;
        }

        var id = new DocumentId(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)));
        if (!File.Exists(path))
        {
            yield return FailedDocument.MissingPath(path, Options.Collection, $"{path}: no such file or folder.");
            yield break;
        }

        await foreach (var document in LoadFileAsync(path, id, cancellationToken).ConfigureAwait(false))
        {
            yield return document;
        }
    }

    private async IAsyncEnumerable<Document> LoadFolderAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<InputPaths.FolderEntry> files;
        string? failure = null;
        try
        {
            files = InputPaths.ListFiles(folder, Options, _enumerate);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            files = [];
            failure = $"{folder}: the folder could not be read ({ex.Message}).";
        }

        if (failure is not null)
        {
            yield return FailedDocument.Error(new DocumentId(ToId(folder)), folder, Options.Collection, failure);
            yield break;
        }

        foreach (var (relative, unreadable) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(folder, relative);
            if (unreadable is not null)
            {
                yield return FailedDocument.Error(new DocumentId(ToId(relative)), path, Options.Collection, $"{path}: the folder could not be read ({unreadable}); its files are not listed.");
                continue;
            }

            if (Options.SkipDocumentationFiles && IsDocumentationFile(relative))
            {
                yield return new Document(new DocumentId(ToId(relative)), string.Empty)
                {
                    Source = path,
                    Collection = Options.Collection,
                    Diagnostics = [Diagnostic.Info($"{path}: skipped: an all-capitals name marks the folder's own documentation, not an article (IngestOptions.SkipDocumentationFiles).")],
                };
                continue;
            }

            await foreach (var document in LoadFileAsync(path, new DocumentId(ToId(relative)), cancellationToken).ConfigureAwait(false))
            {
                yield return document;
            }
        }
    }

    private async IAsyncEnumerable<Document> LoadFileAsync(string path, DocumentId id, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(path);
        if (!_byExtension.TryGetValue(extension, out var reader))
        {
            yield return Unsupported(id, path, extension);
            yield break;
        }

        FileStream? stream = null;
        string? failure = null;
        try
        {
            // A symbolic link is judged by what it points to (its own size is that of the path it holds).
            var (target, problem) = InputPaths.Target(path);
            var length = target?.Length ?? 0;
            if (problem is not null)
            {
                failure = problem;
            }
            else if (length == 0)
            {
                // Not opened: opening a named pipe blocks until a writer comes (cancellation cannot interrupt it), and
                // pipes, sockets and devices all report 0 bytes, as an empty file does.
                failure = target!.FullName == Path.GetFullPath(path)
                    ? $"{path}: empty file (0 bytes; a pipe, socket or device also shows 0 bytes and is not read); nothing to read."
                    : $"{path}: a symbolic link to '{target.FullName}', which shows 0 bytes (an empty file, or a pipe, socket or device, which is never opened); nothing to read.";
            }
            else if (reader is not JsonLinesDocumentReader && length > Options.MaxDocumentBytes)
            {
                failure = $"{path}: {length} bytes, larger than the limit of {Options.MaxDocumentBytes} bytes (IngestOptions.MaxDocumentBytes); not read.";
            }
            else
            {
                stream = new FileStream(target!.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            failure = $"{path}: could not be opened ({ex.Message}).";
        }

        if (stream is null)
        {
            yield return FailedDocument.Error(id, path, Options.Collection, failure ?? $"{path}: could not be opened.");
            yield break;
        }

        await using (stream.ConfigureAwait(false))
        {
            await foreach (var document in GuardAsync(reader.ReadAsync(id, path, stream, cancellationToken), id, path, cancellationToken).ConfigureAwait(false))
            {
                yield return document;
            }
        }
    }

    // Passes documents through; an I/O failure part-way becomes one more, unreadable, document.
    private async IAsyncEnumerable<Document> GuardAsync(IAsyncEnumerable<Document> documents, DocumentId id, string source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var enumerator = documents.GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            while (true)
            {
                Document? failed = null;
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    failed = FailedDocument.Error(id, source, Options.Collection, $"{source}: reading failed ({ex.Message}).");
                }

                if (failed is not null)
                {
                    yield return failed;
                    yield break;
                }

                yield return enumerator.Current;
            }
        }
    }

    private Document Unsupported(DocumentId id, string source, string extension) =>
        FailedDocument.Skipped(id, source, Options.Collection, extension.Length == 0
            ? $"{source}: skipped: no file extension (supported: {string.Join(", ", _byExtension.Keys.Order(StringComparer.Ordinal))})."
            : $"{source}: skipped: unsupported file type '{extension.ToLowerInvariant()}'.");

    private static Document Deduplicate(Document document, HashSet<string> ids) =>
        UniqueIds.Ensure(document, ids, (id, renamed) => $"{document.Source}: the id '{id}' was already used in this run; read as '{renamed}'.");

    private static string Sniff(ReadOnlySpan<byte> prefix)
    {
        var text = TextDecoder.Decode(prefix, "-").Text.AsSpan().TrimStart();
        if (text.Length == 0)
        {
            return ".txt";
        }

        return text[0] switch
        {
            '{' => ".jsonl",
            '<' => ".html",
            '#' => ".md",
            '-' when text.StartsWith("---", StringComparison.Ordinal) => ".md",
            _ => ".txt",
        };
    }

    private static bool IsDocumentationFile(string relative)
    {
        var name = Path.GetFileNameWithoutExtension(relative);
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsUpper(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    private static string ToId(string path) => path.Replace('\\', '/');
}

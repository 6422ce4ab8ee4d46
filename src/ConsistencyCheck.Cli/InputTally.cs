using System.Runtime.CompilerServices;
using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;

namespace ConsistencyCheck.Cli;

/// <summary>
/// Notes which of the run's inputs gave at least one document, so an input that gave none (an empty folder, a folder of
/// hidden files only) can be named in a warning instead of passing silently. A path that does not exist is left to its
/// own error. Not thread-safe: it watches one enumeration of the documents.
/// </summary>
internal sealed class InputTally
{
    private readonly string[] _paths;
    private readonly bool[] _seen;

    /// <summary>Watches the documents read from <paramref name="paths"/>.</summary>
    public InputTally(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        _paths = [.. paths];
        _seen = new bool[_paths.Length];
    }

    /// <summary>Passes <paramref name="documents"/> on, noting the input each came from.</summary>
    public async IAsyncEnumerable<Document> Watch(IAsyncEnumerable<Document> documents, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < _paths.Length; i++)
            {
                _seen[i] = _seen[i] || CameFrom(document.Source, _paths[i]);
            }

            yield return document;
        }
    }

    /// <summary>Prints one warning for each existing input that gave no document.</summary>
    public async Task WarnAsync(TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        for (var i = 0; i < _paths.Length; i++)
        {
            var path = _paths[i];
            if (!_seen[i] && (path == DocumentLoader.StandardInputPath || File.Exists(path) || Directory.Exists(path)))
            {
                await error.WriteLineAsync(
                    $"warning: '{DisplayText.Neutralize(path)}' holds no documents (an empty folder, or only hidden files); nothing from it was checked.").ConfigureAwait(false);
            }
        }
    }

    // The loader names a document by the path given: the file itself, a file under the folder, or a JSONL line of it.
    private static bool CameFrom(string source, string path)
    {
        if (source.Length == 0 || !source.StartsWith(path.TrimEnd('/', Path.DirectorySeparatorChar), FileProbe.PathComparison))
        {
            return false;
        }

        var trimmed = path.TrimEnd('/', Path.DirectorySeparatorChar);
        return source.Length == trimmed.Length || source[trimmed.Length] is '/' or ':' || source[trimmed.Length] == Path.DirectorySeparatorChar;
    }
}

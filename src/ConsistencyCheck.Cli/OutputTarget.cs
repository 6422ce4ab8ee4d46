using ConsistencyCheck.Ingest;
using ConsistencyCheck.Reporting;

namespace ConsistencyCheck.Cli;

/// <summary>
/// Where <c>--out</c> writes, checked before any work: a regular file (replaced, its mode kept) or a new path. A
/// symbolic link is followed, so its target is replaced and the link kept. A folder, a named pipe, a device, a socket,
/// a path below a regular file and one of the run's inputs (the same file by device and inode, or a file inside an
/// input folder) are refused.
/// </summary>
/// <param name="Requested">The path as given, made absolute: what messages name.</param>
/// <param name="Path">The file that will be replaced or created: <paramref name="Requested"/> with symbolic links at its end followed.</param>
/// <param name="Exists">True when <paramref name="Path"/> is an existing regular file.</param>
internal sealed record OutputTarget(string Requested, string Path, bool Exists)
{
    /// <summary>
    /// Checks <paramref name="requested"/> against what it names and against <paramref name="inputs"/>; returns the
    /// target, or null and the one-line problem (starting with <c>error:</c>, already neutralised for a terminal).
    /// </summary>
    public static (OutputTarget? Target, string? Problem) Check(string requested, IEnumerable<string> inputs)
    {
        string full;
        try
        {
            full = System.IO.Path.GetFullPath(requested);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return (null, Error(requested, $"is not a usable path ({ex.Message})"));
        }

        var path = FinalTarget(full);
        var probe = FileProbe.Of(path);
        var refusal = probe.Kind switch
        {
            FileKind.Directory => "is a folder; --out names a file",
            FileKind.NamedPipe => "is a named pipe; --out writes only to a regular file or a new path",
            FileKind.CharacterDevice or FileKind.BlockDevice => "is a device; --out writes only to a regular file or a new path",
            FileKind.Socket => "is a socket; --out writes only to a regular file or a new path",
            FileKind.BelowAFile or FileKind.Missing when FileAbove(path) is { } file => $"cannot be created: '{DisplayText.Neutralize(file)}' is a file, not a folder",
            _ => null,
        };
        if (refusal is not null)
        {
            return (null, Error(full, refusal));
        }

        if (probe.Kind == FileKind.Regular && InputItNames(path, probe, inputs) is { } input)
        {
            return (null, Error(full, input));
        }

        return (new OutputTarget(full, path, probe.Kind == FileKind.Regular), null);
    }

    /// <summary><paramref name="path"/> made absolute with every symbolic link in it followed, as far as it exists.</summary>
    public static string Resolve(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var root = System.IO.Path.GetPathRoot(full) ?? string.Empty;
        var resolved = root;
        var parts = full[root.Length..].Split(System.IO.Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            resolved = FinalTarget(System.IO.Path.Combine(resolved, parts[i]));
        }

        return resolved;
    }

    /// <summary><paramref name="full"/> with the symbolic links at its last component followed (to a missing target too).</summary>
    private static string FinalTarget(string full)
    {
        try
        {
            var link = new FileInfo(full).LinkTarget is null ? null : File.ResolveLinkTarget(full, returnFinalTarget: true);
            return link is null ? full : System.IO.Path.GetFullPath(link.FullName);
        }
        catch (IOException)
        {
            // A loop of links: left as it is, and writing to it fails with a clear message later.
            return full;
        }
    }

    /// <summary>The nearest existing ancestor of <paramref name="path"/> when it is not a folder.</summary>
    private static string? FileAbove(string path)
    {
        for (var parent = System.IO.Path.GetDirectoryName(path); parent is not null; parent = System.IO.Path.GetDirectoryName(parent))
        {
            var kind = FileProbe.Of(parent).Kind;
            if (kind == FileKind.Directory)
            {
                return null;
            }

            if (kind is not FileKind.Missing and not FileKind.BelowAFile)
            {
                return parent;
            }
        }

        return null;
    }

    /// <summary>Why <paramref name="path"/> is one of <paramref name="inputs"/>, or null when it is not.</summary>
    private static string? InputItNames(string path, FileProbe probe, IEnumerable<string> inputs)
    {
        foreach (var input in inputs.Where(i => i != DocumentLoader.StandardInputPath))
        {
            var inputProbe = FileProbe.Of(input);
            if (inputProbe.Kind == FileKind.Regular && FileProbe.Same(path, probe, input, inputProbe))
            {
                return $"is the input '{DisplayText.Neutralize(input)}'; the run would overwrite what it reads";
            }

            if (inputProbe.Kind == FileKind.Directory && IsInside(path, input, inputProbe))
            {
                return $"is inside the input folder '{DisplayText.Neutralize(input)}', so it is one of the run's inputs; the run would overwrite what it reads";
            }
        }

        return null;
    }

    private static bool IsInside(string path, string folder, FileProbe folderProbe)
    {
        for (var parent = System.IO.Path.GetDirectoryName(Resolve(path)); parent is not null; parent = System.IO.Path.GetDirectoryName(parent))
        {
            if (FileProbe.Same(parent, FileProbe.Of(parent), folder, folderProbe))
            {
                return true;
            }
        }

        return false;
    }

    private static string Error(string path, string problem) => $"error: --out '{DisplayText.Neutralize(path)}' {problem}.";
}

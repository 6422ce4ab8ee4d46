namespace ConsistencyCheck.Ingest;

/// <summary>
/// What the paths of a run stand for: the files under a folder (subfolders that cannot be listed kept with the reason),
/// and the file a path names, following symbolic links to their final target.
/// </summary>
internal static class InputPaths
{
    /// <summary>
    /// The file <paramref name="path"/> stands for: itself, or the final target of a symbolic link; or the reason there is
    /// none (a dangling link, a loop of links, a link to a folder).
    /// </summary>
    public static (FileInfo? Target, string? Problem) Target(string path)
    {
        var file = new FileInfo(path);
        if (file.LinkTarget is null)
        {
            return (file, null);
        }

        FileSystemInfo? target;
        try
        {
            target = file.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException ex)
        {
            // ELOOP: "Too many levels of symbolic links".
            return (null, $"{path}: a symbolic link that cannot be followed ({ex.Message}); not read.");
        }

        return target switch
        {
            null => (file, null),
            _ when Directory.Exists(target.FullName) => (null, $"{path}: a symbolic link to the folder '{target.FullName}', which is not followed; not read."),
            FileInfo { Exists: true } regular => (regular, null),
            _ => (null, $"{path}: a dangling symbolic link (its target '{target.FullName}' does not exist); not read."),
        };
    }

    // Walks without recursion. Symbolic links to files are read; links to folders are not followed (they can loop). A
    // subfolder that cannot be listed (no permission, an I/O error) is kept as an entry with the reason, in path order.
    public static List<FolderEntry> ListFiles(string folder, IngestOptions options, Func<DirectoryInfo, EnumerationOptions, IEnumerable<FileSystemInfo>> enumerate)
    {
        var enumeration = new EnumerationOptions
        {
            IgnoreInaccessible = false,
            ReturnSpecialDirectories = false,
            AttributesToSkip = FileAttributes.Device | (options.IncludeHiddenFiles ? 0 : FileAttributes.Hidden),
        };
        var files = new List<FolderEntry>();
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(folder));
        var top = true;
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. enumerate(directory, enumeration)];
            }
            catch (Exception ex) when (!top && ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                files.Add(new FolderEntry(Path.GetRelativePath(folder, directory.FullName), ex.Message));
                continue;
            }

            top = false;
            foreach (var entry in entries)
            {
                if (!options.IncludeHiddenFiles && entry.Name.StartsWith('.'))
                {
                    continue;
                }

                if (entry is DirectoryInfo subfolder)
                {
                    if ((subfolder.Attributes & FileAttributes.ReparsePoint) == 0)
                    {
                        pending.Push(subfolder);
                    }
                }
                else
                {
                    files.Add(new FolderEntry(Path.GetRelativePath(folder, entry.FullName), null));
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(Id(a.Relative), Id(b.Relative)));
        return files;
    }

    /// <summary>A file found in a folder, or a subfolder that could not be listed and why.</summary>
    /// <param name="Relative">Its path relative to the folder walked.</param>
    /// <param name="Failure">Why the subfolder could not be listed; null for a file.</param>
    public readonly record struct FolderEntry(string Relative, string? Failure);

    private static string Id(string path) => path.Replace('\\', '/');
}

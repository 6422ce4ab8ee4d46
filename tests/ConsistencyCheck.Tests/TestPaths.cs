using NUnit.Framework;

namespace ConsistencyCheck.Tests;

/// <summary>Locates the repository, its samples and the shared spec folder beside it.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root (the folder holding ConsistencyCheck.sln).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The samples folder.</summary>
    public static string Samples => Path.Combine(RepositoryRoot, "samples");

    /// <summary>
    /// A path under <c>../shared/</c> beside the repository root. Marks the test inconclusive-skipped, with a clear
    /// message, when the shared folder (or the file) is missing: the project must pass its core tests without it.
    /// </summary>
    public static string SharedOrIgnore(params string[] parts)
    {
        var path = Path.GetFullPath(Path.Combine([RepositoryRoot, "..", "shared", .. parts]));
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Ignore($"Shared test data not found at {path}; these tests need ../shared/ beside the repository.");
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConsistencyCheck.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ConsistencyCheck.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}

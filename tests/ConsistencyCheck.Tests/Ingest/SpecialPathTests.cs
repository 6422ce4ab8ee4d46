using System.Diagnostics;
using ConsistencyCheck.Ingest;
using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Ingest;

/// <summary>
/// Paths that are not plain files or folders: a symbolic link is judged by what it points to (a link to a named pipe once
/// hung a run forever, because the loader read the link's own size), a dangling link and a loop of links are listed with
/// an error, and a subfolder that cannot be listed is listed with an error instead of vanishing.
/// </summary>
[NonParallelizable]
public class SpecialPathTests
{
    private string _root = null!;

    [SetUp]
    public void SetUp()
    {
        _root = Path.Combine(Path.GetTempPath(), "cc-paths-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void TearDown()
    {
        foreach (var folder in Directory.EnumerateDirectories(_root, "*", SearchOption.AllDirectories))
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        Directory.Delete(_root, recursive: true);
    }

    private static async Task<List<Document>> LoadAsync(DocumentLoader loader, params string[] paths)
    {
        // A loader that opened the pipe would block its thread for ever (the open is synchronous): run it on a pool
        // thread, so that the timeout turns that into a failure, not a hung test run.
        var load = Task.Run(() => loader.LoadAsync(paths).ToListAsync());
        var finished = await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(60)));
        finished.Should().BeSameAs(load, "no input may block the loader");
        return await load;
    }

    private async Task<string> MakeFifoAsync(string name)
    {
        var pipe = Path.Combine(_root, name);
        using var mkfifo = Process.Start("mkfifo", [pipe]);
        await mkfifo.WaitForExitAsync();
        return pipe;
    }

    [Test]
    public async Task A_symbolic_link_to_a_named_pipe_in_a_folder_is_listed_and_never_opened()
    {
        Assume.That(!OperatingSystem.IsWindows(), "named pipes in the file system are a Unix thing");
        var pipe = await MakeFifoAsync("pipe");
        var folder = Directory.CreateDirectory(Path.Combine(_root, "in")).FullName;
        File.CreateSymbolicLink(Path.Combine(folder, "story-link.txt"), pipe);
        await File.WriteAllTextAsync(Path.Combine(folder, "story.txt"), "Flood\n\nNearly 41 doctors signed the letter.\n");

        var documents = await LoadAsync(new DocumentLoader(), folder);

        documents.Select(d => d.Id.Value).Should().Equal("story-link.txt", "story.txt");
        var link = documents[0];
        link.IsUnreadable.Should().BeTrue();
        link.Diagnostics.Single().Message.Should().Be(
            $"{Path.Combine(folder, "story-link.txt")}: a symbolic link to '{pipe}', which shows 0 bytes (an empty file, or a pipe, socket or device, which is never opened); nothing to read.");
        documents[1].IsUnreadable.Should().BeFalse();
    }

    [Test]
    public async Task A_symbolic_link_to_a_named_pipe_named_directly_is_listed_and_never_opened()
    {
        Assume.That(!OperatingSystem.IsWindows(), "named pipes in the file system are a Unix thing");
        var pipe = await MakeFifoAsync("pipe.txt");
        var link = Path.Combine(_root, "direct.txt");
        File.CreateSymbolicLink(link, pipe);

        var documents = await LoadAsync(new DocumentLoader(), link, pipe);

        documents.Should().HaveCount(2).And.OnlyContain(d => d.IsUnreadable);
        documents[0].Diagnostics.Single().Message.Should().Contain("a symbolic link to").And.Contain("never opened");
        documents[1].Diagnostics.Single().Message.Should().Contain("a pipe, socket or device also shows 0 bytes");
    }

    [Test]
    public async Task A_symbolic_link_to_a_device_is_listed_and_never_opened()
    {
        Assume.That(File.Exists("/dev/zero"), "needs /dev/zero");
        File.CreateSymbolicLink(Path.Combine(_root, "zero.txt"), "/dev/zero");

        var documents = await LoadAsync(new DocumentLoader(), _root);

        documents.Should().ContainSingle().Which.Diagnostics.Single().Message.Should().Contain("a symbolic link to '/dev/zero'");
    }

    [Test]
    public async Task A_symbolic_link_to_an_article_is_read_as_the_article()
    {
        var article = Path.Combine(_root, "article.md");
        await File.WriteAllTextAsync(article, "# Flood\n\nNearly 41 doctors signed the letter, officials said on Tuesday.\n");
        var link = Path.Combine(_root, "linked.txt");
        File.CreateSymbolicLink(link, article);

        var document = (await LoadAsync(new DocumentLoader(), link)).Should().ContainSingle().Subject;

        document.IsUnreadable.Should().BeFalse();
        document.Text.Should().Contain("Nearly 41 doctors");
    }

    [Test]
    public async Task A_dangling_symbolic_link_is_listed_with_an_error()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "gone.txt"), Path.Combine(_root, "missing.txt"));

        var document = (await LoadAsync(new DocumentLoader(), _root)).Should().ContainSingle().Subject;

        document.IsUnreadable.Should().BeTrue();
        document.Diagnostics.Single().Message.Should().Contain("a dangling symbolic link");
    }

    [Test]
    public async Task A_loop_of_symbolic_links_is_listed_with_an_error()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "a.txt"), Path.Combine(_root, "b.txt"));
        File.CreateSymbolicLink(Path.Combine(_root, "b.txt"), Path.Combine(_root, "a.txt"));

        var documents = await LoadAsync(new DocumentLoader(), _root);

        documents.Select(d => d.Id.Value).Should().Equal("a.txt", "b.txt");
        documents.Should().OnlyContain(d => d.IsUnreadable && d.Diagnostics.Single().Message.Contains("cannot be followed", StringComparison.Ordinal));
    }

    [Test]
    public async Task A_subfolder_that_cannot_be_listed_is_listed_with_an_error()
    {
        // Tests run as root here, whom no permission stops: the loader's listing seam makes the folder unreadable instead.
        Directory.CreateDirectory(Path.Combine(_root, "locked"));
        await File.WriteAllTextAsync(Path.Combine(_root, "locked", "inside.txt"), "Nearly 41 doctors signed.\n");
        await File.WriteAllTextAsync(Path.Combine(_root, "story.txt"), "Nearly 41 doctors signed.\n");
        var loader = new DocumentLoader(null, null, (folder, enumeration) => folder.Name == "locked"
            ? throw new UnauthorizedAccessException($"Access to the path '{folder.FullName}' is denied.")
            : folder.EnumerateFileSystemInfos("*", enumeration));

        var documents = await LoadAsync(loader, _root);

        documents.Select(d => d.Id.Value).Should().Equal("locked", "story.txt");
        documents[0].IsUnreadable.Should().BeTrue();
        documents[0].Diagnostics.Single().Message.Should().Be(
            $"{Path.Combine(_root, "locked")}: the folder could not be read (Access to the path '{Path.Combine(_root, "locked")}' is denied.); its files are not listed.");
    }

    [Test]
    public async Task A_subfolder_without_read_permission_is_listed_with_an_error()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Unix permissions");
            return;
        }

        var locked = Path.Combine(_root, "locked");
        Directory.CreateDirectory(locked);
        await File.WriteAllTextAsync(Path.Combine(locked, "inside.txt"), "Nearly 41 doctors signed.\n");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        if (Directory.EnumerateFileSystemEntries(locked).Any())
        {
            Assert.Ignore("Running as root, whom a folder's permissions do not stop: the real permission cannot be tested here; " +
                "A_subfolder_that_cannot_be_listed_is_listed_with_an_error covers the loader through its listing seam.");
        }

        var documents = await LoadAsync(new DocumentLoader(), _root);

        documents.Should().ContainSingle().Which.Diagnostics.Single().Message.Should().Contain("the folder could not be read");
    }
}

using FluentAssertions;
using NUnit.Framework;

namespace ConsistencyCheck.Tests.Consistency;

/// <summary>
/// The public surface of the library, approved as a text file. A change to the API shows up as a diff of
/// PublicApi/ConsistencyCheck.approved.txt in review; to approve it, copy the .received.txt file over the approved one.
/// </summary>
public class PublicApiTests
{
    [Test]
    public void The_public_api_matches_the_approved_snapshot()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "ConsistencyCheck.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, "ConsistencyCheck.approved.txt");
        var receivedPath = Path.Combine(folder, "ConsistencyCheck.received.txt");
        var received = PublicSurface.Render(typeof(ConsistencyPipeline).Assembly);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : string.Empty;

        if (received != approved)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(receivedPath, received);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        received.Should().Be(approved, $"the public API changed: review {receivedPath} and copy it over {approvedPath} if the change is intended");
    }
}

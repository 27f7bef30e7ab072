namespace Extractor.Tests.Golden;

/// <summary>
/// Finds checked-in test data in the source tree (not the build output), so golden files are read and rewritten
/// where they live. Found by walking up from the test assembly to the folder holding <c>Extractor.sln</c>.
/// </summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path inside the test project's source folder.</summary>
    public static string TestSource(params string[] parts) =>
        Path.Combine([Root, "tests", "Extractor.Tests", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Extractor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Extractor.sln) above " + AppContext.BaseDirectory);
    }
}

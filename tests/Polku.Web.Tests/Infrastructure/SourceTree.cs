namespace Polku.Web.Tests.Infrastructure;

/// <summary>The repository the tests were built from, for tests that read the source (resources, architecture rules).</summary>
public static class SourceTree
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Polku.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Polku.slnx not found above the test output.");
    }
}

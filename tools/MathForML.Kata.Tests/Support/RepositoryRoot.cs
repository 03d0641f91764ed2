namespace MathForML.Kata.Tests.Support;

internal static class RepositoryRoot
{
    /// <summary>The real workbook this test assembly was built in: the first folder above it with katas/catalog.json.</summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "katas", "catalog.json")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The test assembly does not live inside a workbook (no katas/catalog.json above it).");
    }
}

using Crm.Renewals.Solution.Generation;
using Crm.Renewals.Solution.Tests.Reading;

namespace Crm.Renewals.Solution.Tests.Generation;

/// <summary>
/// A throw-away repository holding copies of what the generator and packer read and write: Solution/src and
/// its map file, the web resource sources, the emulator's platform tables and the generated Model folder,
/// under a folder with an empty Crm.Renewals.sln.
/// </summary>
internal sealed class RepositoryCopy : IDisposable
{
    private static readonly string[] CopiedFolders =
        [RepositoryPaths.SolutionSource, RepositoryPaths.PlatformTables, Solution.Generation.Constants.ModelConstantsGenerator.ModelFolder, WebResourceSources, WebResourceBuild];

    /// <summary>Where the map file sends the packer for web pages and style sheets.</summary>
    private const string WebResourceSources = "WebResources/src";

    /// <summary>Where the map file sends the packer for scripts: compiled from WebResources/src by tools/setup.</summary>
    private const string WebResourceBuild = "WebResources/build";

    public RepositoryCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "crr-repository-" + Guid.NewGuid().ToString("N"));
        foreach (string folder in CopiedFolders.Where(f => Directory.Exists(Path.Combine(RepositoryFolders.Root, f))))
        {
            CopyFolder(Path.Combine(RepositoryFolders.Root, folder), Path.Combine(Root, folder));
        }

        File.Copy(Path.Combine(RepositoryFolders.Root, RepositoryPaths.MapFile), Path.Combine(Root, RepositoryPaths.MapFile));

        File.WriteAllText(Path.Combine(Root, RepositoryPaths.RootMarker), "");
    }

    public string Root { get; }

    public string SolutionSource => Path.Combine(Root, RepositoryPaths.SolutionSource);

    public string Full(string relativePath) => Path.Combine(Root, relativePath);

    public string Read(string relativePath) => File.ReadAllText(Full(relativePath));

    public void Write(string relativePath, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Full(relativePath))!);
        File.WriteAllText(Full(relativePath), text);
    }

    /// <summary>Replaces the first occurrence of <paramref name="find"/>; fails the test when it is not there.</summary>
    public void Replace(string relativePath, string find, string replacement)
    {
        string text = Read(relativePath);
        int at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in {relativePath}");
        Write(relativePath, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length)));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (string folder in Directory.GetDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}

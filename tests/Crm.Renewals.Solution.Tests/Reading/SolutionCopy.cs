namespace Crm.Renewals.Solution.Tests.Reading;

/// <summary>
/// A temporary copy of Solution/src inside a throw-away repository root (a folder with an empty
/// Crm.Renewals.sln), so a test can break one file and read messages with the real repo-relative paths.
/// Forms and views are left out: the reader does not read them, and copying them would only cost time.
/// </summary>
internal sealed class SolutionCopy : IDisposable
{
    private static readonly HashSet<string> SkippedFolders = ["FormXml", "SavedQueries"];

    private readonly string root;

    public SolutionCopy()
    {
        root = Path.Combine(Path.GetTempPath(), "crr-solution-" + Guid.NewGuid().ToString("N"));
        Source = Path.Combine(root, RepositoryFolders.SolutionSourceRelative);
        CopyFolder(RepositoryFolders.SolutionSource, Source);
        File.WriteAllText(Path.Combine(root, RepositoryFolders.Marker), "");
    }

    /// <summary>The copied solution folder to pass to the reader.</summary>
    public string Source { get; }

    /// <summary>Replaces the first occurrence of <paramref name="find"/> in a file; fails when it is not there.</summary>
    public void Replace(string relativePath, string find, string replacement)
    {
        string path = Path.Combine(Source, relativePath);
        string text = File.ReadAllText(path);
        int at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in {relativePath}");
        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length)));
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Source, relativePath));

    public void RenameFolder(string relativePath, string newName)
    {
        string folder = Path.Combine(Source, relativePath);
        Directory.Move(folder, Path.Combine(Path.GetDirectoryName(folder)!, newName));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (string folder in Directory.GetDirectories(from).Where(f => !SkippedFolders.Contains(Path.GetFileName(f))))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}

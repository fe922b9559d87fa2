using System.IO;

namespace Crm.Renewals.Solution.Reading;

/// <summary>
/// Turns file paths into the repo-relative form messages use: relative to the folder holding
/// <c>Crm.Renewals.sln</c> when the files are inside the repository, else to the parent of the folder read.
/// </summary>
internal sealed class DisplayPaths
{
    private readonly string baseFolder;

    public DisplayPaths(string folderRead)
    {
        string full = Path.GetFullPath(folderRead);
        baseFolder = FindRepositoryRoot(full) ?? Path.GetDirectoryName(full) ?? full;
    }

    public string Of(string path) => Path.GetRelativePath(baseFolder, Path.GetFullPath(path)).Replace('\\', '/');

    private static string? FindRepositoryRoot(string folder)
    {
        for (DirectoryInfo? current = new(folder); current is not null; current = current.Parent)
        {
            if (File.Exists(Path.Combine(current.FullName, SolutionLayout.RepositoryMarker)))
            {
                return current.FullName;
            }
        }

        return null;
    }
}

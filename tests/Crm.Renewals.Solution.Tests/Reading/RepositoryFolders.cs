namespace Crm.Renewals.Solution.Tests.Reading;

/// <summary>Locates the repository (the folder holding Crm.Renewals.sln) from the test binaries.</summary>
internal static class RepositoryFolders
{
    public const string Marker = "Crm.Renewals.sln";

    /// <summary>The unpacked solution, relative to the repository root.</summary>
    public const string SolutionSourceRelative = "Solution/src";

    public static string Root { get; } = FindRoot();

    public static string SolutionSource { get; } = Path.Combine(Root, SolutionSourceRelative);

    private static string FindRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, Marker)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {Marker}.");
    }
}

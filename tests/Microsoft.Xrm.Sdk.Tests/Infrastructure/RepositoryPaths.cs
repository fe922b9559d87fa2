namespace Microsoft.Xrm.Sdk.Tests.Infrastructure;

/// <summary>Where the tests find the committed reference files and, when present, the shared folder beside the repository.</summary>
internal static class RepositoryPaths
{
    private const string SolutionFileName = "Crm.Renewals.sln";
    private const string ReferenceFolderName = "Reference";

    /// <summary>The committed copies of surface-9.0.txt, surface-proxy-9.0.txt and behaviour.md, copied to the test output.</summary>
    public static string ReferenceFolder => Path.Combine(AppContext.BaseDirectory, ReferenceFolderName);

    /// <summary>The repository's <c>shared/xrm-sdk</c> folder (it sits beside the repository), or null when it is absent.</summary>
    public static string? SharedXrmSdkFolder
    {
        get
        {
            string? root = RepositoryRoot;
            if (root == null)
            {
                return null;
            }

            string folder = Path.GetFullPath(Path.Combine(root, "..", "shared", "xrm-sdk"));
            return Directory.Exists(folder) ? folder : null;
        }
    }

    /// <summary>The first folder above the test binaries that holds the solution file, or null.</summary>
    public static string? RepositoryRoot
    {
        get
        {
            for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFileName)))
                {
                    return folder.FullName;
                }
            }

            return null;
        }
    }

    public static string ReferenceFile(string fileName) => Path.Combine(ReferenceFolder, fileName);
}

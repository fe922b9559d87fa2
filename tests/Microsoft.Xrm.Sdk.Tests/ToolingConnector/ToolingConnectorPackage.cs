using System.Reflection;

namespace Microsoft.Xrm.Sdk.Tests.ToolingConnector;

/// <summary>
/// Microsoft.Xrm.Tooling.Connector.dll from the package the test project downloads (PackageDownload); the
/// packages folder is recorded in this assembly's metadata at build time, so no machine path is committed.
/// </summary>
internal static class ToolingConnectorPackage
{
    public const string PackageId = "Microsoft.CrmSdk.XrmTooling.CoreAssembly";
    public const string PackageVersion = "9.1.1.103";
    private const string PackageRootMetadataKey = "NuGetPackageRoot";
    private const string AssemblyRelativePath = "lib/net462/Microsoft.Xrm.Tooling.Connector.dll";

    public static string AssemblyPath
    {
        get
        {
            string? root = typeof(ToolingConnectorPackage).Assembly
                .GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == PackageRootMetadataKey)?.Value;
            if (string.IsNullOrEmpty(root))
            {
                throw new InvalidOperationException($"The test assembly carries no '{PackageRootMetadataKey}' metadata; build it through its csproj so NuGetPackageRoot is recorded.");
            }

            string path = Path.Combine(root, PackageId.ToLowerInvariant(), PackageVersion, AssemblyRelativePath);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{PackageId} {PackageVersion} was not downloaded to the NuGet packages folder; run 'dotnet restore' on the test project.", path);
            }

            return path;
        }
    }
}

namespace Crm.Renewals.Solution.Generation;

/// <summary>Repo-relative paths the generator and packer read and write (forward slashes).</summary>
public static class RepositoryPaths
{
    /// <summary>The file that marks the repository root.</summary>
    public const string RootMarker = "Crm.Renewals.sln";

    /// <summary>The unpacked solution.</summary>
    public const string SolutionSource = "Solution/src";

    /// <summary>The SolutionPackager map file (maps the built dll into the unpacked layout).</summary>
    public const string MapFile = "Solution/map.xml";

    /// <summary>The platform tables the emulator defines, in the unpacked-solution format.</summary>
    public const string PlatformTables = "tools/Crm.Renewals.Emulator/Metadata/Platform";

    /// <summary>The plugin project.</summary>
    public const string PluginProject = "Plugins/Crm.Renewals.Plugins/Crm.Renewals.Plugins.csproj";

    /// <summary>The key the plugin assembly is signed with.</summary>
    public const string PluginKey = "Plugins/Crm.Renewals.Plugins/Crm.Renewals.Plugins.snk";

    /// <summary>Where <c>dotnet build -c Release</c> puts the deployable (net462) plugin assembly.</summary>
    public const string ReleasePluginAssembly = "Plugins/Crm.Renewals.Plugins/bin/Release/net462/Crm.Renewals.Plugins.dll";

    /// <summary>Default output folder of <c>renewals solution pack</c>.</summary>
    public const string PackOutput = "artifacts/solution";
}

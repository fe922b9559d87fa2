namespace Crm.Renewals.Solution.Packing;

/// <summary>What to pack and where.</summary>
public sealed record PackRequest
{
    /// <summary>The deployable plugin assembly's target framework; the pack command requires it.</summary>
    public const string DeployTargetFramework = ".NETFramework,Version=v4.6.2";

    /// <summary>Absolute path of the repository root (paths in messages are relative to it).</summary>
    public required string RepositoryRoot { get; init; }

    /// <summary>Absolute path of the unpacked solution folder.</summary>
    public required string SourceFolder { get; init; }

    /// <summary>The built plugin assembly; needed only when the solution has a plug-in assembly.</summary>
    public string? AssemblyPath { get; init; }

    /// <summary>The SolutionPackager map file that says where mapped files (web resource content) are read from; null for none.</summary>
    public string? MapFile { get; init; }

    /// <summary>Folder the two zips are written to (created when missing).</summary>
    public required string OutputFolder { get; init; }

    /// <summary>Version to stamp into solution.xml, e.g. <c>1.0.0.3</c>; null keeps the version of <c>Other/Solution.xml</c>.</summary>
    public string? Version { get; init; }

    /// <summary>File name before <c>_&lt;version&gt;.zip</c>.</summary>
    public string PackageName { get; init; } = "Crm.Renewals";

    /// <summary>When set, an assembly built for another framework is refused (see <see cref="DeployTargetFramework"/>).</summary>
    public string? RequiredTargetFramework { get; init; }
}

using System.Collections.Generic;

namespace Crm.Renewals.Solution.Model;

/// <summary>Everything read from an unpacked solution folder.</summary>
public sealed record SolutionModel
{
    /// <summary>Solution unique name.</summary>
    public required string UniqueName { get; init; }

    /// <summary>Version from Solution.xml.</summary>
    public required string Version { get; init; }

    /// <summary>Publisher customization prefix, e.g. <c>crr</c>.</summary>
    public required string PublisherPrefix { get; init; }

    /// <summary>Publisher option value prefix; option values are prefix × 10,000 + n.</summary>
    public required int OptionValuePrefix { get; init; }

    /// <summary>Tables, custom and extended.</summary>
    public required IReadOnlyList<TableModel> Tables { get; init; }

    /// <summary>Global choices.</summary>
    public required IReadOnlyList<OptionSetModel> OptionSets { get; init; }

    /// <summary>One-to-many relationships.</summary>
    public required IReadOnlyList<RelationshipModel> Relationships { get; init; }

    /// <summary>Custom APIs.</summary>
    public required IReadOnlyList<CustomApiModel> CustomApis { get; init; }

    /// <summary>Environment variable definitions.</summary>
    public required IReadOnlyList<EnvironmentVariableModel> EnvironmentVariables { get; init; }

    /// <summary>Security roles (<c>Roles/*.xml</c>); none when the folder is absent.</summary>
    public IReadOnlyList<RoleModel> Roles { get; init; } = [];
}

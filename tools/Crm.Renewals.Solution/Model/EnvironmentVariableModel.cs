namespace Crm.Renewals.Solution.Model;

/// <summary>An environment variable definition.</summary>
/// <param name="SchemaName">Schema name, e.g. <c>crr_RiskPolicy</c>.</param>
/// <param name="Type">Type code: 100000000 String, 100000001 Number, 100000002 Boolean, 100000003 JSON, 100000004 Data source, 100000005 Secret.</param>
/// <param name="DefaultValue">Default value shipped with the solution.</param>
/// <param name="SourceFile">Repo-relative file it was read from.</param>
public sealed record EnvironmentVariableModel(string SchemaName, int Type, string? DefaultValue, string SourceFile);

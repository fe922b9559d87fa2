namespace Crm.Renewals.Emulator.Configuration;

/// <summary>Columns of the environment variable definition and value tables.</summary>
public static class EnvironmentVariableColumns
{
    /// <summary>Schema name, on both tables (e.g. <c>crr_RiskPolicy</c>).</summary>
    public const string SchemaName = "schemaname";

    /// <summary>Display name of a definition.</summary>
    public const string DisplayName = "displayname";

    /// <summary>Type of a definition (String, Number, Boolean, JSON...).</summary>
    public const string Type = "type";

    /// <summary>Default value of a definition, shipped with the solution.</summary>
    public const string DefaultValue = "defaultvalue";

    /// <summary>Current value, on a value row.</summary>
    public const string Value = "value";

    /// <summary>The definition a value row belongs to.</summary>
    public const string DefinitionId = "environmentvariabledefinitionid";
}

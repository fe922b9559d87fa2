using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Generation.Constants;

/// <summary>
/// The C# names of everything the generated Model holds, decided once so that a column's documentation can
/// point at its choice class: tables by schema name without the publisher prefix (<c>crr_SavePlan</c> →
/// <c>SavePlan</c>), choices by display name + <c>Choice</c> (global) or table + column + <c>Choice</c>
/// (local), Custom APIs by unique name + <c>Api</c>.
/// </summary>
internal sealed class ModelNaming
{
    public const string EnvironmentVariablesClass = "EnvironmentVariableNames";
    private const string ChoiceSuffix = "Choice";
    private const string ApiSuffix = "Api";

    private readonly string prefix;
    private readonly Dictionary<string, string> platformSchemaNames;
    private readonly Dictionary<string, string> owners = new(StringComparer.Ordinal);

    public ModelNaming(string publisherPrefix, IEnumerable<TableModel> platformTables)
    {
        prefix = publisherPrefix;
        platformSchemaNames = platformTables.SelectMany(t => t.Columns)
            .Where(c => c.SchemaName != c.LogicalName)
            .GroupBy(c => c.LogicalName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().SchemaName, StringComparer.Ordinal);
        Claim(EnvironmentVariablesClass, "the environment variable names");
    }

    public string Table(TableModel table) => Claim(CSharpNames.FromSchemaName(table.SchemaName, prefix), "table " + table.LogicalName);

    public string GlobalChoice(OptionSetModel optionSet) =>
        Claim(CSharpNames.FromWords(optionSet.DisplayName) + ChoiceSuffix, "option set " + optionSet.Name);

    public string LocalChoice(string tableClass, string columnIdentifier, string columnLogicalName) =>
        Claim(tableClass + columnIdentifier + ChoiceSuffix, "the choice of column " + columnLogicalName);

    public string CustomApi(CustomApiModel api) => Claim(CSharpNames.FromSchemaName(api.UniqueName, prefix) + ApiSuffix, "Custom API " + api.UniqueName);

    /// <summary>
    /// A column's identifier. The platform writes the system columns of custom tables in lower case
    /// (<c>statecode</c>); they take the casing their platform twins have (<c>StateCode</c>).
    /// </summary>
    public string Column(ColumnModel column)
    {
        string schemaName = column.SchemaName == column.LogicalName && platformSchemaNames.TryGetValue(column.LogicalName, out string? cased)
            ? cased
            : column.SchemaName;
        return CSharpNames.FromSchemaName(schemaName, prefix);
    }

    /// <summary>The identifier of a prefixed name kept whole, for the rare clash of <c>crr_X</c> with a platform <c>X</c>.</summary>
    public static string WithPrefix(string schemaName) => CSharpNames.FromWords(schemaName);

    private string Claim(string className, string owner)
    {
        if (!owners.TryAdd(className, owner))
        {
            throw new GenerationException($"The Model class {className} would hold both {owners[className]} and {owner}; rename one of them.");
        }

        return className;
    }
}

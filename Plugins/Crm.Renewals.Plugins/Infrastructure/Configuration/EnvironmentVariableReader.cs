using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Infrastructure.Configuration;

/// <summary>
/// Reads the current value of an environment variable the way Dataverse resolves it: the
/// environment's value when an admin set one, else the definition's default.
/// </summary>
public static class EnvironmentVariableReader
{
    private const string ValueAlias = "current";

    /// <summary>
    /// Returns the variable's value, or null when the variable is not defined or holds neither a
    /// value nor a default. One RetrieveMultiple call.
    /// </summary>
    /// <param name="service">A service allowed to read environment variables (usually SYSTEM).</param>
    /// <param name="schemaName">Schema name of the definition, e.g. <c>crr_RiskPolicy</c>.</param>
    public static string? Read(IOrganizationService service, string schemaName)
    {
        var query = new QueryExpression(EnvironmentVariableDefinition.EntityLogicalName)
        {
            ColumnSet = new ColumnSet(EnvironmentVariableDefinition.DefaultValue),
            TopCount = 1,
        };
        query.Criteria.AddCondition(EnvironmentVariableDefinition.SchemaName, ConditionOperator.Equal, schemaName);
        var value = query.AddLink(
            EnvironmentVariableValue.EntityLogicalName,
            EnvironmentVariableDefinition.EnvironmentVariableDefinitionId,
            EnvironmentVariableValue.EnvironmentVariableDefinitionId,
            JoinOperator.LeftOuter);
        value.EntityAlias = ValueAlias;
        value.Columns = new ColumnSet(EnvironmentVariableValue.Value);

        var rows = service.RetrieveMultiple(query).Entities;
        if (rows.Count == 0)
        {
            return null;
        }

        var row = rows[0];
        var current = Mapping.AliasedColumns.Linked<string>(row, ValueAlias, EnvironmentVariableValue.Value);
        return string.IsNullOrWhiteSpace(current) ? row.GetAttributeValue<string>(EnvironmentVariableDefinition.DefaultValue) : current;
    }
}

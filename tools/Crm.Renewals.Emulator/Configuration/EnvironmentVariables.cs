using System;
using System.Linq;
using Crm.Renewals.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Configuration;

/// <summary>Sets an environment variable's current value the way an admin does: one value row per definition.</summary>
internal static class EnvironmentVariables
{
    public static void Set(EmulatedOrganization organization, string schemaName, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schemaName);
        ArgumentNullException.ThrowIfNull(value);
        var store = organization.Store;
        var definitions = store.Rows(PlatformTables.EnvironmentVariableDefinition);
        var definition = definitions.FirstOrDefault(row => string.Equals(row.GetAttributeValue<string>(EnvironmentVariableColumns.SchemaName), schemaName, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException(
                "No environment variable definition '" + schemaName + "'. Defined: "
                + (definitions.Count == 0 ? "(none)" : string.Join(", ", definitions.Select(row => row.GetAttributeValue<string>(EnvironmentVariableColumns.SchemaName)))) + ".",
                nameof(schemaName));
        var table = organization.Metadata.Schema(PlatformTables.EnvironmentVariableValue);
        var existing = store.Rows(table.LogicalName).FirstOrDefault(row => row.GetAttributeValue<EntityReference>(EnvironmentVariableColumns.DefinitionId)?.Id == definition.Id);
        var caller = organization.Identities.DefaultUserId;
        if (existing is not null)
        {
            organization.Writer.Update(table, existing, new Entity(table.LogicalName, existing.Id) { [EnvironmentVariableColumns.Value] = value }, caller);
            return;
        }

        var row = new Entity(table.LogicalName)
        {
            [EnvironmentVariableColumns.SchemaName] = definition.GetAttributeValue<string>(EnvironmentVariableColumns.SchemaName),
            [EnvironmentVariableColumns.Value] = value,
            [EnvironmentVariableColumns.DefinitionId] = new EntityReference(definition.LogicalName, definition.Id),
        };
        organization.Writer.Create(table, row, Guid.NewGuid(), caller, keepPlatformColumns: true);
    }
}

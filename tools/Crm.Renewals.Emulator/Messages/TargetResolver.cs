using System;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Pipeline;
using Crm.Renewals.Emulator.Validation;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>Finds the stored row a request is about, by id or by alternate key (<c>KeyAttributes</c>).</summary>
internal static class TargetResolver
{
    /// <summary>The id of an existing row, or a fault naming what was not found.</summary>
    public static Guid ExistingId(MessageOperation operation, TableSchema table, Guid id, KeyAttributeCollection? keyAttributes)
    {
        var found = Find(operation, table, id, keyAttributes);
        if (found is { } existing)
        {
            return existing;
        }

        throw id != Guid.Empty
            ? ValidationFaults.MissingRecord(table.LogicalName, id)
            : new OrganizationFaultException(
                ErrorCodes.ObjectDoesNotExist,
                "A record of '" + table.LogicalName + "' with the specified key values does not exist (" + string.Join(", ", keyAttributes?.Keys ?? []) + ").");
    }

    /// <summary>The id of the row identified by id or key, or null when there is none.</summary>
    public static Guid? Find(MessageOperation operation, TableSchema table, Guid id, KeyAttributeCollection? keyAttributes)
    {
        if (id != Guid.Empty)
        {
            return operation.Organization.Store.Find(table.LogicalName, id) is null ? null : id;
        }

        if (keyAttributes is { Count: > 0 })
        {
            return operation.Organization.Keys.Find(table, keyAttributes);
        }

        throw new OrganizationFaultException(
            ErrorCodes.InvalidArgument,
            "Entity Id must be specified for " + operation.MessageName + " (or KeyAttributes naming an alternate key of '" + table.LogicalName + "').");
    }
}

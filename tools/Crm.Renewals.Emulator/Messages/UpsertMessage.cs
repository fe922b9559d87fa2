using System;
using Crm.Renewals.Emulator.Pipeline;
using Crm.Renewals.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>
/// Upsert: finds the row by id or alternate key and runs the platform's own Update or Create for it
/// (whose steps fire too). A created row also gets the key values as column values; an updated row never has its
/// key columns written, even when the Target's attributes carry them (Dataverse strips them).
/// </summary>
internal sealed class UpsertMessage : CoreMessage
{
    public override string Name => MessageNames.Upsert;

    public override OrganizationResponse CreateResponse() => new UpsertResponse();

    public override void Prepare(MessageOperation operation)
    {
        var target = Required<Entity>(operation, ParameterNames.Target);
        var table = operation.Organization.Metadata.Schema(target.LogicalName);
        operation.PrimaryEntityName = table.LogicalName;
        operation.PrimaryEntityId = TargetResolver.Find(operation, table, target.Id, target.KeyAttributes) ?? target.Id;
    }

    public override void Execute(MessageOperation operation)
    {
        var target = Required<Entity>(operation, ParameterNames.Target);
        var table = operation.Organization.Metadata.Schema(operation.PrimaryEntityName);
        var existing = TargetResolver.Find(operation, table, target.Id, target.KeyAttributes);
        var row = EntityCloner.Clone(target);
        row.KeyAttributes.Clear();
        Guid id;
        if (existing is { } found)
        {
            foreach (var key in target.KeyAttributes)
            {
                row.Attributes.Remove(key.Key);
            }

            row.Id = found;
            operation.Organization.Pipeline.Execute(new UpdateRequest { Target = row }, operation.PlatformCaller());
            id = found;
        }
        else
        {
            foreach (var key in target.KeyAttributes)
            {
                if (!row.Contains(key.Key))
                {
                    row[key.Key] = EntityCloner.CloneValue(key.Value)!;
                }
            }

            id = (Guid)operation.Organization.Pipeline.Execute(new CreateRequest { Target = row }, operation.PlatformCaller()).Results[ParameterNames.Id];
        }

        operation.PrimaryEntityId = id;
        operation.OutputParameters[ParameterNames.RecordCreated] = existing is null;
        operation.OutputParameters[ParameterNames.Target] = new EntityReference(table.LogicalName, id);
    }
}

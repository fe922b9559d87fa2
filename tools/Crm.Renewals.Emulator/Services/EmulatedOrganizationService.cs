using System;
using Crm.Renewals.Emulator.Messages;
using Crm.Renewals.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Services;

/// <summary>
/// The organization service of one caller. Every method is a request through the event pipeline,
/// exactly as the SDK's convenience methods are requests to the platform.
/// </summary>
internal sealed class EmulatedOrganizationService : IOrganizationService
{
    private readonly EmulatedOrganization organization;
    private readonly CallerContext caller;

    public EmulatedOrganizationService(EmulatedOrganization organization, CallerContext caller)
    {
        this.organization = organization;
        this.caller = caller;
    }

    public Guid Create(Entity entity) => (Guid)Execute(new CreateRequest { Target = entity }).Results[ParameterNames.Id];

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        (Entity)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet }).Results[ParameterNames.Entity];

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        (EntityCollection)Execute(new RetrieveMultipleRequest { Query = query }).Results[ParameterNames.EntityCollection];

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    /// <remarks>
    /// Calls from outside run concurrently, each top-level call in its own transaction with the store's isolation
    /// (<see cref="Store.RecordStore"/>); a plugin's calls run on its thread, inside the transaction that fired it.
    /// </remarks>
    public OrganizationResponse Execute(OrganizationRequest request)
    {
        if (caller.IsExternal)
        {
            return Dispatch(request);
        }

        try
        {
            return Dispatch(request);
        }
        catch (Exception exception) when (ServiceFaults.ForPlugin(exception) is { } fault)
        {
            throw fault;
        }
    }

    // A batch is not a pipeline message: its requests are, one call each, as this caller.
    private OrganizationResponse Dispatch(OrganizationRequest request) => BatchRequests.IsBatch(request)
        ? BatchRequests.Run(request, inner => organization.Pipeline.Execute(inner, caller))
        : organization.Pipeline.Execute(request, caller);
}

using Crm.Renewals.Emulator.Pipeline;
using Crm.Renewals.Emulator.Security;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>
/// Associate and Disassociate over a one-to-many relationship of the metadata: they set or clear the
/// referencing row's lookup through the platform's own Update. Of the many-to-many relationships only the security
/// model's are modelled (<see cref="SecurityAssociations"/>).
/// </summary>
internal static class RelationshipLink
{
    public static void Apply(MessageOperation operation, EntityReference target, Relationship relationship, EntityReferenceCollection related, bool associate)
    {
        if (SecurityAssociations.Handles(relationship.SchemaName))
        {
            SecurityAssociations.Apply(operation, target, relationship, related, associate);
            return;
        }

        var model = operation.Organization.Metadata.FindRelationship(relationship.SchemaName)
            ?? throw new OrganizationFaultException(
                ErrorCodes.InvalidArgument,
                "Relationship '" + relationship.SchemaName + "' does not exist. The emulator associates through the one-to-many relationships of the metadata; many-to-many relationships are not modelled.");
        if (RelationshipRoles.IsParentSide(model, target.LogicalName, relationship))
        {
            foreach (var child in related)
            {
                Link(operation, model, child, target, associate);
            }

            return;
        }

        if (model.ReferencingTable != target.LogicalName || related.Count != 1)
        {
            throw new OrganizationFaultException(
                ErrorCodes.InvalidArgument,
                "Relationship '" + model.Name + "' links one " + model.ReferencedTable + " to many " + model.ReferencingTable
                + "; from a " + target.LogicalName + " exactly one related " + model.ReferencedTable + " can be given.");
        }

        Link(operation, model, target, related[0], associate);
    }

    private static void Link(MessageOperation operation, RelationshipModel model, EntityReference child, EntityReference parent, bool associate)
    {
        if (child.LogicalName != model.ReferencingTable || parent.LogicalName != model.ReferencedTable)
        {
            throw new OrganizationFaultException(
                ErrorCodes.InvalidArgument,
                "Relationship '" + model.Name + "' links " + model.ReferencingTable + " to " + model.ReferencedTable + ", not " + child.LogicalName + " to " + parent.LogicalName + ".");
        }

        if (!associate)
        {
            var current = operation.Organization.Store.Find(child.LogicalName, child.Id)?.GetAttributeValue<EntityReference>(model.ReferencingColumn);
            if (current is null || current.Id != parent.Id)
            {
                throw new OrganizationFaultException(
                    ErrorCodes.InvalidArgument,
                    child.LogicalName + " " + child.Id.ToString("D") + " is not associated with " + parent.LogicalName + " " + parent.Id.ToString("D") + " through " + model.Name + ".");
            }
        }

        var update = new Entity(child.LogicalName, child.Id) { [model.ReferencingColumn] = associate ? new EntityReference(parent.LogicalName, parent.Id) : null };
        operation.Organization.Pipeline.Execute(new UpdateRequest { Target = update }, operation.PlatformCaller());
    }

    /// <summary>Reads the three parameters both messages share.</summary>
    public static (EntityReference Target, Relationship Relationship, EntityReferenceCollection Related) Parameters(MessageOperation operation)
    {
        return (
            CoreMessage.Required<EntityReference>(operation, ParameterNames.Target),
            CoreMessage.Required<Relationship>(operation, ParameterNames.Relationship),
            CoreMessage.Required<EntityReferenceCollection>(operation, ParameterNames.RelatedEntities));
    }
}

using Crm.Renewals.Emulator.Pipeline;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>Associate: links the related rows to the Target through a one-to-many relationship.</summary>
internal sealed class AssociateMessage : CoreMessage
{
    public override string Name => MessageNames.Associate;

    public override void Prepare(MessageOperation operation)
    {
        var (target, _, _) = RelationshipLink.Parameters(operation);
        operation.PrimaryEntityName = operation.Organization.Metadata.Schema(target.LogicalName).LogicalName;
        operation.PrimaryEntityId = target.Id;
    }

    public override void Execute(MessageOperation operation)
    {
        var (target, relationship, related) = RelationshipLink.Parameters(operation);
        RelationshipLink.Apply(operation, target, relationship, related, associate: true);
    }
}

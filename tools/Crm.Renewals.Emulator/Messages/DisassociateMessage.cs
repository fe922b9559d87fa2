using Crm.Renewals.Emulator.Pipeline;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>Disassociate: clears the lookup that links the related rows to the Target.</summary>
internal sealed class DisassociateMessage : CoreMessage
{
    public override string Name => MessageNames.Disassociate;

    public override void Prepare(MessageOperation operation)
    {
        var (target, _, _) = RelationshipLink.Parameters(operation);
        operation.PrimaryEntityName = operation.Organization.Metadata.Schema(target.LogicalName).LogicalName;
        operation.PrimaryEntityId = target.Id;
    }

    public override void Execute(MessageOperation operation)
    {
        var (target, relationship, related) = RelationshipLink.Parameters(operation);
        RelationshipLink.Apply(operation, target, relationship, related, associate: false);
    }
}

using Crm.Renewals.Emulator.Pipeline;
using Crm.Renewals.Emulator.Services;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>A message whose core operation is a handler a test registered.</summary>
internal sealed class HandlerMessage : CoreMessage
{
    private readonly MessageHandler handler;

    public HandlerMessage(string name, MessageHandler handler)
    {
        Name = name;
        this.handler = handler;
    }

    public override string Name { get; }

    public override void Prepare(MessageOperation operation)
    {
        if (operation.InputParameters.TryGetValue<EntityReference>(ParameterNames.Target, out var target) && target is not null)
        {
            operation.PrimaryEntityName = target.LogicalName;
            operation.PrimaryEntityId = target.Id;
        }
    }

    public override void Execute(MessageOperation operation)
    {
        var service = new EmulatedOrganizationService(operation.Organization, CallerContext.FromPlugin(operation.CoreContext, operation.UserId));
        handler(new MessageHandlerContext(operation.Request, operation.InputParameters, operation.OutputParameters, service, operation.UserId, operation.OperationCreatedOn));
    }
}

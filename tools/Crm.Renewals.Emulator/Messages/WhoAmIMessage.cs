using Crm.Renewals.Emulator.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>WhoAmI: the calling user, their business unit and the organization.</summary>
internal sealed class WhoAmIMessage : CoreMessage
{
    public override string Name => MessageNames.WhoAmI;


    public override OrganizationResponse CreateResponse() => new WhoAmIResponse();

    public override void Prepare(MessageOperation operation)
    {
    }

    public override void Execute(MessageOperation operation)
    {
        operation.OutputParameters[ParameterNames.UserId] = operation.UserId;
        operation.OutputParameters[ParameterNames.BusinessUnitId] = operation.BusinessUnitId;
        operation.OutputParameters[ParameterNames.OrganizationId] = operation.Organization.Identities.OrganizationId;
    }
}

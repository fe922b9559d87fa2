using System.Globalization;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Pipeline;
using Crm.Renewals.Emulator.Store;
using Crm.Renewals.Emulator.Validation;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>
/// Win and Lose (requested as WinOpportunity / LoseOpportunity): creates the opportunity close activity
/// and closes the open opportunity as Won or Lost with the given status (-1: the state's default),
/// actual close date and, for a win, actual revenue; both writes go through the pipeline.
/// </summary>
internal sealed class CloseOpportunityMessage : CoreMessage
{
    private const int Open = 0;
    private const int Won = 1;
    private const int Lost = 2;
    private const string OpportunityId = "opportunityid";
    private const string ActualEnd = "actualend";
    private const string ActualRevenue = "actualrevenue";
    private const string ActualCloseDate = "actualclosedate";
    private const string ActualValue = "actualvalue";
    private const string EstimatedValue = "estimatedvalue";

    private readonly bool won;

    public CloseOpportunityMessage(bool won) => this.won = won;

    public override string Name => won ? MessageNames.Win : MessageNames.Lose;

    public override OrganizationResponse CreateResponse() => won ? new WinOpportunityResponse() : new LoseOpportunityResponse();

    public override void Prepare(MessageOperation operation)
    {
        var close = Required<Entity>(operation, ParameterNames.OpportunityClose);
        Required<OptionSetValue>(operation, ParameterNames.Status);
        var opportunity = close.GetAttributeValue<EntityReference>(OpportunityId)
            ?? throw new OrganizationFaultException(ErrorCodes.InvalidArgument, "The OpportunityClose of " + Name + " must have '" + OpportunityId + "' set to the opportunity to close.");
        var table = operation.Organization.Metadata.Schema(PlatformTables.Opportunity);
        operation.PrimaryEntityName = table.LogicalName;
        operation.PrimaryEntityId = TargetResolver.ExistingId(operation, table, opportunity.Id, opportunity.KeyAttributes);
    }

    public override void Execute(MessageOperation operation)
    {
        var organization = operation.Organization;
        var table = organization.Metadata.Schema(PlatformTables.Opportunity);

        // Locked before the state is checked: of two closes at once, the second sees the first's outcome.
        organization.Store.LockRow(table.LogicalName, operation.PrimaryEntityId);
        var opportunity = organization.Store.Find(table.LogicalName, operation.PrimaryEntityId)
            ?? throw ValidationFaults.MissingRecord(table.LogicalName, operation.PrimaryEntityId);
        var currentState = opportunity.GetAttributeValue<OptionSetValue>(SystemColumns.StateCode)?.Value ?? Open;
        if (currentState != Open)
        {
            throw new OrganizationFaultException(
                ErrorCodes.InvalidArgument,
                "Opportunity " + opportunity.Id.ToString("D") + " is already closed (statecode " + currentState.ToString(CultureInfo.InvariantCulture) + "); only an open opportunity can be won or lost.");
        }

        var state = won ? Won : Lost;
        var status = Required<OptionSetValue>(operation, ParameterNames.Status).Value;
        status = status == SetStateMessage.DefaultStatus ? table.DefaultStatusOf(state) ?? status : status;
        if (table.StateOfStatus(status) != state)
        {
            throw ValidationFaults.InvalidStatus(table.LogicalName, opportunity.Id, status, state);
        }

        var close = EntityCloner.Clone(Required<Entity>(operation, ParameterNames.OpportunityClose));
        close[OpportunityId] = new EntityReference(table.LogicalName, opportunity.Id);
        if (!close.Contains(ActualEnd))
        {
            close[ActualEnd] = organization.Clock.Today;
        }

        organization.Pipeline.Execute(new CreateRequest { Target = close }, operation.PlatformCaller());
        var update = new Entity(table.LogicalName, opportunity.Id)
        {
            [SystemColumns.StateCode] = new OptionSetValue(state),
            [SystemColumns.StatusCode] = new OptionSetValue(status),
            [ActualCloseDate] = close[ActualEnd],
        };
        var revenue = close.GetAttributeValue<Money>(ActualRevenue) ?? (won ? opportunity.GetAttributeValue<Money>(EstimatedValue) : null);
        if (revenue is not null)
        {
            update[ActualValue] = new Money(revenue.Value);
        }

        organization.Pipeline.Execute(new UpdateRequest { Target = update }, operation.PlatformCaller());
    }
}

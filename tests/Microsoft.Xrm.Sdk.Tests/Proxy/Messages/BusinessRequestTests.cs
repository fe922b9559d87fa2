using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Tests.Messages;

namespace Microsoft.Xrm.Sdk.Tests.Proxy.Messages;

/// <summary>behaviour.md lines on the Microsoft.Crm.Sdk.Proxy requests: the name they set and the parameters a new instance holds.</summary>
public sealed class BusinessRequestTests
{
    [Fact]
    public void WinOpportunityRequest_New_IsWinOpportunityWithCloseAndStatus() =>
        Assert.Equal("WinOpportunity [OpportunityClose,Status]", RequestShape.Of(new WinOpportunityRequest()));

    [Fact]
    public void LoseOpportunityRequest_New_IsLoseOpportunityWithCloseAndStatus() =>
        Assert.Equal("LoseOpportunity [OpportunityClose,Status]", RequestShape.Of(new LoseOpportunityRequest()));

    [Fact]
    public void SetStateRequest_New_IsSetStateWithMonikerStateAndStatus() =>
        Assert.Equal("SetState [EntityMoniker,State,Status]", RequestShape.Of(new SetStateRequest()));

    [Fact]
    public void AssignRequest_New_IsAssignWithTargetAndAssignee() =>
        Assert.Equal("Assign [Target,Assignee]", RequestShape.Of(new AssignRequest()));

    [Fact]
    public void WhoAmIRequest_New_IsWhoAmIWithoutParameters() =>
        Assert.Equal("WhoAmI []", RequestShape.Of(new WhoAmIRequest()));

    [Fact]
    public void SetStateRequest_PropertiesSet_StoredUnderTheirNames()
    {
        var record = new EntityReference("opportunity", Guid.NewGuid());

        var request = new SetStateRequest { EntityMoniker = record, State = new OptionSetValue(1), Status = new OptionSetValue(3) };

        Assert.Same(record, request.Parameters["EntityMoniker"]);
        Assert.Equal(new OptionSetValue(1), request.Parameters["State"]);
        Assert.Equal(new OptionSetValue(3), request.Parameters["Status"]);
    }
}

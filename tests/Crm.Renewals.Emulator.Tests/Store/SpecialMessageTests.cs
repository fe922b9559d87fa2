using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Store;

public class SpecialMessageTests
{
    private const int OpportunityWon = 1;
    private const int OpportunityLost = 2;
    private const int StatusWon = 3;
    private const int StatusCanceled = 4;
    private const int StatusOutSold = 5;
    private const int DefaultStatus = -1;

    [Fact]
    public void SetState_DefaultStatus_UsesTheStatesDefaultStatusReason()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());

        org.Service.Execute(new SetStateRequest { EntityMoniker = new EntityReference(Widget, id), State = new OptionSetValue(InactiveState), Status = new OptionSetValue(DefaultStatus) });

        var row = org.Find(Widget, id)!;
        Assert.Equal(InactiveState, row.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(InactiveStatus, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void SetState_StatusOfAnotherState_ThrowsInvalidStatusFault()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());

        var fault = Organizations.Fault(() => org.Service.Execute(new SetStateRequest
        {
            EntityMoniker = new EntityReference(Widget, id),
            State = new OptionSetValue(InactiveState),
            Status = new OptionSetValue(ActiveStatus),
        }));

        Assert.Equal(ErrorCodes.InvalidStateCodeStatusCode, fault.ErrorCode);
    }

    [Fact]
    public void SetState_RunsAsAnUpdateOfStateAndStatus()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());
        org.Log.Clear();

        org.Service.Execute(new SetStateRequest { EntityMoniker = new EntityReference(Widget, id), State = new OptionSetValue(InactiveState), Status = new OptionSetValue(RetiredStatus) });

        Assert.Equal(["SetState", "Update"], org.Log.Requests.Select(request => request.MessageName));
    }

    [Fact]
    public void Assign_ToUser_ChangesOwnerAndOwningBusinessUnit()
    {
        var org = Organizations.New();
        var unit = org.Users.CreateBusinessUnit("Sales");
        var user = org.Users.CreateUser("Ada Lovelace", businessUnit: unit);
        var id = org.Service.Create(Organizations.Widget());

        org.Service.Execute(new AssignRequest { Target = new EntityReference(Widget, id), Assignee = user });

        var row = org.Find(Widget, id)!;
        Assert.Equal(user.Id, row.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(unit.Id, row.GetAttributeValue<EntityReference>("owningbusinessunit").Id);
        Assert.Equal(user.Id, row.GetAttributeValue<EntityReference>("owninguser").Id);
    }

    [Fact]
    public void Assign_ToTeam_SetsOwningTeamAndClearsOwningUser()
    {
        var org = Organizations.New();
        var team = org.Users.CreateTeam("Renewals desk");
        var id = org.Service.Create(Organizations.Widget());

        org.Service.Execute(new AssignRequest { Target = new EntityReference(Widget, id), Assignee = team });

        var row = org.Find(Widget, id)!;
        Assert.Equal(team.Id, row.GetAttributeValue<EntityReference>("owningteam").Id);
        Assert.False(row.Contains("owninguser"));
    }

    [Fact]
    public void Assign_TableNotUserOwned_ThrowsFault()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Execute(new AssignRequest { Target = org.RootBusinessUnit, Assignee = org.DefaultUser }));

        Assert.Contains("only user- or team-owned rows can be assigned", fault.Message);
    }

    [Fact]
    public void WhoAmI_ServiceForUser_ReturnsUserBusinessUnitAndOrganization()
    {
        var org = Organizations.New();
        var unit = org.Users.CreateBusinessUnit("Support");
        var user = org.Users.CreateUser("Grace Hopper", businessUnit: unit);

        var response = (WhoAmIResponse)org.ServiceFor(user).Execute(new WhoAmIRequest());

        Assert.Equal(user.Id, response.UserId);
        Assert.Equal(unit.Id, response.BusinessUnitId);
        Assert.Equal(org.OrganizationId, response.OrganizationId);
    }

    [Fact]
    public void WinOpportunity_OpenOpportunity_ClosesAsWonWithCloseActivity()
    {
        var org = Organizations.New();
        var opportunity = NewOpportunity(org, 50_000m);

        org.Service.Execute(new WinOpportunityRequest
        {
            OpportunityClose = new Entity(PlatformTables.OpportunityClose) { ["opportunityid"] = opportunity, ["subject"] = "Signed" },
            Status = new OptionSetValue(StatusWon),
        });

        var closed = org.Find(PlatformTables.Opportunity, opportunity.Id)!;
        Assert.Equal(OpportunityWon, closed.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(StatusWon, closed.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.Equal(50_000m, closed.GetAttributeValue<Money>("actualvalue").Value);
        Assert.Equal(org.Clock.Today, closed.GetAttributeValue<DateTime>("actualclosedate"));
        Assert.Single(org.Rows(PlatformTables.OpportunityClose));
    }

    [Fact]
    public void LoseOpportunity_DefaultStatus_ClosesAsLostCanceled()
    {
        var org = Organizations.New();
        var opportunity = NewOpportunity(org, 10m);

        org.Service.Execute(new LoseOpportunityRequest
        {
            OpportunityClose = new Entity(PlatformTables.OpportunityClose) { ["opportunityid"] = opportunity },
            Status = new OptionSetValue(DefaultStatus),
        });

        var closed = org.Find(PlatformTables.Opportunity, opportunity.Id)!;
        Assert.Equal(OpportunityLost, closed.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(StatusCanceled, closed.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void WinOpportunity_IsLoggedAsWinWithItsCreateAndUpdate()
    {
        var org = Organizations.New();
        var opportunity = NewOpportunity(org, 1m);
        org.Log.Clear();

        org.Service.Execute(new WinOpportunityRequest
        {
            OpportunityClose = new Entity(PlatformTables.OpportunityClose) { ["opportunityid"] = opportunity },
            Status = new OptionSetValue(StatusWon),
        });

        Assert.Equal(["Win", "Create", "Update"], org.Log.Requests.Select(request => request.MessageName));
    }

    [Fact]
    public void LoseOpportunity_AlreadyClosed_ThrowsAndCreatesNoCloseActivity()
    {
        var org = Organizations.New();
        var opportunity = NewOpportunity(org, 1m);
        var lose = new LoseOpportunityRequest
        {
            OpportunityClose = new Entity(PlatformTables.OpportunityClose) { ["opportunityid"] = opportunity },
            Status = new OptionSetValue(StatusOutSold),
        };
        org.Service.Execute(lose);

        var fault = Organizations.Fault(() => org.Service.Execute(lose));

        Assert.Contains("is already closed", fault.Message);
        Assert.Single(org.Rows(PlatformTables.OpportunityClose));
    }

    [Fact]
    public void WinOpportunity_StatusOfLostState_ThrowsInvalidStatusFault()
    {
        var org = Organizations.New();
        var opportunity = NewOpportunity(org, 1m);

        var fault = Organizations.Fault(() => org.Service.Execute(new WinOpportunityRequest
        {
            OpportunityClose = new Entity(PlatformTables.OpportunityClose) { ["opportunityid"] = opportunity },
            Status = new OptionSetValue(StatusOutSold),
        }));

        Assert.Equal(ErrorCodes.InvalidStateCodeStatusCode, fault.ErrorCode);
    }

    [Fact]
    public void WinOpportunity_CloseWithoutOpportunity_ThrowsFaultNamingTheColumn()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Execute(new WinOpportunityRequest
        {
            OpportunityClose = new Entity(PlatformTables.OpportunityClose),
            Status = new OptionSetValue(StatusWon),
        }));

        Assert.Contains("'opportunityid'", fault.Message);
    }

    [Fact]
    public void Execute_UnknownMessage_ThrowsFaultNamingRequestAndHowToRegisterAHandler()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Execute(new OrganizationRequest("test_Unknown")));

        Assert.Equal(ErrorCodes.NotSupported, fault.ErrorCode);
        Assert.Contains("'test_Unknown'", fault.Message);
        Assert.Contains("org.RegisterMessageHandler(\"test_Unknown\"", fault.Message);
    }

    [Fact]
    public void Execute_MissingRequiredParameter_ThrowsFaultNamingIt()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Execute(new CreateRequest()));

        Assert.Contains("'Target' parameter of type Microsoft.Xrm.Sdk.Entity", fault.Message);
    }

    private static EntityReference NewOpportunity(OrganizationEmulator org, decimal estimatedValue)
    {
        var account = org.Service.Create(Organizations.Account());
        var id = org.Service.Create(new Entity(PlatformTables.Opportunity)
        {
            ["name"] = "Renewal",
            ["customerid"] = new EntityReference(PlatformTables.Account, account),
            ["estimatedvalue"] = new Money(estimatedValue),
        });
        return new EntityReference(PlatformTables.Opportunity, id);
    }

    [Fact]
    public void SetState_TableWithoutState_ThrowsFault()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Execute(new SetStateRequest { EntityMoniker = org.DefaultUser, State = new OptionSetValue(1), Status = new OptionSetValue(DefaultStatus) }));

        Assert.Contains("Table 'systemuser' has no statecode", fault.Message);
    }

    // "Behavior of specialized update operations": an Update that changes the owner is performed as Assign.
    [Fact]
    public void Update_ChangingOwnerAndAnotherColumn_RunsAssignForTheOwnerAndUpdateForTheRest()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());
        var colleague = org.Users.CreateUser("Sam Same");
        var updateTargets = new List<string>();
        var assigned = new List<Guid>();
        org.RegisterStep(Steps.On("Update", Widget, PipelineStage.PreOperation, call => updateTargets.Add(string.Join(",", call.Target.Attributes.Keys.Where(k => k is "ownerid" or TestSchema.Code).Order()))))
            .RegisterStep(Steps.On("Assign", Widget, PipelineStage.PreOperation, call => assigned.Add(((EntityReference)call.Context.InputParameters["Assignee"]).Id)));

        org.Service.Update(new Entity(Widget, id) { [TestSchema.Code] = "A1", ["ownerid"] = colleague });

        Assert.Equal(new[] { colleague.Id }, assigned);
        Assert.Equal(new[] { TestSchema.Code, "ownerid" }, updateTargets);
        var row = org.Find(Widget, id)!;
        Assert.Equal((colleague.Id, "A1"), (row.GetAttributeValue<EntityReference>("ownerid").Id, (string)row[TestSchema.Code]));
        Assert.Equal(new[] { "Update", "Assign", "Update" }, org.Log.Requests.Where(r => r.EntityName == Widget && r.MessageName != "Create").Select(r => r.MessageName));
    }
}

using Crm.Renewals.Emulator;
using Crm.Renewals.Emulator.Security;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Tests.Infrastructure;
using Crm.Renewals.Plugins.Tests.Renewals;
using Crm.Renewals.Plugins.Tests.TestSupport;
using Crm.Renewals.Plugins.Domain.Approvals;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Plugins.Tests.Risk.RiskAccounts;

namespace Crm.Renewals.Plugins.Tests.Security;

/// <summary>
/// The features' security promises, tested as the people who use them (users with real roles, not System
/// Administrators): what they may do works although the plugins write tables they have no privilege on, and what
/// they may not do is refused by the platform's own check.
/// </summary>
public sealed class SecurityPromiseTests
{
    // A CSM's signal update writes the history row and opens the save plan as SYSTEM: the CSM needs no privilege on them.
    [Fact]
    public void Update_CsmWithAccountPrivilegesOnlyTurnsTheAccountRed_HistoryAndSavePlanAreWrittenAnyway()
    {
        var org = SolutionOrganization.Create();
        var csm = org.Users.CreateUser("Casey Csm", systemAdministrator: false);
        org.Security.AssignRole(csm, org.Security.CreateRole(
            "Account keeper",
            RoleGrant.On(PrivilegeAction.Read, "Account", PrivilegeDepth.Basic),
            RoleGrant.On(PrivilegeAction.Write, "Account", PrivilegeDepth.Basic),
            RoleGrant.On(PrivilegeAction.Create, "Account", PrivilegeDepth.Basic)));
        var id = org.ServiceFor(csm).Create(Healthy());

        org.ServiceFor(csm).Update(Change(id, (Account.HealthScore, 42), (Account.ChampionLeft, true)));

        Assert.Equal(RiskCategoryChoice.Red, Category(org, id));
        Assert.NotEmpty(History(org, id));
        Assert.Single(SavePlans(org, id));
    }

    [Fact]
    public void Update_UserWithoutWriteOnAccounts_IsRefusedByThePlatformNamingThePrivilege()
    {
        var org = SolutionOrganization.Create();
        var id = Create(org, Healthy());
        var viewer = org.Users.CreateUser("Val Viewer", systemAdministrator: false);
        org.Security.AssignRole(viewer, org.Security.CreateRole("Viewer", RoleGrant.On(PrivilegeAction.Read, "Account", PrivilegeDepth.Global)));

        var fault = Assert.Throws<OrganizationFaultException>(() => org.ServiceFor(viewer).Update(Change(id, (Account.HealthScore, 42))));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
        Assert.Contains("prvWriteAccount", fault.Message, StringComparison.Ordinal);
        Assert.Equal(RiskCategoryChoice.Green, Category(org, id));
    }

    // crr_GenerateRenewals writes as SYSTEM, so its executeprivilegename (prvCreateOpportunity) is what keeps it for
    // the people allowed to create renewals.
    [Fact]
    public void Execute_SweepByAUserWithoutCreateOpportunity_IsRefusedAndWithItRuns()
    {
        var scenario = RenewalScenario.Create();
        var contract = scenario.SeedContract(scenario.SeedAccount(), daysToEnd: 100);
        var scheduler = scenario.Org.Users.CreateUser("Flow Scheduler", systemAdministrator: false);
        var sweep = new OrganizationRequest(GenerateRenewalsApi.MessageName);

        var fault = Assert.Throws<OrganizationFaultException>(() => scenario.Org.ServiceFor(scheduler).Execute(sweep));

        Assert.Contains("is missing prvCreateOpportunity privilege", fault.Message, StringComparison.Ordinal);
        Assert.Empty(scenario.Renewals(contract));
        scenario.Org.Security.AssignRole(scheduler, scenario.Org.Security.CreateRole("Renewal scheduler", RoleGrant.On(PrivilegeAction.Create, "Opportunity", PrivilegeDepth.Basic)));
        var response = scenario.Org.ServiceFor(scheduler).Execute(sweep);
        Assert.Equal(1, response[GenerateRenewalsApi.ResponseCreated]);
        Assert.Single(scenario.Renewals(contract));
    }

    // The solution's own roles (Solution/src/Roles), as an admin gives them after import: a CSM reads the approval
    // authorities (to see who can approve) but cannot write one; a Renewals Administrator can.
    [Fact]
    public void Create_ApprovalAuthorityAsRenewalsCsm_IsRefusedAndAsRenewalsAdministratorWorks()
    {
        var org = SolutionOrganization.Create();
        var csm = SolutionUsers.Create(org, "Casey Csm", "Renewals CSM");
        var admin = SolutionUsers.Create(org, "Ada Admin", "Renewals Administrator");
        var authority = new Entity(ApprovalAuthority.EntityLogicalName)
        {
            [ApprovalAuthority.Name] = "Casey - Manager",
            [ApprovalAuthority.User] = csm,
            [ApprovalAuthority.Level] = new OptionSetValue(AuthorityLevelChoice.Manager),
        };

        var fault = Assert.Throws<OrganizationFaultException>(() => org.ServiceFor(csm).Create(authority));
        org.ServiceFor(admin).Create(authority);

        Assert.Contains("is missing prvCreatecrr_ApprovalAuthority privilege", fault.Message, StringComparison.Ordinal);
        Assert.Single(org.ServiceFor(csm).RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(ApprovalAuthority.EntityLogicalName)).Entities);
    }

    // Self-granted authority: a CSM raising their own row to Executive is refused by the platform, row by row.
    [Theory]
    [InlineData("Renewals CSM")] // the requester side
    [InlineData("Renewals Manager")] // an approver cannot raise their own level either
    public void Update_OwnAuthorityToExecutive_IsRefusedByThePlatform(string role)
    {
        var org = SolutionOrganization.Create();
        var user = SolutionUsers.Create(org, "Casey Csm", role);
        var own = ApprovalAuthorities.Grant(org, user, AuthorityLevel.Csm);

        var fault = Assert.Throws<OrganizationFaultException>(() => org.ServiceFor(user).Update(new Entity(own.LogicalName, own.Id)
        {
            [ApprovalAuthority.Level] = new OptionSetValue(AuthorityLevelChoice.Executive),
        }));

        Assert.Contains("is missing prvWritecrr_ApprovalAuthority privilege", fault.Message, StringComparison.Ordinal);
        Assert.Equal(AuthorityLevelChoice.CSM, org.Find(own.LogicalName, own.Id)!.GetAttributeValue<OptionSetValue>(ApprovalAuthority.Level).Value);
    }

    // The approval chain is written by the server only: neither a CSM nor a manager edits or deletes a step.
    [Theory]
    [InlineData("Renewals CSM", "update")] // rewriting who approved
    [InlineData("Renewals Manager", "update")] // even the approver of the step
    [InlineData("Renewals Manager", "delete")] // removing a refusal from the history
    public void ChangeApprovalStep_AsSolutionRole_IsRefusedByThePlatform(string role, string change)
    {
        var org = SolutionOrganization.Create();
        var user = SolutionUsers.Create(org, "Morgan Manager", role);
        var step = new Entity(ConcessionApprovalStep.EntityLogicalName, Guid.NewGuid())
        {
            [ConcessionApprovalStep.Name] = "Approved",
            [ConcessionApprovalStep.Action] = new OptionSetValue(ApprovalActionChoice.Approved),
            [ConcessionApprovalStep.ActionBy] = user,
            [ConcessionApprovalStep.OwnerId] = user, // their own row: refused because the role has no Write at any depth
        };
        org.Seed(step);
        var service = org.ServiceFor(user);

        var fault = Assert.Throws<OrganizationFaultException>(() =>
        {
            if (change == "delete")
            {
                service.Delete(step.LogicalName, step.Id);
            }
            else
            {
                service.Update(new Entity(step.LogicalName, step.Id) { [ConcessionApprovalStep.Action] = new OptionSetValue(ApprovalActionChoice.Rejected) });
            }
        });

        Assert.Contains(change == "delete" ? "is missing prvDeletecrr_ConcessionApprovalStep privilege" : "is missing prvWritecrr_ConcessionApprovalStep privilege", fault.Message, StringComparison.Ordinal);
        Assert.Equal(ApprovalActionChoice.Approved, org.Find(step.LogicalName, step.Id)!.GetAttributeValue<OptionSetValue>(ConcessionApprovalStep.Action).Value);
    }
}

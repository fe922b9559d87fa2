using Crm.Renewals.Emulator.Security;
using Crm.Renewals.Emulator.Tests.CustomApis;
using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Tests.Security;

/// <summary>Dataverse's security model: roles, depths, teams, the privilege check of each message, SYSTEM, impersonation.</summary>
public sealed class SecurityModelTests
{
    private const string Widget = TestSchema.Widget;

    private static RoleGrant Widgets(PrivilegeAction action, PrivilegeDepth depth) => RoleGrant.On(action, Widget, depth);

    private static (OrganizationEmulator Org, EntityReference User) UserWith(params RoleGrant[] grants)
    {
        var org = Organizations.New();
        var user = org.Users.CreateUser("Casey Doe", systemAdministrator: false);
        org.Security.AssignRole(user, org.Security.CreateRole("Widget worker", grants));
        return (org, user);
    }

    [Fact]
    public void Create_UserWithoutAnyRole_IsRefusedWithPrivilegeDeniedNamingThePrivilegeAndStoresNothing()
    {
        var org = Organizations.New();
        var user = org.Users.CreateUser("Casey Doe", systemAdministrator: false);

        var fault = Organizations.Fault(() => org.ServiceFor(user).Create(Organizations.Widget()));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
        Assert.Equal(unchecked((int)0x80040220), fault.ErrorCode);
        Assert.Contains("Principal user (Id=" + user.Id.ToString("D") + ", type=8", fault.Message, StringComparison.Ordinal);
        Assert.Contains("is missing prvCreatetest_widget privilege", fault.Message, StringComparison.Ordinal);
        Assert.Empty(org.Rows(Widget));
    }

    [Fact]
    public void Create_PreValidationStep_RunsBeforeThePrivilegeCheck()
    {
        var org = Organizations.New();
        var user = org.Users.CreateUser("Casey Doe", systemAdministrator: false);
        var ran = 0;
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PreValidation, _ => ran++));

        Organizations.Fault(() => org.ServiceFor(user).Create(Organizations.Widget()));

        Assert.Equal(1, ran);
    }

    [Theory]
    [InlineData(PrivilegeDepth.Basic, true, false, false, false)] // own rows only
    [InlineData(PrivilegeDepth.Local, true, true, false, false)] // the whole business unit
    [InlineData(PrivilegeDepth.Deep, true, true, true, false)] // and the units below it
    [InlineData(PrivilegeDepth.Global, true, true, true, true)] // everything
    public void RetrieveMultiple_ReadAtEachDepth_ReturnsExactlyTheRowsItReaches(PrivilegeDepth depth, bool own, bool sameUnit, bool childUnit, bool otherUnit)
    {
        var org = Organizations.New();
        var home = org.Users.CreateBusinessUnit("Sales");
        var child = org.Users.CreateBusinessUnit("Sales West", home);
        var other = org.Users.CreateBusinessUnit("Support");
        var reader = org.Users.CreateUser("Casey Doe", businessUnit: home, systemAdministrator: false);
        org.Security.AssignRole(reader, org.Security.CreateRole("Reader", Widgets(PrivilegeAction.Read, depth)));
        var rows = new Dictionary<string, Guid>
        {
            ["own"] = Owned(org, reader, "own"),
            ["sameUnit"] = Owned(org, org.Users.CreateUser("Sam Same", businessUnit: home), "sameUnit"),
            ["childUnit"] = Owned(org, org.Users.CreateUser("Chris Child", businessUnit: child), "childUnit"),
            ["otherUnit"] = Owned(org, org.Users.CreateUser("Olga Other", businessUnit: other), "otherUnit"),
        };

        var found = org.ServiceFor(reader).RetrieveMultiple(new QueryExpression(Widget) { ColumnSet = new ColumnSet(TestSchema.Name) })
            .Entities.Select(row => row.GetAttributeValue<string>(TestSchema.Name)).ToHashSet();

        Assert.Equal(own, found.Contains("own"));
        Assert.Equal(sameUnit, found.Contains("sameUnit"));
        Assert.Equal(childUnit, found.Contains("childUnit"));
        Assert.Equal(otherUnit, found.Contains("otherUnit"));
        Assert.Equal(rows.Count, org.Rows(Widget).Count);
    }

    [Fact]
    public void Retrieve_RowOutsideTheDepth_IsRefusedSayingTheDepthHeld()
    {
        var (org, user) = UserWith(Widgets(PrivilegeAction.Read, PrivilegeDepth.Basic));
        var theirs = Owned(org, org.Users.CreateUser("Sam Same"), "theirs");

        var fault = Organizations.Fault(() => org.ServiceFor(user).Retrieve(Widget, theirs, new ColumnSet(true)));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
        Assert.Contains("holds prvReadtest_widget only at Basic depth", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_TeamRoleAndTeamOwnedRow_TeamMembersWriteItAsTheirOwn()
    {
        var org = Organizations.New();
        var member = org.Users.CreateUser("Casey Doe", systemAdministrator: false);
        var team = org.Users.CreateTeam("Renewals desk");
        org.Security.AssignRole(team, org.Security.CreateRole("Desk", Widgets(PrivilegeAction.Write, PrivilegeDepth.Basic), Widgets(PrivilegeAction.Read, PrivilegeDepth.Basic)));
        var widget = Organizations.Widget();
        widget["ownerid"] = new EntityReference("team", team.Id);
        var id = org.Service.Create(widget);
        Assert.Throws<OrganizationFaultException>(() => org.ServiceFor(member).Update(new Entity(Widget, id) { [TestSchema.Code] = "A1" }));

        org.Security.AddMember(team, member);
        org.ServiceFor(member).Update(new Entity(Widget, id) { [TestSchema.Code] = "A1" });

        Assert.Equal("A1", org.Find(Widget, id)![TestSchema.Code]);
    }

    [Fact]
    public void Update_ChangingTheOwner_NeedsAssignBesidesWrite()
    {
        var (org, user) = UserWith(Widgets(PrivilegeAction.Create, PrivilegeDepth.Basic), Widgets(PrivilegeAction.Write, PrivilegeDepth.Global));
        var id = org.ServiceFor(user).Create(Organizations.Widget());
        var colleague = org.Users.CreateUser("Sam Same");

        var fault = Organizations.Fault(() => org.ServiceFor(user).Update(new Entity(Widget, id) { ["ownerid"] = colleague }));

        Assert.Contains("is missing prvAssigntest_widget privilege", fault.Message, StringComparison.Ordinal);
        Assert.Equal(user.Id, org.Find(Widget, id)!.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void Create_LookupToAnAccount_NeedsAppendOnTheRowAndAppendToOnTheAccount()
    {
        var (org, user) = UserWith(Widgets(PrivilegeAction.Create, PrivilegeDepth.Basic), Widgets(PrivilegeAction.Append, PrivilegeDepth.Basic));
        var account = org.Service.Create(Organizations.Account());
        var widget = Organizations.Widget();
        widget[TestSchema.Account] = new EntityReference("account", account);

        var fault = Organizations.Fault(() => org.ServiceFor(user).Create(widget));

        Assert.Contains("is missing prvAppendToAccount privilege", fault.Message, StringComparison.Ordinal);
        org.Security.AssignRole(user, org.Security.CreateRole("Account linker", RoleGrant.On(PrivilegeAction.AppendTo, "Account", PrivilegeDepth.Global)));
        Assert.NotEqual(Guid.Empty, org.ServiceFor(user).Create(widget));
    }

    [Fact]
    public void Execute_CustomApiWithExecutePrivilege_NeedsIt()
    {
        var (org, user) = UserWith(Widgets(PrivilegeAction.Read, PrivilegeDepth.Global));
        org.RegisterCustomApi(new CustomApiBinding(TestSchema.GuardedApi, typeof(EchoApiPlugin)));
        var request = new OrganizationRequest(TestSchema.GuardedApi) { ["Text"] = "hi" };

        var fault = Organizations.Fault(() => org.ServiceFor(user).Execute(request));

        Assert.Contains("is missing prvCreatetest_widget privilege", fault.Message, StringComparison.Ordinal);
        Assert.Contains("custom API test_Guarded", fault.Message, StringComparison.Ordinal);
        org.Security.AssignRole(user, org.Security.CreateRole("Creator", Widgets(PrivilegeAction.Create, PrivilegeDepth.Basic)));
        Assert.Equal("hi", org.ServiceFor(user).Execute(request)["Echo"]);
    }

    [Fact]
    public void Create_PluginWritingAsSystem_NeedsNoPrivilegeOfTheCaller()
    {
        var (org, user) = UserWith(Widgets(PrivilegeAction.Create, PrivilegeDepth.Basic));
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call => call.Factory.CreateOrganizationService(null).Create(Organizations.Account("Written by SYSTEM"))));

        org.ServiceFor(user).Create(Organizations.Widget());

        Assert.Single(org.Rows("account"));
    }

    [Fact]
    public void ServiceFor_CallerIdWithoutActOnBehalf_IsRefused()
    {
        var (org, user) = UserWith(Widgets(PrivilegeAction.Create, PrivilegeDepth.Global));
        var integration = org.Users.CreateUser("Integration App", systemAdministrator: false);
        org.Security.AssignRole(integration, org.Security.CreateRole("Integration", Widgets(PrivilegeAction.Create, PrivilegeDepth.Global)));

        var fault = Organizations.Fault(() => org.ServiceFor(integration, user).Create(Organizations.Widget()));

        Assert.Contains("is missing prvActOnBehalfOfAnotherUser privilege", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ServiceFor_CallerId_RunsAsTheImpersonatedUserWithOnlyThePrivilegesBothHold()
    {
        var (org, user) = UserWith(Widgets(PrivilegeAction.Create, PrivilegeDepth.Global), Widgets(PrivilegeAction.Delete, PrivilegeDepth.Global));
        var integration = org.Users.CreateUser("Integration App", systemAdministrator: false);
        org.Security.AssignRole(integration, org.Security.CreateRole("Integration", new RoleGrant(PrivilegeNames.ActOnBehalfOfAnotherUser, PrivilegeDepth.Global), Widgets(PrivilegeAction.Create, PrivilegeDepth.Global)));
        Guid seenUser = Guid.Empty, seenInitiating = Guid.Empty;
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PreOperation, call =>
        {
            seenUser = call.Context.UserId;
            seenInitiating = call.Context.InitiatingUserId;
        }));
        var service = org.ServiceFor(integration, user);

        var id = service.Create(Organizations.Widget());
        var fault = Organizations.Fault(() => service.Delete(Widget, id)); // the user may delete, the integration may not

        Assert.Equal((user.Id, user.Id), (seenUser, seenInitiating));
        Assert.Equal(user.Id, org.Find(Widget, id)!.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Contains("prvDeletetest_widget", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssignRole_GivenByAUserWithLessThanTheRoleGrants_IsRefused()
    {
        var (org, manager) = UserWith(Widgets(PrivilegeAction.Read, PrivilegeDepth.Basic), RoleGrant.On(PrivilegeAction.Write, "SystemUser", PrivilegeDepth.Global), RoleGrant.On(PrivilegeAction.AppendTo, "Role", PrivilegeDepth.Global));
        var csm = org.Users.CreateUser("Casey Csm", systemAdministrator: false);
        var powerful = org.Security.CreateRole("Everything on widgets", Widgets(PrivilegeAction.Read, PrivilegeDepth.Global));

        var fault = Organizations.Fault(() => org.Security.AssignRole(csm, powerful, asUser: manager));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.ErrorCode);
        Assert.Contains("grants prvReadtest_widget at Global depth, more than the user holds (Basic)", fault.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(org.Rows(SecurityTables.SystemUserRoles), row => row.GetAttributeValue<EntityReference>(SecurityTables.SystemUserId).Id == csm.Id);
    }

    [Fact]
    public void Restore_SnapshotBeforeARoleWasGiven_TakesThePrivilegeAwayAgain()
    {
        var org = Organizations.New();
        var user = org.Users.CreateUser("Casey Doe", systemAdministrator: false);
        var snapshot = org.Snapshot();
        org.Security.AssignRole(user, org.Security.CreateRole("Creator", Widgets(PrivilegeAction.Create, PrivilegeDepth.Basic)));
        org.ServiceFor(user).Create(Organizations.Widget());

        org.Restore(snapshot);

        Assert.Throws<OrganizationFaultException>(() => org.ServiceFor(user).Create(Organizations.Widget()));
    }

    [Fact]
    public void Roles_AreRowsOfTheRoleTableAndAssignmentsRowsOfTheIntersect()
    {
        var (org, user) = UserWith(Widgets(PrivilegeAction.Read, PrivilegeDepth.Basic));

        var assigned = org.Rows(SecurityTables.SystemUserRoles).Where(row => row.GetAttributeValue<EntityReference>(SecurityTables.SystemUserId).Id == user.Id).ToList();

        var role = org.Find(SecurityTables.Role, Assert.Single(assigned).GetAttributeValue<EntityReference>(SecurityTables.RoleId).Id)!;
        Assert.Equal("Widget worker", role[SecurityTables.Name]);
        Assert.Contains(org.Rows(SecurityTables.Role), row => (string)row[SecurityTables.Name] == PlatformRoles.SystemAdministratorName);
    }

    // "Run in User's Context": the step runs as the registered user (UserId), the caller stays the initiating user, and
    // the service the plugin makes for context.UserId carries that user's privileges, not the caller's.
    [Fact]
    public void Create_StepRegisteredToRunAsAnotherUser_RunsWithThatUsersPrivileges()
    {
        var (org, caller) = UserWith(Widgets(PrivilegeAction.Create, PrivilegeDepth.Basic));
        var serviceAccount = org.Users.CreateUser("Renewals Service");
        Guid seenUser = Guid.Empty, seenInitiating = Guid.Empty;
        org.RegisterStep(
            Steps.On("Create", Widget, PipelineStage.PostOperation, call =>
            {
                seenUser = call.Context.UserId;
                seenInitiating = call.Context.InitiatingUserId;
                call.Service.Create(Organizations.Account("Made by the service account"));
            }),
            secureConfiguration: null,
            runAs: serviceAccount);

        org.ServiceFor(caller).Create(Organizations.Widget());

        Assert.Equal((serviceAccount.Id, caller.Id), (seenUser, seenInitiating));
        Assert.Equal(serviceAccount.Id, Assert.Single(org.Rows("account")).GetAttributeValue<EntityReference>("createdby").Id);
    }

    // Activity tables share the Activity privileges in Dataverse: there is no prvCreateTask.
    [Fact]
    public void Create_TaskWithTheActivityPrivilege_IsAllowedAndATaskPrivilegeDoesNotExist()
    {
        var org = Organizations.New();
        var user = org.Users.CreateUser("Casey Doe", systemAdministrator: false);
        org.Security.AssignRole(user, org.Security.CreateRole("Activities", RoleGrant.On(PrivilegeAction.Create, "Activity", PrivilegeDepth.Basic)));

        org.ServiceFor(user).Create(new Entity("task") { ["subject"] = "Call the champion" });

        Assert.Single(org.Rows("task"));
        Assert.Throws<ArgumentException>(() => org.Security.CreateRole("Wrong", RoleGrant.On(PrivilegeAction.Create, "Task", PrivilegeDepth.Basic)));
    }

    private static Guid Owned(OrganizationEmulator org, EntityReference owner, string name)
    {
        var widget = Organizations.Widget(name);
        widget["ownerid"] = new EntityReference("systemuser", owner.Id);
        return org.Service.Create(widget);
    }
}

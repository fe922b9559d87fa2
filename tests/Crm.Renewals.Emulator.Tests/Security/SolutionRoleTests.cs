using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Security;
using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Tests.Security;

/// <summary>The solution's own roles (Roles/*.xml) exist in every organization, as an import creates them, and work as roles.</summary>
public sealed class SolutionRoleTests
{
    private static readonly Guid ReaderRoleId = new("2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b");

    private static readonly OrganizationMetadata WithRole = OrganizationMetadata.FromSolution(TestSchema.Metadata.Solution! with
    {
        Roles = [new RoleModel(ReaderRoleId, "Widget Reader", [new RolePrivilegeModel("prvReadtest_widget", "Local")])],
    });

    [Fact]
    public void NewOrganization_HasTheSolutionsRoleWithItsPrivileges()
    {
        var org = new OrganizationEmulator(WithRole);
        var reader = org.Users.CreateUser("Casey Doe", systemAdministrator: false);
        org.Service.Create(Organizations.Widget("Gear"));

        org.Security.AssignRole(reader, new EntityReference(SecurityTables.Role, ReaderRoleId));

        Assert.Equal("Widget Reader", org.Find(SecurityTables.Role, ReaderRoleId)![SecurityTables.Name]);
        Assert.Single(org.ServiceFor(reader).RetrieveMultiple(new QueryExpression(TestSchema.Widget) { ColumnSet = new ColumnSet(TestSchema.Name) }).Entities);
        Assert.Throws<OrganizationFaultException>(() => org.ServiceFor(reader).Create(Organizations.Widget("Cog")));
    }
}

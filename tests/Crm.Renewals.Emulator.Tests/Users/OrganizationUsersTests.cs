using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Emulator.Users;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Tests.Users;

public class OrganizationUsersTests
{
    [Fact]
    public void CreateUser_SplitsNameAndUsesRootBusinessUnit()
    {
        var org = Organizations.New();

        var user = org.Users.CreateUser("Mary Ann Evans");

        var row = org.Find("systemuser", user.Id)!;
        Assert.Equal("Mary Ann", row["firstname"]);
        Assert.Equal("Evans", row["lastname"]);
        Assert.Equal("Mary Ann Evans", row["fullname"]);
        Assert.Equal("Mary Ann Evans", user.Name);
        Assert.Equal(org.RootBusinessUnit.Id, row.GetAttributeValue<EntityReference>("businessunitid").Id);
    }

    [Fact]
    public void CreateUser_InBusinessUnit_ActingAsThemStampsTheirIdentity()
    {
        var org = Organizations.New();
        var unit = org.Users.CreateBusinessUnit("EMEA");
        var user = org.Users.CreateUser("Ada Lovelace", businessUnit: unit);

        var id = org.ServiceFor(user).Create(Organizations.Widget());

        var row = org.Find(TestSchema.Widget, id)!;
        Assert.Equal(user.Id, row.GetAttributeValue<EntityReference>("createdby").Id);
        Assert.Equal(unit.Id, row.GetAttributeValue<EntityReference>("owningbusinessunit").Id);
    }

    [Fact]
    public void CreateTeam_IsAnOwnerTeamOfTheBusinessUnit()
    {
        var org = Organizations.New();

        var team = org.Users.CreateTeam("Renewals desk");

        var row = org.Find("team", team.Id)!;
        Assert.Equal("Renewals desk", row["name"]);
        Assert.Equal(0, row.GetAttributeValue<OptionSetValue>("teamtype").Value);
        Assert.Equal(org.RootBusinessUnit.Id, row.GetAttributeValue<EntityReference>("businessunitid").Id);
    }

    [Fact]
    public void CreateBusinessUnit_UnderParent_LinksToIt()
    {
        var org = Organizations.New();
        var emea = org.Users.CreateBusinessUnit("EMEA");

        var germany = org.Users.CreateBusinessUnit("Germany", emea);

        Assert.Equal(emea.Id, org.Find("businessunit", germany.Id)!.GetAttributeValue<EntityReference>("parentbusinessunitid").Id);
    }

    [Fact]
    public void NewOrganization_HasSystemDefaultUserRootUnitAndDefaultTeam()
    {
        var org = Organizations.New();

        Assert.Equal("SYSTEM", org.Find("systemuser", org.SystemUser.Id)!["fullname"]);
        Assert.Equal("Emulator Administrator", org.Find("systemuser", org.DefaultUser.Id)!["fullname"]);
        Assert.Equal("Emulated Organization", org.Find("businessunit", org.RootBusinessUnit.Id)!["name"]);
        Assert.True((bool)org.Rows("team").Single()["isdefault"]);
    }
}

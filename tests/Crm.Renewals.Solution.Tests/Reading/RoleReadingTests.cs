using System.Xml.Linq;
using Crm.Renewals.Solution.Model;
using Crm.Renewals.Solution.Packing;
using Crm.Renewals.Solution.Reading;
using Crm.Renewals.Solution.Tests.Packing;

namespace Crm.Renewals.Solution.Tests.Reading;

/// <summary>Security roles in the shape real exports write: <c>Roles/&lt;Role Name&gt;.xml</c>, a type 20 root component, packed inline.</summary>
public sealed class RoleReadingTests
{
    private const string RoleFile = "Solution/src/Roles/Renewals Tester.xml";
    private const string RoleId = "1f0e2d3c-4b5a-4697-8a1b-2c3d4e5f6071";

    private const string RoleXml = """
        <?xml version="1.0" encoding="utf-8"?>
        <Role id="{1f0e2d3c-4b5a-4697-8a1b-2c3d4e5f6071}" name="Renewals Tester" isinherited="1">
          <IsCustomizable>1</IsCustomizable>
          <RolePrivileges>
            <RolePrivilege name="prvReadcrr_SavePlan" level="Global" />
            <RolePrivilege name="prvWritecrr_SavePlan" level="Basic" />
          </RolePrivileges>
        </Role>
        """;

    [Fact]
    public void Read_RoleFile_GivesTheRoleWithItsPrivilegesAndLevels()
    {
        using var fixture = new PackingFixture();
        fixture.Repository.Write(RoleFile, RoleXml);

        RoleModel role = Assert.Single(SolutionReader.Read(fixture.Repository.SolutionSource).Roles, r => r.Name == "Renewals Tester");

        Assert.Equal((new Guid(RoleId), "Renewals Tester"), (role.Id, role.Name));
        Assert.Equal([new RolePrivilegeModel("prvReadcrr_SavePlan", "Global"), new RolePrivilegeModel("prvWritecrr_SavePlan", "Basic")], role.Privileges);
    }

    [Fact]
    public void Read_RoleWithAnUnknownLevel_FailsNamingTheFile()
    {
        using var fixture = new PackingFixture();
        fixture.Repository.Write(RoleFile, RoleXml.Replace("level=\"Basic\"", "level=\"User\"", StringComparison.Ordinal));

        var failure = Assert.Throws<SolutionFormatException>(() => SolutionReader.Read(fixture.Repository.SolutionSource));

        Assert.Equal(RoleFile, failure.File);
        Assert.Contains("level is Basic, Local, Deep or Global", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_RoleListedInTheManifest_IsInlineInTheCustomizations()
    {
        using var fixture = new PackingFixture();
        fixture.Repository.Write(RoleFile, RoleXml);
        fixture.Repository.Replace(
            "Solution/src/Other/Solution.xml",
            "<RootComponent type=\"61\" schemaName=\"crr_/account/riskbanner.js\" behavior=\"0\" />",
            "<RootComponent type=\"20\" id=\"{" + RoleId + "}\" behavior=\"0\" />\n      <RootComponent type=\"61\" schemaName=\"crr_/account/riskbanner.js\" behavior=\"0\" />");

        PackResult result = fixture.Pack();

        XDocument customizations = XDocument.Load(new MemoryStream(PackingFixture.Entries(result.ManagedZip)["customizations.xml"]));
        XElement role = Assert.Single(customizations.Root!.Element("Roles")!.Elements("Role"), r => (string)r.Attribute("name")! == "Renewals Tester");
        Assert.Equal("{" + RoleId + "}", (string)role.Attribute("id")!);
    }

    [Fact]
    public void Pack_RoleFileWithoutItsRootComponent_FailsNamingTheManifest()
    {
        using var fixture = new PackingFixture();
        fixture.Repository.Write(RoleFile, RoleXml);

        var failure = Assert.Throws<SolutionFormatException>(() => fixture.Pack());

        Assert.Equal("Solution/src/Other/Solution.xml", failure.File);
        Assert.Contains("does not list security role '" + RoleId + "'", failure.Detail, StringComparison.Ordinal);
    }
}

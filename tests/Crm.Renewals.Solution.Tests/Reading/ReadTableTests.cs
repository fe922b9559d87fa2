using System.Text;
using Crm.Renewals.Solution.Model;
using Crm.Renewals.Solution.Reading;

namespace Crm.Renewals.Solution.Tests.Reading;

/// <summary>Reading single Entity.xml files, the way the emulator loads its built-in platform tables.</summary>
public sealed class ReadTableTests
{
    /// <summary>A compact platform definition: the reader needs no more than type, names and type facts.</summary>
    private const string SystemUser = """
        <Entity>
          <Name LocalizedName="User">SystemUser</Name>
          <EntityInfo>
            <entity Name="SystemUser">
              <LocalizedNames><LocalizedName description="User" languagecode="1033" /></LocalizedNames>
              <attributes>
                <attribute PhysicalName="SystemUserId">
                  <Type>primarykey</Type><Name>systemuserid</Name><LogicalName>systemuserid</LogicalName>
                  <RequiredLevel>systemrequired</RequiredLevel>
                </attribute>
                <attribute PhysicalName="FullName">
                  <Type>nvarchar</Type><Name>fullname</Name><LogicalName>fullname</LogicalName>
                  <DisplayMask>PrimaryName|ValidForAdvancedFind</DisplayMask><ValidForCreateApi>0</ValidForCreateApi>
                  <MaxLength>200</MaxLength>
                </attribute>
                <attribute PhysicalName="BusinessUnitId">
                  <Type>lookup</Type><Name>businessunitid</Name><LogicalName>businessunitid</LogicalName>
                  <LookupTypes><LookupType id="00000000-0000-0000-0000-000000000000">10</LookupType></LookupTypes>
                </attribute>
                <attribute PhysicalName="ParentSystemUserId">
                  <Type>lookup</Type><Name>parentsystemuserid</Name><LogicalName>parentsystemuserid</LogicalName>
                  <LookupTypes />
                </attribute>
              </attributes>
              <EntitySetName>systemusers</EntitySetName>
              <OwnershipTypeMask>BusinessOwned</OwnershipTypeMask>
            </entity>
          </EntityInfo>
        </Entity>
        """;

    [Fact]
    public void ReadTable_PlatformDefinition_ReadsTableAndLookupTypeTargets()
    {
        TableModel table = SolutionReader.ReadTable(Stream(SystemUser), "Builtins/SystemUser.xml");

        Assert.Equal(("systemuser", "systemuserid", "fullname"), (table.LogicalName, table.PrimaryIdColumn, table.PrimaryNameColumn));
        Assert.Equal(("User", "systemusers", "BusinessOwned"), (table.DisplayName, table.EntitySetName, table.OwnershipType));
        Assert.False(table.IsCustom);
        Assert.False(table.IsPartial);
        Assert.False(table.Columns.Single(c => c.LogicalName == "fullname").IsValidForCreate);
        Assert.Equal(["businessunit"], table.Columns.Single(c => c.LogicalName == "businessunitid").LookupTargets);
        Assert.Equal("Builtins/SystemUser.xml", table.SourceFile);
    }

    [Fact]
    public void ReadTable_WithRelationships_TakesLookupTargetsFromThem()
    {
        RelationshipModel manager = new("user_parent_user", "systemuser", "parentsystemuserid", "systemuser", "RemoveLink");

        TableModel table = SolutionReader.ReadTable(Stream(SystemUser), "Builtins/SystemUser.xml", [manager]);

        Assert.Equal(["systemuser"], table.Columns.Single(c => c.LogicalName == "parentsystemuserid").LookupTargets);
    }

    [Fact]
    public void ReadTable_LookupWithoutAnySource_IsLeftWithoutTargets()
    {
        TableModel table = SolutionReader.ReadTable(Stream(SystemUser), "Builtins/SystemUser.xml");

        Assert.Empty(table.Columns.Single(c => c.LogicalName == "parentsystemuserid").LookupTargets);
    }

    [Fact]
    public void ReadTable_BrokenStream_NamesTheSourceInTheMessage()
    {
        string broken = SystemUser.Replace("<Type>nvarchar</Type>", "", StringComparison.Ordinal);

        SolutionFormatException error = Assert.Throws<SolutionFormatException>(() => SolutionReader.ReadTable(Stream(broken), "Builtins/SystemUser.xml"));

        Assert.StartsWith("Builtins/SystemUser.xml: attribute fullname has no <Type>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTable_SolutionShellOfAPlatformTable_IsPartialWithUnresolvedGlobalChoices()
    {
        TableModel account = SolutionReader.ReadTable(Path.Combine(RepositoryFolders.SolutionSource, "Entities", "Account", "Entity.xml"));

        Assert.True(account.IsPartial);
        Assert.Equal("accountid", account.PrimaryIdColumn);
        Assert.All(account.Columns, c => Assert.True(c.IsCustom));
        Assert.Null(account.Columns.Single(c => c.LogicalName == "crr_segment").OptionSet);
        Assert.Equal("Solution/src/Entities/Account/Entity.xml", account.SourceFile);
    }

    [Fact]
    public void ReadRelationships_RelationshipFile_ReadsLowerCaseNamesAndCascade()
    {
        IReadOnlyList<RelationshipModel> relationships = SolutionReader.ReadRelationships(
            Path.Combine(RepositoryFolders.SolutionSource, "Other", "Relationships", "crr_SavePlan.xml"));

        Assert.Equal(
            new[]
            {
                new RelationshipModel("crr_concession_SavePlan_crr_saveplan", "crr_concession", "crr_saveplan", "crr_saveplan", "RemoveLink"),
                new RelationshipModel("crr_remediationitem_SavePlan_crr_saveplan", "crr_remediationitem", "crr_saveplan", "crr_saveplan", "Cascade"),
            },
            relationships);
    }

    private static MemoryStream Stream(string xml) => new(Encoding.UTF8.GetBytes(xml));
}

using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Emulator.Tests.Metadata;

public class OrganizationMetadataTests
{
    public static TheoryData<string, string> PlatformColumns => new()
    {
        // table, a standard column the platform definition must have
        { "account", "accountid" }, { "account", "name" }, { "account", "ownerid" }, { "account", "statuscode" },
        { "contact", "parentcustomerid" }, { "opportunity", "customerid" }, { "opportunity", "estimatedclosedate" },
        { "opportunity", "estimatedvalue" }, { "opportunityclose", "opportunityid" }, { "task", "regardingobjectid" },
        { "task", "scheduledend" }, { "systemuser", "businessunitid" }, { "team", "teamtype" }, { "businessunit", "parentbusinessunitid" },
        { "environmentvariabledefinition", "defaultvalue" }, { "environmentvariablevalue", "environmentvariabledefinitionid" },
    };

    [Theory]
    [MemberData(nameof(PlatformColumns))]
    public void PlatformOnly_DefinesTheStandardColumns(string table, string column)
    {
        Assert.True(OrganizationMetadata.PlatformOnly.HasColumn(table, column));
    }

    [Theory]
    [InlineData("opportunity", "customerid", new[] { "account", "contact" })]
    [InlineData("task", "regardingobjectid", new[] { "account", "contact", "opportunity" })]
    [InlineData("account", "ownerid", new[] { "systemuser", "team" })]
    [InlineData("account", "createdby", new[] { "systemuser" })]
    [InlineData("account", "owningbusinessunit", new[] { "businessunit" })]
    public void PlatformOnly_ResolvesLookupTargets(string table, string column, string[] targets)
    {
        var model = OrganizationMetadata.PlatformOnly.GetTable(table).Columns.Single(candidate => candidate.LogicalName == column);

        Assert.Equal(targets.Order(), model.LookupTargets.Order());
    }

    [Fact]
    public void PlatformOnly_Opportunity_HasOpenWonLostStatesWithTheirStatuses()
    {
        var status = OrganizationMetadata.PlatformOnly.GetTable("opportunity").Columns.Single(column => column.LogicalName == "statuscode");

        Assert.Equal([(1, 0), (2, 0), (3, 1), (4, 2), (5, 2)], status.OptionSet!.Options.Select(option => (option.Value, option.State ?? -1)));
    }

    [Fact]
    public void FromTables_SolutionExtendsPlatformTable_BothColumnSetsAreThere()
    {
        var extension = new TableModel
        {
            LogicalName = "account",
            SchemaName = "Account",
            PrimaryIdColumn = "accountid",
            IsPartial = true,
            Columns = [ModelBuilder.Column("test_health", ColumnType.Integer)],
        };

        var metadata = OrganizationMetadata.FromTables(extension);

        Assert.True(metadata.HasColumn("account", "test_health"));
        Assert.True(metadata.HasColumn("account", "name"));
        Assert.Equal("name", metadata.GetTable("account").PrimaryNameColumn);
    }

    [Fact]
    public void FromTables_PartialTableTheEmulatorDoesNotDefine_ThrowsSayingWhereToAddIt()
    {
        var extension = new TableModel { LogicalName = "lead", SchemaName = "Lead", PrimaryIdColumn = "leadid", IsPartial = true, Columns = [] };

        var exception = Assert.Throws<InvalidOperationException>(() => OrganizationMetadata.FromTables(extension));

        Assert.Contains("tools/Crm.Renewals.Emulator/Metadata/Platform/Entities/Lead/Entity.xml", exception.Message);
    }

    [Fact]
    public void GetTable_UnknownTable_ThrowsThePlatformsFault()
    {
        var fault = Organizations.Fault(() => OrganizationMetadata.PlatformOnly.GetTable("test_nothing"));

        Assert.Equal(ErrorCodes.QueryBuilderNoEntity, fault.ErrorCode);
        Assert.Equal("The entity with a name = 'test_nothing' with namemapping = 'Logical' was not found in the MetadataCache.", fault.Message);
    }

    [Fact]
    public void ForRepositorySolution_IsReadOncePerProcess()
    {
        Assert.Same(OrganizationMetadata.ForRepositorySolution(), OrganizationMetadata.ForRepositorySolution());
    }

    [Fact]
    public void ForRepositorySolution_HasTheSolutionsTablesOverThePlatformsAndResolvedOptions()
    {
        var metadata = OrganizationMetadata.ForRepositorySolution();

        var customTables = metadata.Tables.Where(table => table.IsCustom).ToArray();
        Assert.NotEmpty(customTables);
        Assert.True(metadata.HasColumn("account", "name"));
        Assert.Contains(metadata.GetTable("account").Columns, column => column.IsCustom);
        Assert.All(
            metadata.Tables.SelectMany(table => table.Columns).Where(column => column.Type == ColumnType.Picklist),
            column => Assert.NotEmpty(column.OptionSet!.Options));
    }

    [Fact]
    public void FindCustomApi_IsCaseInsensitiveLikeMessageNames()
    {
        Assert.Equal(TestSchema.EchoApi, TestSchema.Metadata.FindCustomApi("TEST_ECHO")!.UniqueName);
        Assert.Null(TestSchema.Metadata.FindCustomApi("test_Missing"));
    }
}

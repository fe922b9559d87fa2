using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Tests.Reading;

public sealed class SolutionReaderTests
{
    private const int Green = 642310000;
    private const int Expansion = 642310003;

    [Fact]
    public void Read_RealSolution_ReadsManifestAndPublisher()
    {
        SolutionModel model = RealSolution.Model;

        Assert.Equal("CrmRenewals", model.UniqueName);
        Assert.Equal("1.0.0.0", model.Version);
        Assert.Equal("crr", model.PublisherPrefix);
        Assert.Equal(64231, model.OptionValuePrefix);
    }

    [Fact]
    public void Read_RealSolution_ReadsEveryTableOfTheDataModel()
    {
        string[] expected =
        [
            "account", "crr_approvalauthority", "crr_concession", "crr_concessionapprovalstep", "crr_customercontract",
            "crr_remediationitem", "crr_riskchange", "crr_saveplan", "opportunity", "task",
        ];

        Assert.Equal(expected, RealSolution.Model.Tables.Select(t => t.LogicalName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("account", false, true, "accountid")] // platform table: only the columns the solution adds
    [InlineData("task", false, true, "activityid")] // activities share the activityid primary key
    [InlineData("crr_concession", true, false, "crr_concessionid")] // custom table: the whole definition
    public void Read_Table_ReportsCustomPartialAndPrimaryId(string table, bool isCustom, bool isPartial, string primaryId)
    {
        TableModel model = RealSolution.Table(table);

        Assert.Equal(isCustom, model.IsCustom);
        Assert.Equal(isPartial, model.IsPartial);
        Assert.Equal(primaryId, model.PrimaryIdColumn);
    }

    [Fact]
    public void Read_CustomTable_ReadsEntityInfoAndSourceFile()
    {
        TableModel contract = RealSolution.Table("crr_customercontract");

        Assert.Equal("crr_CustomerContract", contract.SchemaName);
        Assert.Equal("Customer contract", contract.DisplayName);
        Assert.Equal("Customer contracts", contract.DisplayCollectionName);
        Assert.Equal("crr_name", contract.PrimaryNameColumn);
        Assert.Equal("crr_customercontracts", contract.EntitySetName);
        Assert.Equal("UserOwned", contract.OwnershipType);
        Assert.Equal("Solution/src/Entities/crr_CustomerContract/Entity.xml", contract.SourceFile);
    }

    [Theory]
    [InlineData("account", "crr_healthscore", ColumnType.Integer, 0, 100)]
    [InlineData("account", "crr_nps", ColumnType.Integer, -100, 100)]
    [InlineData("account", "crr_usagechangepercent", ColumnType.Decimal, -100, 1000)]
    [InlineData("account", "crr_adoptionpercent", ColumnType.Decimal, 0, 100)]
    [InlineData("crr_concession", "crr_discountpercent", ColumnType.Decimal, 0, 100)]
    [InlineData("crr_customercontract", "crr_termmonths", ColumnType.Integer, 1, 120)]
    public void Read_NumericColumn_ReadsTypeAndRange(string table, string column, ColumnType type, int min, int max)
    {
        ColumnModel model = RealSolution.Column(table, column);

        Assert.Equal(type, model.Type);
        Assert.Equal(min, model.MinValue);
        Assert.Equal(max, model.MaxValue);
    }

    [Fact]
    public void Read_CurrencyColumn_HasBaseColumnCalculatedFromIt()
    {
        ColumnModel arr = RealSolution.Column("crr_customercontract", "crr_arr");
        ColumnModel arrBase = RealSolution.Column("crr_customercontract", "crr_arr_base");

        Assert.Equal(ColumnType.Money, arr.Type);
        Assert.Equal(2, arr.Precision);
        Assert.Equal("crr_arr", arrBase.CalculationOf);
        Assert.False(arrBase.IsValidForCreate);
        Assert.False(arrBase.IsValidForUpdate);
    }

    [Theory]
    [InlineData("crr_customercontract", "crr_enddate", "DateOnly", "date")]
    [InlineData("account", "crr_overrideuntil", "DateOnly", "date")]
    [InlineData("account", "crr_riskevaluatedon", "UserLocal", "datetime")]
    public void Read_DateColumn_ReadsBehaviorAndFormat(string table, string column, string behavior, string format)
    {
        ColumnModel model = RealSolution.Column(table, column);

        Assert.Equal(ColumnType.DateTime, model.Type);
        Assert.Equal(behavior, model.DateTimeBehavior);
        Assert.Equal(format, model.Format);
    }

    [Fact]
    public void Read_GlobalChoiceColumn_ResolvesTheGlobalOptionSet()
    {
        OptionSetModel? optionSet = RealSolution.Column("account", "crr_riskcategory").OptionSet;

        Assert.NotNull(optionSet);
        Assert.True(optionSet.IsGlobal);
        Assert.Equal("crr_riskcategory", optionSet.Name);
        Assert.Equal(["Green", "Yellow", "Red", "Expansion"], optionSet.Options.Select(o => o.Label));
        Assert.Equal(Green, optionSet.Options[0].Value);
        Assert.Equal(Expansion, optionSet.Options[^1].Value);
    }

    [Fact]
    public void Read_ChoiceWithAppDefault_ReadsTheDefault()
    {
        ColumnModel status = RealSolution.Column("crr_concession", "crr_concessionstatus");
        ColumnModel category = RealSolution.Column("account", "crr_riskcategory");

        Assert.Equal(status.OptionSet!.Options.Single(o => o.Label == "Draft").Value, status.DefaultValue);
        Assert.Null(category.DefaultValue);
    }

    [Fact]
    public void Read_YesNoColumn_ReadsInlineOptionsAndDefault()
    {
        ColumnModel active = RealSolution.Column("crr_approvalauthority", "crr_isactive");

        Assert.Equal(ColumnType.Boolean, active.Type);
        Assert.Equal(1, active.DefaultValue);
        Assert.Equal([1, 0], active.OptionSet!.Options.Select(o => o.Value));
    }

    [Fact]
    public void Read_StateAndStatus_ReadDefaultStatusAndOwningState()
    {
        TableModel plan = RealSolution.Table("crr_saveplan");
        IReadOnlyList<OptionModel> states = plan.Columns.Single(c => c.LogicalName == "statecode").OptionSet!.Options;
        IReadOnlyList<OptionModel> statuses = plan.Columns.Single(c => c.LogicalName == "statuscode").OptionSet!.Options;

        Assert.Equal([(0, 1), (1, 2)], states.Select(s => (s.Value, s.DefaultStatus ?? -1)));
        Assert.Equal([(1, 0), (2, 1)], statuses.Select(s => (s.Value, s.State ?? -1)));
    }

    [Theory]
    [InlineData("opportunity", "crr_contract", "crr_customercontract")]
    [InlineData("crr_customercontract", "crr_currentrenewalopportunity", "opportunity")]
    [InlineData("crr_concession", "crr_approvedby", "systemuser")]
    [InlineData("crr_remediationitem", "crr_saveplan", "crr_saveplan")]
    [InlineData("crr_saveplan", "transactioncurrencyid", "transactioncurrency")] // a platform relationship of a custom table
    public void Read_Lookup_TakesItsTargetFromTheRelationship(string table, string column, string target)
    {
        Assert.Equal([target], RealSolution.Column(table, column).LookupTargets);
    }

    [Fact]
    public void Read_OwnerColumn_TargetsUsersAndTeams()
    {
        Assert.Equal(["systemuser", "team"], RealSolution.Column("crr_saveplan", "ownerid").LookupTargets);
    }

    [Fact]
    public void Read_Opportunity_HasTheContractTermKey()
    {
        AlternateKeyModel key = Assert.Single(RealSolution.Table("opportunity").Keys);

        Assert.Equal("crr_contracttermkey", key.LogicalName);
        Assert.Equal(["crr_contract", "crr_termenddate"], key.Columns);
    }

    [Fact]
    public void Read_Relationships_AreLowerCaseOneToMany()
    {
        RelationshipModel relationship = RealSolution.Model.Relationships.Single(r => r.Name == "crr_concessionapprovalstep_Concession_crr_concession");

        Assert.Equal("crr_concessionapprovalstep", relationship.ReferencingTable);
        Assert.Equal("crr_concession", relationship.ReferencingColumn);
        Assert.Equal("crr_concession", relationship.ReferencedTable);
        Assert.Equal("Cascade", relationship.CascadeDelete);
    }

    [Fact]
    public void Read_EnvironmentVariables_AreTheFourJsonPolicies()
    {
        const int Json = 100000003;

        Assert.Equal(
            ["crr_ApprovalMatrix", "crr_RenewalPolicy", "crr_RiskPolicy", "crr_SavePolicy"],
            RealSolution.Model.EnvironmentVariables.Select(v => v.SchemaName));
        Assert.All(RealSolution.Model.EnvironmentVariables, v => Assert.Equal(Json, v.Type));
    }
}

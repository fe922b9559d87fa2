using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Solution.Model;
using static Crm.Renewals.Emulator.Tests.TestSupport.ModelBuilder;

namespace Crm.Renewals.Emulator.Tests.TestSupport;

/// <summary>
/// A small solution for the emulator's own tests: a widget table with a column of every type, child tables
/// with each cascade rule, Custom APIs and an environment variable. Built once per test process.
/// </summary>
internal static class TestSchema
{
    public const string Widget = "test_widget";
    public const string WidgetId = "test_widgetid";
    public const string Name = "test_name";
    public const string Code = "test_code";
    public const string Quantity = "test_quantity";
    public const string Price = "test_price";
    public const string Ratio = "test_ratio";
    public const string Weight = "test_weight";
    public const string Active = "test_active";
    public const string Color = "test_color";
    public const string Account = "test_accountid";
    public const string Due = "test_due";
    public const string Day = "test_day";
    public const string Notes = "test_notes";
    public const string CodeKey = "test_widget_code";
    public const string Currency = "transactioncurrencyid";
    public const string ExchangeRate = "exchangerate";
    public const string PriceBase = "test_price_base";

    public const int Red = 1;
    public const int Green = 2;
    public const int Blue = 3;
    public const int InactiveState = 1;
    public const int ActiveStatus = 1;
    public const int InactiveStatus = 2;
    public const int RetiredStatus = 3;

    public const string Part = "test_part";
    public const string Gadget = "test_gadget";
    public const string Note = "test_note";
    public const string WidgetLookup = "test_widgetid";
    public const string PartsRelationship = "test_widget_parts";
    public const string GadgetsRelationship = "test_widget_gadgets";
    public const string NotesRelationship = "test_widget_notes";
    public const string WidgetAccountRelationship = "test_account_widgets";

    public const string EchoApi = "test_Echo";
    public const string ScoreApi = "test_Score";

    /// <summary>The Echo API again, callable only with <see cref="GuardedPrivilege"/> (its executeprivilegename).</summary>
    public const string GuardedApi = "test_Guarded";

    public const string GuardedPrivilege = "prvCreatetest_widget";

    public const string LockedApi = "test_Locked";
    public const string AsyncOnlyApi = "test_AsyncOnly";

    public const string Setting = "test_Setting";
    public const string SettingDefault = "on";

    public static readonly OrganizationMetadata Metadata = OrganizationMetadata.FromSolution(new SolutionModel
    {
        UniqueName = "EmulatorTests",
        Version = "1.0.0.0",
        PublisherPrefix = "test",
        OptionValuePrefix = 10000,
        Tables = [WidgetTable(), ChildTable(Part), ChildTable(Gadget), ChildTable(Note)],
        OptionSets = [],
        Relationships =
        [
            new RelationshipModel(PartsRelationship, Part, WidgetLookup, Widget, "Cascade"),
            new RelationshipModel(GadgetsRelationship, Gadget, WidgetLookup, Widget, "Restrict"),
            new RelationshipModel(NotesRelationship, Note, WidgetLookup, Widget, "RemoveLink"),
            new RelationshipModel(WidgetAccountRelationship, Widget, Account, "account", "RemoveLink"),
        ],
        CustomApis = [EchoDefinition(), EchoDefinition() with { UniqueName = GuardedApi, ExecutePrivilegeName = GuardedPrivilege }, ScoreDefinition(), Restricted(LockedApi, 0), Restricted(AsyncOnlyApi, 1)],
        EnvironmentVariables = [new EnvironmentVariableModel(Setting, 100000000, SettingDefault, "")],
    });

    private static TableModel WidgetTable() => Table(
        Widget,
        Name,
        [
            Text(Name, 50, "required"),
            Text(Code, 20),
            Column(Quantity, ColumnType.Integer) with { MinValue = 0, MaxValue = 1000 },
            Column(Price, ColumnType.Money) with { MinValue = 0, MaxValue = 1_000_000, Precision = 2 },
            Column(Ratio, ColumnType.Decimal) with { MinValue = -100, MaxValue = 100, Precision = 2 },
            Column(Weight, ColumnType.Double),
            Column(Active, ColumnType.Boolean) with { DefaultValue = 1 },
            Choice(Color, (Red, "Red"), (Green, "Green"), (Blue, "Blue")),
            Lookup(Account, "account"),
            Column(Due, ColumnType.DateTime) with { DateTimeBehavior = "UserLocal" },
            Column(Day, ColumnType.DateTime) with { DateTimeBehavior = "DateOnly" },
            Column(Notes, ColumnType.Memo) with { MaxLength = 200 },
            Lookup(Currency, "transactioncurrency"),
            Column(ExchangeRate, ColumnType.Decimal) with { IsValidForCreate = false, IsValidForUpdate = false, Precision = 10 },
            Column(PriceBase, ColumnType.Money) with { IsValidForCreate = false, IsValidForUpdate = false, Precision = 2, CalculationOf = Price },
        ],
        new AlternateKeyModel(CodeKey, [Code]));

    private static TableModel ChildTable(string name) => Table(name, Name, [Text(Name, 50), Lookup(WidgetLookup, Widget)]);

    private static CustomApiModel EchoDefinition() => new()
    {
        UniqueName = EchoApi,
        AllowedCustomProcessingStepType = 2,
        RequestParameters =
        [
            new CustomApiParameterModel("Text", 10, IsOptional: false, null),
            new CustomApiParameterModel("Count", 7, IsOptional: true, null),
            new CustomApiParameterModel("Account", 5, IsOptional: true, "account"),
        ],
        ResponseProperties = [new CustomApiParameterModel("Echo", 10, false, null), new CustomApiParameterModel("Total", 7, false, null)],
    };

    private static CustomApiModel ScoreDefinition() => new()
    {
        UniqueName = ScoreApi,
        BindingType = 1,
        BoundEntityLogicalName = Widget,
        IsFunction = true,
        AllowedCustomProcessingStepType = 2,
        ResponseProperties = [new CustomApiParameterModel("Score", 7, false, null)],
    };

    private static CustomApiModel Restricted(string name, int allowedSteps) => new() { UniqueName = name, AllowedCustomProcessingStepType = allowedSteps };
}

using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Emulator.Tests.Query.Fakes;

/// <summary>Table metadata built in code for the query tests: account, contact and opportunity.</summary>
public static class TestTables
{
    public const int IndustryAccounting = 1;
    public const int IndustryConsulting = 2;
    public const int IndustryBanking = 3;

    public const int CategoryPreferred = 1;
    public const int CategoryStandard = 2;
    public const int CategoryPartner = 3;

    public static TableModel Account { get; } = new()
    {
        LogicalName = "account",
        SchemaName = "Account",
        PrimaryIdColumn = "accountid",
        PrimaryNameColumn = "name",
        Columns =
        [
            Column("accountid", ColumnType.PrimaryKey),
            Column("name", ColumnType.String),
            Column("accountnumber", ColumnType.String),
            Column("description", ColumnType.Memo),
            Column("numberofemployees", ColumnType.Integer),
            Column("bigcount", ColumnType.BigInt),
            Column("rating", ColumnType.Decimal),
            Column("score", ColumnType.Double),
            Column("revenue", ColumnType.Money),
            Column("donotemail", ColumnType.Boolean),
            Choice("industrycode", ColumnType.Picklist, (IndustryAccounting, "Accounting"), (IndustryConsulting, "Consulting"), (IndustryBanking, "Banking")),
            Choice("categories", ColumnType.MultiSelectPicklist, (CategoryPreferred, "Preferred"), (CategoryStandard, "Standard"), (CategoryPartner, "Partner")),
            Choice("statecode", ColumnType.State, (0, "Active"), (1, "Inactive")),
            Lookup("primarycontactid", ColumnType.Lookup, "contact"),
            Lookup("parentaccountid", ColumnType.Lookup, "account"),
            Lookup("ownerid", ColumnType.Owner, "systemuser"),
            Column("createdon", ColumnType.DateTime),
            Column("lastcontacted", ColumnType.DateTime) with { DateTimeBehavior = "DateOnly" },
            Column("externalid", ColumnType.UniqueIdentifier),
        ],
    };

    public static TableModel Contact { get; } = new()
    {
        LogicalName = "contact",
        SchemaName = "Contact",
        PrimaryIdColumn = "contactid",
        PrimaryNameColumn = "fullname",
        Columns =
        [
            Column("contactid", ColumnType.PrimaryKey),
            Column("fullname", ColumnType.String),
            Column("emailaddress1", ColumnType.String),
            Lookup("parentcustomerid", ColumnType.Customer, "account", "contact"),
            Column("birthdate", ColumnType.DateTime),
        ],
    };

    public static TableModel Opportunity { get; } = new()
    {
        LogicalName = "opportunity",
        SchemaName = "Opportunity",
        PrimaryIdColumn = "opportunityid",
        PrimaryNameColumn = "name",
        Columns =
        [
            Column("opportunityid", ColumnType.PrimaryKey),
            Column("name", ColumnType.String),
            Column("estimatedvalue", ColumnType.Money),
            Column("probability", ColumnType.Integer),
            Column("closeprobability", ColumnType.Decimal),
            Lookup("parentaccountid", ColumnType.Lookup, "account"),
            Column("estimatedclosedate", ColumnType.DateTime),
        ],
    };

    private static ColumnModel Column(string name, ColumnType type) => new() { LogicalName = name, SchemaName = name, Type = type };

    private static ColumnModel Lookup(string name, ColumnType type, params string[] targets) =>
        Column(name, type) with { LookupTargets = targets };

    private static ColumnModel Choice(string name, ColumnType type, params (int Value, string Label)[] options) =>
        Column(name, type) with
        {
            OptionSet = new OptionSetModel(name, name, false, options.Select(option => new OptionModel(option.Value, option.Label)).ToList(), ""),
        };
}

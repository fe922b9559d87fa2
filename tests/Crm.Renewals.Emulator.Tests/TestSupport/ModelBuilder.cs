using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Emulator.Tests.TestSupport;

/// <summary>Terse construction of metadata models for test tables.</summary>
internal static class ModelBuilder
{
    public static ColumnModel Column(string name, ColumnType type, string required = "none") =>
        new() { LogicalName = name, SchemaName = name, Type = type, RequiredLevel = required, IsCustom = name.StartsWith("test_", StringComparison.Ordinal) };

    public static ColumnModel Text(string name, int maxLength, string required = "none") => Column(name, ColumnType.String, required) with { MaxLength = maxLength };

    public static ColumnModel Choice(string name, params (int Value, string Label)[] options) => Column(name, ColumnType.Picklist) with
    {
        OptionSet = new OptionSetModel(name, name, IsGlobal: false, options.Select(option => new OptionModel(option.Value, option.Label)).ToArray(), ""),
    };

    public static ColumnModel Lookup(string name, string target, string required = "none") => Column(name, ColumnType.Lookup, required) with { LookupTargets = [target] };

    /// <summary>The columns the platform gives every user-owned custom table, with an Active/Inactive state model plus a "Retired" inactive status.</summary>
    public static IEnumerable<ColumnModel> SystemColumns(string table) =>
    [
        Column("createdon", ColumnType.DateTime) with { IsValidForCreate = false, IsValidForUpdate = false, DateTimeBehavior = "UserLocal" },
        Column("createdby", ColumnType.Lookup) with { IsValidForCreate = false, IsValidForUpdate = false, LookupTargets = ["systemuser"] },
        Column("modifiedon", ColumnType.DateTime) with { IsValidForCreate = false, IsValidForUpdate = false, DateTimeBehavior = "UserLocal" },
        Column("modifiedby", ColumnType.Lookup) with { IsValidForCreate = false, IsValidForUpdate = false, LookupTargets = ["systemuser"] },
        Column("ownerid", ColumnType.Owner, "systemrequired") with { LookupTargets = ["systemuser", "team"] },
        Column("owningbusinessunit", ColumnType.Lookup) with { IsValidForCreate = false, IsValidForUpdate = false, LookupTargets = ["businessunit"] },
        Column("owninguser", ColumnType.Lookup) with { IsValidForCreate = false, IsValidForUpdate = false, LookupTargets = ["systemuser"] },
        Column("owningteam", ColumnType.Lookup) with { IsValidForCreate = false, IsValidForUpdate = false, LookupTargets = ["team"] },
        Column("statecode", ColumnType.State, "systemrequired") with
        {
            OptionSet = new OptionSetModel(table + "_statecode", "Status", false, [new OptionModel(0, "Active") { DefaultStatus = 1 }, new OptionModel(1, "Inactive") { DefaultStatus = 2 }], ""),
        },
        Column("statuscode", ColumnType.Status) with
        {
            OptionSet = new OptionSetModel(table + "_statuscode", "Status Reason", false, [new OptionModel(1, "Active", 0), new OptionModel(2, "Inactive", 1), new OptionModel(3, "Retired", 1)], ""),
        },
    ];

    public static TableModel Table(string name, string primaryName, IEnumerable<ColumnModel> columns, params AlternateKeyModel[] keys) => new()
    {
        LogicalName = name,
        SchemaName = name,
        IsCustom = true,
        PrimaryIdColumn = name + "id",
        PrimaryNameColumn = primaryName,
        OwnershipType = "UserOwned",
        Columns = [Column(name + "id", ColumnType.PrimaryKey, "systemrequired") with { IsValidForUpdate = false }, .. columns, .. SystemColumns(name)],
        Keys = keys,
    };
}

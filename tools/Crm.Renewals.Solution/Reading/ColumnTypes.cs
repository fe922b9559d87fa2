using System.Collections.Generic;
using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Solution.Reading;

/// <summary>The <c>&lt;Type&gt;</c> values of an Entity.xml attribute and the column types they stand for.</summary>
internal static class ColumnTypes
{
    private static readonly Dictionary<string, ColumnType> ByName = new()
    {
        ["primarykey"] = ColumnType.PrimaryKey,
        ["nvarchar"] = ColumnType.String,
        ["ntext"] = ColumnType.Memo,
        ["memo"] = ColumnType.Memo,
        ["int"] = ColumnType.Integer,
        ["bigint"] = ColumnType.BigInt,
        ["decimal"] = ColumnType.Decimal,
        ["float"] = ColumnType.Double,
        ["money"] = ColumnType.Money,
        ["bit"] = ColumnType.Boolean,
        ["picklist"] = ColumnType.Picklist,
        ["multiselectpicklist"] = ColumnType.MultiSelectPicklist,
        ["state"] = ColumnType.State,
        ["status"] = ColumnType.Status,
        ["lookup"] = ColumnType.Lookup,
        ["customer"] = ColumnType.Customer,
        ["owner"] = ColumnType.Owner,
        ["datetime"] = ColumnType.DateTime,
        ["uniqueidentifier"] = ColumnType.UniqueIdentifier,
    };

    public static string Known => string.Join(", ", ByName.Keys);

    public static bool TryParse(string name, out ColumnType type) => ByName.TryGetValue(name.ToLowerInvariant(), out type);

    public static bool IsText(ColumnType type) => type is ColumnType.String or ColumnType.Memo;

    public static bool IsReference(ColumnType type) => type is ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner;
}

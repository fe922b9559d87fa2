using Crm.Renewals.Solution.Model;

namespace Crm.Renewals.Emulator.Query.Values;

/// <summary>Which <see cref="ValueKind"/> each metadata column type compares as.</summary>
internal static class ColumnKinds
{
    public static ValueKind Of(ColumnType type) => type switch
    {
        ColumnType.String or ColumnType.Memo => ValueKind.Text,
        ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Double or ColumnType.Money => ValueKind.Number,
        ColumnType.Picklist or ColumnType.State or ColumnType.Status or ColumnType.MultiSelectPicklist => ValueKind.Number,
        ColumnType.Boolean => ValueKind.Boolean,
        ColumnType.DateTime => ValueKind.DateTime,
        _ => ValueKind.Guid,
    };

    /// <summary>True for single-choice columns, which Dataverse orders by label.</summary>
    public static bool IsChoice(ColumnType type) =>
        type is ColumnType.Picklist or ColumnType.State or ColumnType.Status;

    /// <summary>True for references to another row, which Dataverse orders by the row's primary name.</summary>
    public static bool IsReference(ColumnType type) =>
        type is ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner;
}

using System;
using System.Linq;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Store;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Validation;

/// <summary>
/// Checks one non-null column value against the metadata (CLR type, options, ranges, length, lookup
/// target and existence) and returns the copy the store keeps (dates in UTC, numbers rounded to the
/// column's precision, lookups resolved by key and carrying the target's primary name).
/// </summary>
internal sealed class ColumnValues
{
    private readonly OrganizationMetadata metadata;
    private readonly RecordStore store;
    private readonly AlternateKeys keys;

    public ColumnValues(OrganizationMetadata metadata, RecordStore store, AlternateKeys keys)
    {
        this.metadata = metadata;
        this.store = store;
        this.keys = keys;
    }

    public object Normalize(TableSchema table, ColumnSchema column, object value) => column.Type switch
    {
        ColumnType.PrimaryKey or ColumnType.UniqueIdentifier => Expect<Guid>(table, column, value, "a System.Guid"),
        ColumnType.String or ColumnType.Memo => Text(table, column, Expect<string>(table, column, value, "a System.String")),
        ColumnType.Integer => Range(table, column, Expect<int>(table, column, value, "a System.Int32"), number => number),
        ColumnType.BigInt => Range(table, column, Expect<long>(table, column, value, "a System.Int64"), number => number),
        ColumnType.Decimal => Range(table, column, Round(column, Expect<decimal>(table, column, value, "a System.Decimal")), number => number),
        ColumnType.Double => Range(table, column, Expect<double>(table, column, value, "a System.Double"), number => (decimal)number),
        ColumnType.Money => new Money(Range(table, column, Round(column, Expect<Money>(table, column, value, "a Microsoft.Xrm.Sdk.Money").Value), number => number)),
        ColumnType.Boolean => Expect<bool>(table, column, value, "a System.Boolean"),
        ColumnType.Picklist or ColumnType.State or ColumnType.Status =>
            new OptionSetValue(Option(table, column, Expect<OptionSetValue>(table, column, value, "a Microsoft.Xrm.Sdk.OptionSetValue").Value)),
        ColumnType.MultiSelectPicklist => new OptionSetValueCollection(
            Expect<OptionSetValueCollection>(table, column, value, "a Microsoft.Xrm.Sdk.OptionSetValueCollection")
                .Select(option => new OptionSetValue(Option(table, column, option.Value))).ToList()),
        ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner =>
            Reference(table, column, Expect<EntityReference>(table, column, value, "a Microsoft.Xrm.Sdk.EntityReference")),
        ColumnType.DateTime => Date(table, column, Expect<DateTime>(table, column, value, "a System.DateTime")),
        _ => EntityCloner.CloneValue(value)!,
    };

    /// <summary>
    /// Checks that every column of <paramref name="target"/> exists and holds a value of its column's CLR type, before any
    /// step sees the request: Dataverse deserializes the request against the metadata first, so a plugin never receives
    /// an <c>int</c> for a decimal column. Ranges, options and lookups are checked later, by the write.
    /// </summary>
    /// <exception cref="OrganizationFaultException">The first unknown column or value of the wrong type, naming table, column, expected and given type.</exception>
    public static void CheckTypes(TableSchema table, Entity target)
    {
        foreach (var attribute in target.Attributes)
        {
            var column = table.Find(attribute.Key) ?? throw ValidationFaults.UnknownColumn(table.LogicalName, attribute.Key);
            if (attribute.Value is not null && ExpectedType(column.Type) is { } expected && !expected.IsInstanceOfType(attribute.Value))
            {
                throw ValidationFaults.WrongType(table.LogicalName, column, attribute.Value, "a " + expected.FullName);
            }
        }
    }

    /// <summary>A lookup value checked against the column's targets, resolved and named from the stored target.</summary>
    public EntityReference Reference(TableSchema table, ColumnSchema column, EntityReference reference)
    {
        if (string.IsNullOrEmpty(reference.LogicalName) || !column.AcceptsTarget(reference.LogicalName))
        {
            throw ValidationFaults.WrongLookupTarget(table.LogicalName, column, reference.LogicalName ?? "(no table)");
        }

        var target = metadata.Schema(reference.LogicalName);
        var id = reference.Id;
        if (id == Guid.Empty && reference.KeyAttributes is { Count: > 0 } keyAttributes)
        {
            id = keys.Find(target, keyAttributes)
                ?? throw new OrganizationFaultException(
                    ErrorCodes.ObjectDoesNotExist,
                    "A record of '" + target.LogicalName + "' with the key values given for '" + column.LogicalName + "' Does Not Exist");
        }

        var row = store.Find(target.LogicalName, id) ?? throw ValidationFaults.MissingRecord(target.LogicalName, id);
        var name = target.PrimaryNameColumn is { } nameColumn && row.Attributes.TryGetValue(nameColumn, out var stored) ? stored as string : null;
        return new EntityReference(target.LogicalName, id) { Name = name };
    }

    private static Type? ExpectedType(ColumnType type) => type switch
    {
        ColumnType.PrimaryKey or ColumnType.UniqueIdentifier => typeof(Guid),
        ColumnType.String or ColumnType.Memo => typeof(string),
        ColumnType.Integer => typeof(int),
        ColumnType.BigInt => typeof(long),
        ColumnType.Decimal => typeof(decimal),
        ColumnType.Double => typeof(double),
        ColumnType.Money => typeof(Money),
        ColumnType.Boolean => typeof(bool),
        ColumnType.Picklist or ColumnType.State or ColumnType.Status => typeof(OptionSetValue),
        ColumnType.MultiSelectPicklist => typeof(OptionSetValueCollection),
        ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner => typeof(EntityReference),
        ColumnType.DateTime => typeof(DateTime),
        _ => null,
    };

    private static T Expect<T>(TableSchema table, ColumnSchema column, object value, string expected) =>
        value is T typed ? typed : throw ValidationFaults.WrongType(table.LogicalName, column, value, expected);

    private static string Text(TableSchema table, ColumnSchema column, string text) =>
        column.Model.MaxLength is { } maximum && text.Length > maximum ? throw ValidationFaults.TooLong(table.LogicalName, column, text.Length) : text;

    private static T Range<T>(TableSchema table, ColumnSchema column, T value, Func<T, decimal> toDecimal)
    {
        var number = toDecimal(value);
        if ((column.Model.MinValue is { } minimum && number < minimum) || (column.Model.MaxValue is { } maximum && number > maximum))
        {
            throw ValidationFaults.NumberOutOfRange(table.LogicalName, column, number);
        }

        return value;
    }

    private static decimal Round(ColumnSchema column, decimal value) =>
        column.Model.Precision is { } digits and >= 0 ? Math.Round(value, digits, MidpointRounding.AwayFromZero) : value;

    private static int Option(TableSchema table, ColumnSchema column, int value) =>
        !column.HasOptions || column.IsOption(value) ? value : throw ValidationFaults.OptionOutOfRange(table.LogicalName, column, value);

    private static DateTime Date(TableSchema table, ColumnSchema column, DateTime value)
    {
        var stored = DateTimeRules.Normalize(value, column.Model.DateTimeBehavior);
        return stored < DateTimeRules.MinimumValue ? throw ValidationFaults.DateTooEarly(table.LogicalName, column, value) : stored;
    }
}

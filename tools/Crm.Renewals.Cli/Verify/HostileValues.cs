using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Verify;

/// <summary>
/// Values no well-behaved client sends, by kind: wrong CLR types, nulls, boundary and out-of-range numbers, unknown
/// option values, very long text, dates far in the past or future, lookups to missing rows or to another table.
/// </summary>
public static class HostileValues
{
    private static readonly object?[] WrongTypes = [null, "text", 42, 4.2m, true, new OptionSetValue(1), new Money(1m), Guid.Empty, new EntityReference("contact", Guid.NewGuid()), new DateTime(2026, 1, 1)];
    private static readonly int[] Integers = [int.MinValue, -1, 0, 1, 100, 101, int.MaxValue];
    private static readonly decimal[] Decimals = [decimal.MinValue, -0.01m, 0m, 100.01m, 1_000_000_000_000m, decimal.MaxValue];
    private static readonly DateTime[] Dates = [DateTime.MinValue, new DateTime(1753, 1, 1), new DateTime(1900, 1, 1), new DateTime(2999, 12, 31), DateTime.MaxValue];

    /// <summary>A hostile value for a column or parameter of the given kind, and what it is.</summary>
    public static (object? Value, string What) For(ValueKind kind, string? table, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (random.Next(3) == 0)
        {
            var wrong = WrongTypes[random.Next(WrongTypes.Length)];
            return (wrong, "a " + (wrong?.GetType().Name ?? "null") + " where a " + kind + " belongs");
        }

        return kind switch
        {
            ValueKind.Integer => Pick(Integers, random, "integer"),
            ValueKind.Decimal or ValueKind.Money => kind == ValueKind.Money ? Money(random) : Pick(Decimals, random, "decimal"),
            ValueKind.Boolean => (null, "null boolean"),
            ValueKind.DateTime => Pick(Dates, random, "date"),
            ValueKind.String => random.Next(2) == 0 ? (new string('x', 100_000), "100,000 characters") : ("", "empty text"),
            ValueKind.Picklist => (new OptionSetValue(random.Next(2) == 0 ? -1 : 999_999_999), "unknown option value"),
            ValueKind.Lookup => random.Next(2) == 0
                ? (new EntityReference(table ?? "account", Guid.NewGuid()), "lookup to a missing row")
                : (new EntityReference(table == "contact" ? "account" : "contact", Guid.NewGuid()), "lookup to the wrong table"),
            _ => (null, "null"),
        };
    }

    private static (object? Value, string What) Pick<T>(IReadOnlyList<T> values, Random random, string what)
    {
        var value = values[random.Next(values.Count)];
        return (value, what + " " + value);
    }

    private static (object? Value, string What) Money(Random random)
    {
        var (value, what) = Pick(Decimals, random, "money");
        return (new Money((decimal)value!), what);
    }
}

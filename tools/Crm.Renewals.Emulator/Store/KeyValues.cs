using System;
using System.Collections.Generic;
using Crm.Renewals.Emulator.Validation;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Store;

/// <summary>
/// The values of one alternate key of a row, normalized for comparison (lookups by id, options and money by
/// value, text case-insensitively, dates in UTC, whole numbers as decimals); equal when every value is.
/// </summary>
internal sealed class KeyValues : IEquatable<KeyValues>
{
    private readonly object[] values;
    private readonly int hash;

    private KeyValues(object[] values)
    {
        this.values = values;
        var combined = new HashCode();
        foreach (var value in values)
        {
            combined.Add(value);
        }

        hash = combined.ToHashCode();
    }

    /// <summary>The normalized values of <paramref name="key"/>'s columns in <paramref name="row"/>; false when one has no value.</summary>
    public static bool TryOf(Entity row, AlternateKeyModel key, out KeyValues values) =>
        TryOf(key, column => row.Attributes.TryGetValue(column, out var value) ? value : null, out values);

    /// <summary>The normalized values of <paramref name="key"/>'s columns read by <paramref name="valueOf"/>; false when one is null.</summary>
    public static bool TryOf(AlternateKeyModel key, Func<string, object?> valueOf, out KeyValues values)
    {
        var normalized = new object[key.Columns.Count];
        for (var index = 0; index < normalized.Length; index++)
        {
            if (Normalize(valueOf(key.Columns[index])) is not { } value)
            {
                values = null!;
                return false;
            }

            normalized[index] = value;
        }

        values = new KeyValues(normalized);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(KeyValues? other)
    {
        if (other is null || other.hash != hash || other.values.Length != values.Length)
        {
            return false;
        }

        for (var index = 0; index < values.Length; index++)
        {
            if (!values[index].Equals(other.values[index]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as KeyValues);

    /// <inheritdoc />
    public override int GetHashCode() => hash;

    private static object? Normalize(object? value) => value switch
    {
        EntityReference reference => reference.Id,
        OptionSetValue option => option.Value,
        Money money => money.Value,
        string text => text.ToUpperInvariant(),
        DateTime date => DateTimeRules.ToUtc(date),
        int number => (decimal)number,
        long number => (decimal)number,
        _ => value,
    };
}

using System;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query.Values;

/// <summary>Reduces a stored or caller-supplied SDK value to a <see cref="ScalarKey"/> without allocating.</summary>
internal static class ValueReader
{
    // Dataverse float columns range far inside decimal; this only guards against corrupt data.
    private const double DecimalLimit = 7.9e28;

    /// <summary>Reads a value; false for null and for types that are not scalar (collections, aliased values).</summary>
    public static bool TryRead(object? value, out ScalarKey key)
    {
        switch (value)
        {
            case string text:
                key = ScalarKey.FromText(text);
                return true;
            case int number:
                key = ScalarKey.FromNumber(number);
                return true;
            case long number:
                key = ScalarKey.FromNumber(number);
                return true;
            case decimal number:
                key = ScalarKey.FromNumber(number);
                return true;
            case double number:
                key = ScalarKey.FromNumber((decimal)Math.Clamp(number, -DecimalLimit, DecimalLimit));
                return true;
            case float number:
                key = ScalarKey.FromNumber((decimal)number);
                return true;
            case short or byte or sbyte or ushort or uint:
                key = ScalarKey.FromNumber(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture));
                return true;
            case Money money:
                key = ScalarKey.FromNumber(money.Value);
                return true;
            case OptionSetValue option:
                key = ScalarKey.FromNumber(option.Value);
                return true;
            case bool flag:
                key = ScalarKey.FromBoolean(flag);
                return true;
            case DateTime date:
                key = ScalarKey.FromDateTime(date);
                return true;
            case DateTimeOffset date:
                key = ScalarKey.FromDateTime(date.UtcDateTime);
                return true;
            case Guid id:
                key = ScalarKey.FromGuid(id);
                return true;
            case EntityReference reference:
                key = ScalarKey.FromGuid(reference.Id);
                return true;
            case Enum member:
                key = ScalarKey.FromNumber(Convert.ToInt64(member, System.Globalization.CultureInfo.InvariantCulture));
                return true;
            default:
                key = default;
                return false;
        }
    }

    /// <summary>Reads column <paramref name="attribute"/> of <paramref name="row"/>; false when absent or null.</summary>
    public static bool TryRead(Entity? row, string attribute, out ScalarKey key)
    {
        if (row is not null && row.Attributes.TryGetValue(attribute, out var value))
        {
            return TryRead(value, out key);
        }

        key = default;
        return false;
    }
}

using System;

namespace Crm.Renewals.Emulator.Validation;

/// <summary>
/// How a date column stores a value, after the column's behaviour. Users of the emulator are in
/// UTC, so a <see cref="DateTimeKind.Unspecified"/> value (the user's local time in Dataverse) is
/// taken as UTC; a <see cref="DateTimeKind.Local"/> value is converted from the machine's zone.
/// </summary>
internal static class DateTimeRules
{
    /// <summary>The smallest date Dataverse stores.</summary>
    public static readonly DateTime MinimumValue = new(1753, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private const string DateOnly = "DateOnly";
    private const string TimeZoneIndependent = "TimeZoneIndependent";

    public static DateTime Normalize(DateTime value, string? behavior)
    {
        if (string.Equals(behavior, DateOnly, StringComparison.OrdinalIgnoreCase))
        {
            return DateTime.SpecifyKind(value.Date, DateTimeKind.Utc);
        }

        if (string.Equals(behavior, TimeZoneIndependent, StringComparison.OrdinalIgnoreCase))
        {
            return DateTime.SpecifyKind(value, DateTimeKind.Utc);
        }

        return ToUtc(value);
    }

    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}

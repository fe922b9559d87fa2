using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Crm.Renewals.Emulator.Metadata;

namespace Crm.Renewals.Emulator.Validation;

/// <summary>The faults of metadata validation, worded like the platform's and naming table and column.</summary>
internal static class ValidationFaults
{
    public static OrganizationFaultException UnknownColumn(string table, string column) => new(
        ErrorCodes.QueryBuilderNoAttribute,
        "'" + table + "' entity doesn't contain attribute with Name = '" + column + "' and NameMapping = 'Logical'.");

    public static OrganizationFaultException WrongType(string table, ColumnSchema column, object value, string expected) => new(
        ErrorCodes.InvalidArgument,
        "Incorrect attribute value type " + value.GetType().FullName + " for column '" + column.LogicalName + "' of table '" + table
        + "': a " + column.Type + " column takes " + expected + ".");

    public static OrganizationFaultException OptionOutOfRange(string table, ColumnSchema column, int value) => new(
        ErrorCodes.InvalidArgument,
        "A validation error occurred. The value " + value.ToString(CultureInfo.InvariantCulture) + " of '" + column.LogicalName
        + "' on record of type '" + table + "' is outside the valid range. Accepted Values: "
        + string.Join(",", column.OptionValues.Select(option => option.ToString(CultureInfo.InvariantCulture))));

    public static OrganizationFaultException NumberOutOfRange(string table, ColumnSchema column, decimal value) => new(
        ErrorCodes.InvalidArgument,
        "A validation error occurred. The value " + value.ToString(CultureInfo.InvariantCulture) + " of '" + column.LogicalName
        + "' on record of type '" + table + "' is outside the valid range of "
        + Format(column.Model.MinValue) + " to " + Format(column.Model.MaxValue) + ".");

    public static OrganizationFaultException TooLong(string table, ColumnSchema column, int length) => new(
        ErrorCodes.InvalidArgument,
        "A validation error occurred. The length of the '" + column.LogicalName + "' attribute of the '" + table
        + "' entity exceeded the maximum allowed length of '" + Format(column.Model.MaxLength) + "' (the value has "
        + length.ToString(CultureInfo.InvariantCulture) + " characters).");

    public static OrganizationFaultException WrongLookupTarget(string table, ColumnSchema column, string target) => new(
        ErrorCodes.InvalidArgument,
        "Invalid lookup: column '" + column.LogicalName + "' of table '" + table + "' can refer to "
        + string.Join(", ", column.LookupTargets) + ", not to '" + target + "'.");

    public static OrganizationFaultException MissingRecord(string table, Guid id) => new(
        ErrorCodes.ObjectDoesNotExist,
        table + " With Id = " + id.ToString("D") + " Does Not Exist");

    public static OrganizationFaultException CannotBeNull(string column) => new(
        ErrorCodes.InvalidArgument,
        "Attribute: " + column + " cannot be set to NULL");

    public static OrganizationFaultException RequiredMissing(string table, IEnumerable<string> columns) => new(
        ErrorCodes.RequiredFieldMissing,
        "A record of table '" + table + "' can't be created without the system-required column(s) " + string.Join(", ", columns.Select(column => "'" + column + "'")) + ".");

    public static OrganizationFaultException DateTooEarly(string table, ColumnSchema column, DateTime value) => new(
        ErrorCodes.InvalidDateTime,
        "The date-time format is invalid, or value is outside the supported range: '" + column.LogicalName + "' of table '" + table
        + "' is " + value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "; Dataverse stores dates from 1753-01-01.");

    public static OrganizationFaultException InvalidStatus(string table, Guid id, int status, int state) => new(
        ErrorCodes.InvalidStateCodeStatusCode,
        status.ToString(CultureInfo.InvariantCulture) + " is not a valid status code for state code " + state.ToString(CultureInfo.InvariantCulture)
        + " on " + table + " with Id " + id.ToString("D") + ".");

    private static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "(none)";

    private static string Format(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "(none)";
}

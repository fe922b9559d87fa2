using System;
using System.Globalization;

namespace Crm.Renewals.Emulator.Query.Faults;

/// <summary>
/// Every fault the query engine raises, worded like Dataverse's own messages where it has one and
/// always saying what to change.
/// </summary>
internal static class QueryFaults
{
    public static OrganizationFaultException UnknownAttribute(string table, string attribute) => new(
        ErrorCodes.QueryBuilderNoAttribute,
        $"'{table}' entity doesn't contain attribute with Name = '{attribute}' and NameMapping = 'Logical'. "
        + "Use the column's logical (lower-case) name as the table's metadata defines it.");

    public static OrganizationFaultException UnknownAlias(string alias, string knownAliases) => new(
        ErrorCodes.InvalidArgument,
        $"No table with alias or name '{alias}' in this query. Known: {knownAliases}.");

    public static OrganizationFaultException DuplicateAlias(string alias) => new(
        ErrorCodes.InvalidArgument,
        $"The alias '{alias}' is used by more than one link-entity: give each link-entity its own alias.");

    public static OrganizationFaultException InvalidQuery(string message) => new(ErrorCodes.InvalidArgument, message);

    public static OrganizationFaultException InvalidFetchXml(string message) => new(
        ErrorCodes.InvalidArgument, "Invalid FetchXML: " + message);

    public static OrganizationFaultException ValueType(string table, string attribute, string expectedType, object? value) => new(
        ErrorCodes.InvalidArgument,
        $"Condition for attribute '{table}.{attribute}': expected argument(s) of type '{expectedType}' "
        + $"but received '{value?.GetType().FullName ?? "null"}'.");

    public static OrganizationFaultException ValueText(string table, string attribute, string expectedType, string text) => new(
        ErrorCodes.InvalidArgument,
        $"Condition for attribute '{table}.{attribute}': '{text}' is not a valid {expectedType} value.");

    public static OrganizationFaultException ValueCount(string table, string attribute, string operatorName, string expected, int actual) => new(
        ErrorCodes.InvalidArgument,
        $"Condition for attribute '{table}.{attribute}': operator '{operatorName}' takes {expected} but received "
        + actual.ToString(CultureInfo.InvariantCulture) + ".");

    public static OrganizationFaultException OperatorNotValidForColumn(string table, string attribute, string operatorName, string columnType, string needed) => new(
        ErrorCodes.InvalidArgument,
        $"Condition for attribute '{table}.{attribute}': operator '{operatorName}' can't be used on a {columnType} column; it needs a {needed} column.");

    public static OrganizationFaultException TopWithPaging() => new(
        ErrorCodes.InvalidArgument,
        "The top / TopCount value can't be combined with paging (page size, page number or paging cookie): use one or the other.");

    public static OrganizationFaultException OutOfRange(string what, int value, int maximum) => new(
        ErrorCodes.InvalidArgument,
        $"{what} must be between 1 and {maximum.ToString(CultureInfo.InvariantCulture)}, but was {value.ToString(CultureInfo.InvariantCulture)}.");

    public static OrganizationFaultException PagingWithoutCookieBeyondLimit(int page, int size, int limit) => new(
        ErrorCodes.InvalidArgument,
        $"Page {page} of {size} rows lies beyond the first {limit:N0} rows, which is as far as paging by page number alone reaches. Pass the PagingCookie returned with the previous page (PageInfo.PagingCookie / paging-cookie).");

    public static OrganizationFaultException InvalidPagingCookie(string reason) => new(
        ErrorCodes.InvalidArgument,
        $"The paging cookie is not valid ({reason}): pass the PagingCookie returned with the previous page unchanged.");

    public static OrganizationFaultException AggregateLimit(int limit) => new(
        QueryErrorCodes.AggregateQueryRecordLimit,
        "AggregateQueryRecordLimit exceeded. Cannot perform this operation. The aggregate would read more than "
        + limit.ToString(CultureInfo.InvariantCulture) + " rows: add filters to reduce them.");

    public static NotSupportedException UnsupportedOperator(string operatorName, string table, string attribute) => new(
        $"unsupported condition operator {operatorName} (on '{table}.{attribute}'): the emulator's query engine does not "
        + "implement it, so it refuses the query rather than return a wrong answer. Use a supported operator or extend "
        + "Crm.Renewals.Emulator.Query.Conditions.");

    public static NotSupportedException Unsupported(string feature) => new(
        $"unsupported query feature: {feature}. The emulator's query engine refuses it rather than return a wrong answer.");
}

using System;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// Recognises the platform's duplicate faults by their error codes and by nothing else: 0x80060892
/// (DuplicateRecordEntityKey), raised when a create would break an alternate key, and 0x80040237
/// ("Cannot insert duplicate key"), which SQL raises when two such creates race past the key check.
/// </summary>
/// <remarks>
/// The fault's type depends on the host: Dataverse throws <c>FaultException&lt;OrganizationServiceFault&gt;</c>
/// (System.ServiceModel, which this assembly does not reference so that it builds for net462 and the test
/// target alike) and reports the code in <c>Detail.ErrorCode</c>; an in-process host may throw its own
/// exception with a public <c>ErrorCode</c>. Both public properties are read by name.
/// </remarks>
internal static class DuplicateRecordFault
{
    /// <summary>0x80060892: a record with these alternate key values already exists.</summary>
    public const int EntityKeyErrorCode = unchecked((int)0x80060892);

    /// <summary>0x80040237: the database refused a duplicate key.</summary>
    public const int SqlDuplicateKeyErrorCode = unchecked((int)0x80040237);

    private const string DetailProperty = "Detail";
    private const string ErrorCodeProperty = "ErrorCode";

    /// <summary>True when <paramref name="exception"/>, or an exception inside it, carries the duplicate-record error code.</summary>
    public static bool Is(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (CodeOf(current) is EntityKeyErrorCode or SqlDuplicateKeyErrorCode)
            {
                return true;
            }
        }

        return false;
    }

    private static int? CodeOf(Exception exception)
    {
        var type = exception.GetType();
        if (type.GetProperty(DetailProperty)?.GetValue(exception) is OrganizationServiceFault fault)
        {
            return fault.ErrorCode;
        }

        return type.GetProperty(ErrorCodeProperty)?.GetValue(exception) as int?;
    }
}

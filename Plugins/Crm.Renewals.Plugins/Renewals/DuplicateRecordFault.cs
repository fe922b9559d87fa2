using System;
using Crm.Renewals.Plugins.Infrastructure;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// Recognises the platform's duplicate faults by their error codes and by nothing else: 0x80060892
/// (DuplicateRecordEntityKey), raised when a create would break an alternate key, and 0x80040237
/// ("Cannot insert duplicate key"), which SQL raises when two such creates race past the key check.
/// </summary>
/// <remarks>The fault is read by <see cref="PlatformFault"/>, whatever type the host throws it as.</remarks>
internal static class DuplicateRecordFault
{
    /// <summary>0x80060892: a record with these alternate key values already exists.</summary>
    public const int EntityKeyErrorCode = unchecked((int)0x80060892);

    /// <summary>0x80040237: the database refused a duplicate key.</summary>
    public const int SqlDuplicateKeyErrorCode = unchecked((int)0x80040237);

    /// <summary>True when <paramref name="exception"/>, or an exception inside it, carries the duplicate-record error code.</summary>
    public static bool Is(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (PlatformFault.Read(current)?.Code is EntityKeyErrorCode or SqlDuplicateKeyErrorCode)
            {
                return true;
            }
        }

        return false;
    }
}

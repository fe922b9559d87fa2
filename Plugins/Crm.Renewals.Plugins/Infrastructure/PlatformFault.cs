using System;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Infrastructure;

/// <summary>
/// A platform fault from a failed service call, read without referencing System.ServiceModel (so the assembly builds
/// for net462 and the test target alike): Dataverse throws <c>FaultException&lt;OrganizationServiceFault&gt;</c> and
/// reports code and message in its <c>Detail</c>; an in-process host may throw its own exception with a public
/// <c>ErrorCode</c>. Both are read by property name.
/// </summary>
internal sealed class PlatformFault
{
    private const string DetailProperty = "Detail";
    private const string ErrorCodeProperty = "ErrorCode";

    private PlatformFault(int code, string message)
    {
        Code = code;
        Message = message;
    }

    /// <summary>The platform's error code.</summary>
    public int Code { get; }

    /// <summary>The platform's message.</summary>
    public string Message { get; }

    /// <summary>The fault <paramref name="exception"/> carries, or null when it is not a platform fault.</summary>
    public static PlatformFault? Read(Exception exception)
    {
        var type = exception.GetType();
        if (type.GetProperty(DetailProperty)?.GetValue(exception) is OrganizationServiceFault fault)
        {
            return new PlatformFault(fault.ErrorCode, fault.Message ?? exception.Message);
        }

        return type.GetProperty(ErrorCodeProperty)?.GetValue(exception) is int code ? new PlatformFault(code, exception.Message) : null;
    }
}

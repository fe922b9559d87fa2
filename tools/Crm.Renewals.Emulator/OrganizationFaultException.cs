using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator;

/// <summary>
/// A fault the emulated platform raises for a request it refuses, standing in for the
/// <c>FaultException&lt;OrganizationServiceFault&gt;</c> a real organization service throws
/// (System.ServiceModel is not part of the SDK surface the solution builds against).
/// </summary>
/// <remarks>
/// Faults of the platform carry a Dataverse error code from <see cref="ErrorCodes"/>.
/// An <see cref="InvalidPluginExecutionException"/> thrown by a plugin is never wrapped in this type:
/// it reaches the caller as it was thrown.
/// </remarks>
public sealed class OrganizationFaultException : Exception
{
    /// <summary>Creates a fault.</summary>
    /// <param name="errorCode">The Dataverse error code, one of <see cref="ErrorCodes"/>.</param>
    /// <param name="message">The message, worded like the platform's own.</param>
    public OrganizationFaultException(int errorCode, string message)
        : base(message)
    {
        ErrorCode = errorCode;
    }

    /// <summary>Creates a fault caused by another exception.</summary>
    /// <param name="errorCode">The Dataverse error code, one of <see cref="ErrorCodes"/>.</param>
    /// <param name="message">The message, worded like the platform's own.</param>
    /// <param name="innerException">The exception that caused the fault.</param>
    public OrganizationFaultException(int errorCode, string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
    }

    /// <summary>Extra facts the platform attaches to the fault (its <c>ErrorDetails</c>), e.g. <c>MaxBatchSize</c>.</summary>
    public IReadOnlyDictionary<string, object> ErrorDetails { get; init; } = new Dictionary<string, object>(StringComparer.Ordinal);

    /// <summary>The Dataverse error code.</summary>
    public int ErrorCode { get; }

    /// <summary>The error code as Dataverse prints it, e.g. <c>0x80040237</c>.</summary>
    public string HexErrorCode => "0x" + ErrorCode.ToString("X8", CultureInfo.InvariantCulture);

    /// <summary>The fault as the SDK type a real service carries in its <c>Detail</c>.</summary>
    /// <returns>A new <see cref="OrganizationServiceFault"/> with this code and message.</returns>
    public OrganizationServiceFault ToServiceFault()
    {
        var fault = new OrganizationServiceFault { ErrorCode = ErrorCode, Message = Message };
        foreach (var detail in ErrorDetails)
        {
            fault.ErrorDetails[detail.Key] = detail.Value;
        }

        return fault;
    }

    /// <inheritdoc />
    public override string ToString() => HexErrorCode + ": " + base.ToString();
}

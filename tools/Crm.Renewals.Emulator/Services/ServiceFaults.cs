using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Services;

/// <summary>
/// What a failed call looks like on each side of the service boundary. A plugin's own service calls fail with
/// <see cref="FaultException{OrganizationServiceFault}"/>, as the sandbox's do: a platform fault keeps its code, an
/// <see cref="InvalidPluginExecutionException"/> from a nested step arrives with −2147220891. A fault a plugin lets
/// escape reaches the platform, and so the top-level caller, as the platform's fault again.
/// </summary>
internal static class ServiceFaults
{
    /// <summary>The fault a plugin's service call throws for <paramref name="exception"/>, or null when it is not a service fault.</summary>
    public static FaultException<OrganizationServiceFault>? ForPlugin(Exception exception) => exception switch
    {
        OrganizationFaultException platform => Fault(platform.ErrorCode, platform.Message),
        InvalidPluginExecutionException refusal => Fault(ErrorCodes.IsvAborted, refusal.Message),
        _ => null,
    };

    /// <summary>
    /// What an escaped <see cref="FaultException{OrganizationServiceFault}"/> is to the platform, or null: a nested step's
    /// refusal stays a refusal (<see cref="InvalidPluginExecutionException"/>, the emulator's top-level form of it),
    /// anything else is the platform's fault with its code.
    /// </summary>
    public static Exception? ForPlatform(Exception exception) => exception is FaultException<OrganizationServiceFault> fault
        ? fault.Detail.ErrorCode == ErrorCodes.IsvAborted
            ? new InvalidPluginExecutionException(OperationStatus.Failed, ErrorCodes.IsvAborted, fault.Detail.Message)
            : new OrganizationFaultException(fault.Detail.ErrorCode, fault.Detail.Message, fault)
        : null;

    private static FaultException<OrganizationServiceFault> Fault(int code, string message) =>
        new(new OrganizationServiceFault { ErrorCode = code, Message = message }, new FaultReason(message));
}

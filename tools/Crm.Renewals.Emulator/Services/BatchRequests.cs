using System;
using System.Collections.Generic;
using System.Globalization;
using Crm.Renewals.Emulator.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Crm.Renewals.Emulator.Services;

/// <summary>
/// ExecuteMultiple as the platform runs it: the batch is checked whole before anything runs (settings and requests
/// given, at most <see cref="MaxBatchSize"/> requests, no ExecuteMultiple inside), then each request runs in order as its
/// own call, in its own transaction, through the full pipeline; a fault is reported in its item, and stops the batch
/// unless <see cref="ExecuteMultipleSettings.ContinueOnError"/>. Called from a plugin, the requests join the plugin's
/// transaction instead, so its rollback takes them with it.
/// </summary>
internal static class BatchRequests
{
    /// <summary>The platform's usual limit on requests in one batch.</summary>
    public const int MaxBatchSize = 1000;

    private const string RequestsParameter = "Requests";
    private const string SettingsParameter = "Settings";
    private const string MaxBatchSizeDetail = "MaxBatchSize";

    /// <summary>True when <paramref name="request"/> is an ExecuteMultiple.</summary>
    public static bool IsBatch(OrganizationRequest request) =>
        string.Equals(request?.RequestName, MessageNames.ExecuteMultiple, StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs the batch, each request through <paramref name="execute"/>.</summary>
    /// <exception cref="OrganizationFaultException">The batch itself is not valid; none of its requests ran.</exception>
    public static ExecuteMultipleResponse Run(OrganizationRequest batch, Func<OrganizationRequest, OrganizationResponse> execute)
    {
        var (requests, settings) = Checked(batch);
        var items = new ExecuteMultipleResponseItemCollection();
        var faulted = false;
        for (var index = 0; index < requests.Count; index++)
        {
            try
            {
                var response = execute(requests[index]);
                if (settings.ReturnResponses)
                {
                    items.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Response = response });
                }
            }
            catch (Exception exception) when (FaultOf(exception) is { } fault)
            {
                faulted = true;
                items.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Fault = fault });
                if (!settings.ContinueOnError)
                {
                    break;
                }
            }
        }

        var result = new ExecuteMultipleResponse { ResponseName = MessageNames.ExecuteMultiple };
        result.Results["Responses"] = items;
        result.Results["IsFaulted"] = faulted;
        return result;
    }

    private static (IList<OrganizationRequest> Requests, ExecuteMultipleSettings Settings) Checked(OrganizationRequest batch)
    {
        var settings = batch.Parameters.TryGetValue(SettingsParameter, out var value) ? value as ExecuteMultipleSettings : null;
        if (settings is null)
        {
            throw Invalid("ExecuteMultiple needs Settings: set ContinueOnError and ReturnResponses in an ExecuteMultipleSettings.");
        }

        var requests = batch.Parameters.TryGetValue(RequestsParameter, out value) ? value as OrganizationRequestCollection : null;
        if (requests is null)
        {
            throw Invalid("ExecuteMultiple needs Requests: put the requests to run in an OrganizationRequestCollection.");
        }

        if (requests.Count > MaxBatchSize)
        {
            throw new OrganizationFaultException(
                ErrorCodes.InvalidArgument,
                "The batch holds " + requests.Count.ToString(CultureInfo.InvariantCulture) + " requests; ExecuteMultiple takes at most "
                + MaxBatchSize.ToString(CultureInfo.InvariantCulture) + ". Split it into smaller batches.")
            {
                ErrorDetails = new Dictionary<string, object>(StringComparer.Ordinal) { [MaxBatchSizeDetail] = MaxBatchSize },
            };
        }

        for (var index = 0; index < requests.Count; index++)
        {
            if (requests[index] is null)
            {
                throw Invalid("Request " + index.ToString(CultureInfo.InvariantCulture) + " of the batch is null.");
            }

            if (IsBatch(requests[index]))
            {
                throw Invalid("Request " + index.ToString(CultureInfo.InvariantCulture) + " of the batch is an ExecuteMultiple; batches cannot be nested.");
            }
        }

        return (requests, settings);
    }

    // The fault a request's failure is reported with; anything else (a defect, not a refusal) propagates.
    private static OrganizationServiceFault? FaultOf(Exception exception) => exception switch
    {
        OrganizationFaultException platform => platform.ToServiceFault(),
        InvalidPluginExecutionException refusal => new OrganizationServiceFault { ErrorCode = ErrorCodes.IsvAborted, Message = refusal.Message },
        _ => null,
    };

    private static OrganizationFaultException Invalid(string message) => new(ErrorCodes.InvalidArgument, message);
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using Crm.Renewals.Emulator.Log;
using Crm.Renewals.Emulator.Messages;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Security;
using Crm.Renewals.Emulator.Transactions;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Pipeline;

/// <summary>
/// Runs a request through the event pipeline: PreValidation (outside the transaction for a top-level
/// call), then, inside the transaction, PreOperation, the core operation, PostOperation and the
/// queuing of asynchronous steps. A request the platform splits (an Update of state/status and other
/// columns) runs PreOperation through PostOperation once per part, each with its own Target and images.
/// A failure rolls back the whole top-level transaction.
/// </summary>
internal sealed class PipelineExecutor
{
    /// <summary>The platform's default maximum depth; a deeper call is taken for an infinite loop.</summary>
    public const int MaximumDepth = 8;

    private const int PreValidation = (int)PipelineStage.PreValidation;
    private const int PreOperation = (int)PipelineStage.PreOperation;
    private const int PostOperation = (int)PipelineStage.PostOperation;

    private readonly EmulatedOrganization organization;
    private readonly StepRunner steps;

    public PipelineExecutor(EmulatedOrganization organization, StepRunner steps)
    {
        this.organization = organization;
        this.steps = steps;
    }

    public OrganizationResponse Execute(OrganizationRequest request, CallerContext caller)
    {
        ArgumentNullException.ThrowIfNull(request);
        var messageName = MessageCatalog.MessageNameOf(request.RequestName ?? string.Empty);
        var correlationId = caller.CorrelationId ?? Guid.NewGuid();
        var entry = new RequestLogEntry(
            organization.Log.NextSequence(), messageName, PlatformTables.None, Guid.Empty, caller.UserId, caller.InitiatingUserId, caller.Depth, correlationId);
        organization.Log.Add(entry);
        organization.Transactions.Enlist(entry);
        var started = Stopwatch.GetTimestamp();
        var ownsTransaction = false;
        CoreMessage? core = null;
        try
        {
            if (caller.Depth > MaximumDepth)
            {
                throw SuspectedLoop(messageName, caller.Depth);
            }

            if (organization.Transactions.IsDoomed)
            {
                throw TransactionCoordinator.NoActiveTransaction();
            }

            core = organization.Messages.Find(messageName) ?? throw UnknownMessage(request, messageName);
            var operation = new MessageOperation(organization, request, core, caller, correlationId, organization.Identities.BusinessUnitOf(caller.UserId));
            core.Prepare(operation);
            entry.EntityName = operation.PrimaryEntityName;
            entry.EntityId = operation.PrimaryEntityId;
            if (ImageAvailability.HasPreImage(core.Name) && operation.PrimaryEntityId != Guid.Empty)
            {
                operation.PreImageSource = organization.Store.Find(operation.PrimaryEntityName, operation.PrimaryEntityId);
            }

            steps.RunSynchronous(operation, PreValidation);
            organization.Authorization.Authorize(core, operation);
            ownsTransaction = organization.Transactions.Begin(entry);
            var passes = core.SplitTargets(operation);
            if (passes.Count == 0)
            {
                RunPass(core, operation, entry);
            }
            else
            {
                RunPasses(core, operation, entry, passes);
            }

            if (ownsTransaction)
            {
                ownsTransaction = false;
                organization.Transactions.Commit();
            }

            entry.Outcome = OperationOutcome.Succeeded;
            return Response(core, operation);
        }
        catch (Exception exception)
        {
            entry.Outcome = OperationOutcome.Failed;
            entry.Error = exception.Message;
            if (ownsTransaction)
            {
                organization.Transactions.Rollback();
            }
            else
            {
                // Inside a transaction any failed call, a read as much as a write, aborts it (Dataverse's rule).
                organization.Transactions.Doom();
            }

            throw;
        }
        finally
        {
            entry.Duration = Stopwatch.GetElapsedTime(started);
        }
    }

    // PreOperation, the core operation and PostOperation (with the queuing of asynchronous steps) of one pass.
    private void RunPass(CoreMessage core, MessageOperation operation, RequestLogEntry entry)
    {
        steps.RunSynchronous(operation, PreOperation);
        core.Execute(operation);
        entry.EntityId = operation.PrimaryEntityId;
        if (ImageAvailability.HasPostImage(core.Name))
        {
            operation.PostImageSource = organization.Store.Find(operation.PrimaryEntityName, operation.PrimaryEntityId);
        }

        steps.RunSynchronous(operation, PostOperation);
        steps.QueueAsynchronous(operation);
    }

    // A split request (an Update of state/status and other columns): each pass sees only its own Target,
    // and a later pass's pre-image is the row as the earlier pass left it. All passes share the transaction.
    private void RunPasses(CoreMessage core, MessageOperation operation, RequestLogEntry entry, IReadOnlyList<Entity> passes)
    {
        for (var index = 0; index < passes.Count; index++)
        {
            if (index > 0 && ImageAvailability.HasPreImage(core.Name))
            {
                operation.PreImageSource = organization.Store.Find(operation.PrimaryEntityName, operation.PrimaryEntityId);
            }

            operation.InputParameters[ParameterNames.Target] = passes[index];
            RunPass(core, operation, entry);
        }
    }

    private static OrganizationResponse Response(CoreMessage core, MessageOperation operation)
    {
        var response = core.CreateResponse();
        response.ResponseName = core.Name;
        response.Results = operation.OutputParameters;
        return response;
    }

    private static OrganizationFaultException UnknownMessage(OrganizationRequest request, string messageName) => new(
        ErrorCodes.NotSupported,
        "The organization emulator does not know the message '" + messageName + "' (request type " + request.GetType().FullName + "). "
        + "Register a handler with org.RegisterMessageHandler(\"" + messageName + "\", context => ...) or define it as a Custom API in the solution.");

    private static OrganizationFaultException SuspectedLoop(string messageName, int depth) => new(
        ErrorCodes.UnExpected,
        "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again. "
        + "(" + messageName + " reached depth " + depth + "; the maximum is " + MaximumDepth + ".)");
}

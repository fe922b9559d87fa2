using System;
using System.Diagnostics;
using Crm.Renewals.Emulator.Async;
using Crm.Renewals.Emulator.Log;
using Crm.Renewals.Emulator.Messages;
using Crm.Renewals.Emulator.Store;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Pipeline;

/// <summary>
/// Runs the steps of one stage in rank order, logs each execution with its traces, and queues the
/// asynchronous steps of PostOperation with a copy of their context.
/// </summary>
internal sealed class StepRunner
{
    private const string StepTable = "sdkmessageprocessingstep";
    private const int PostOperation = (int)PipelineStage.PostOperation;
    private readonly EmulatedOrganization organization;

    public StepRunner(EmulatedOrganization organization) => this.organization = organization;

    public void RunSynchronous(MessageOperation operation, int stage)
    {
        var steps = organization.Steps.For(operation.MessageName, operation.PrimaryEntityName, stage, ExecutionMode.Synchronous);
        foreach (var step in steps)
        {
            if (Applies(step, operation))
            {
                var (pre, post) = ImageBuilder.For(step, operation, stage);
                var context = operation.ContextFor(stage, OwningExtension(step), pre, post, step.RunAsUserId);
                Execute(step.PluginType, step.Name, () => step.Plugin, context, ExecutionMode.Synchronous, new TraceCollector());
            }
        }
    }

    /// <summary>Queues the asynchronous PostOperation steps; they start only once the transaction commits.</summary>
    public void QueueAsynchronous(MessageOperation operation)
    {
        var steps = organization.Steps.For(operation.MessageName, operation.PrimaryEntityName, PostOperation, ExecutionMode.Asynchronous);
        foreach (var step in steps)
        {
            if (Applies(step, operation))
            {
                var (pre, post) = ImageBuilder.For(step, operation, PostOperation);
                var context = AsyncContext(operation.ContextFor(PostOperation, OwningExtension(step), pre, post, step.RunAsUserId));
                var job = new SystemJob(Guid.NewGuid(), step.Name, step.PluginType, operation.MessageName, operation.PrimaryEntityName, operation.PrimaryEntityId, organization.Clock.UtcNow);
                organization.Transactions.Enlist(new AsyncJob(step, context, job));
            }
        }
    }

    /// <summary>Runs one plugin with a fresh tracing service and logs the execution.</summary>
    /// <exception cref="InvalidPluginExecutionException">Rethrown as the plugin threw it.</exception>
    /// <exception cref="OrganizationFaultException">A platform fault from a nested call, or the ISV-code fault wrapping any other exception.</exception>
    public StepLogEntry Execute(Type pluginType, string stepName, Func<IPlugin> plugin, PluginExecutionContext context, ExecutionMode mode, TraceCollector tracing)
    {
        var entry = new StepLogEntry(
            organization.Log.NextSequence(), stepName, pluginType, context.MessageName, context.PrimaryEntityName, context.PrimaryEntityId, context.Stage, mode, context.Depth, tracing.Lines);
        organization.Log.Add(entry);
        var started = Stopwatch.GetTimestamp();
        try
        {
            plugin().Execute(new PluginServiceProvider(context, tracing, new PluginServiceFactory(organization, context)));
            if (context.IsInTransaction && mode == ExecutionMode.Synchronous && organization.Transactions.IsDoomed)
            {
                // The plugin caught a failed service call and returned as if nothing happened: Dataverse fails the
                // operation here, when the plugin hands back a transaction it can no longer commit.
                throw new OrganizationFaultException(
                    ErrorCodes.IsvAbortedTransaction,
                    "ISV code reduced the open transaction count. Custom plug-ins should not catch exceptions from OrganizationService calls and continue processing. ("
                    + pluginType.FullName + ")");
            }

            entry.Outcome = OperationOutcome.Succeeded;
            return entry;
        }
        catch (Exception exception) when (exception is InvalidPluginExecutionException or OrganizationFaultException)
        {
            entry.Outcome = OperationOutcome.Failed;
            entry.Error = exception.Message;
            throw;
        }
        catch (Exception exception) when (Services.ServiceFaults.ForPlatform(exception) is { } platform)
        {
            entry.Outcome = OperationOutcome.Failed;
            entry.Error = exception.Message;
            throw platform;
        }
        catch (Exception exception)
        {
            entry.Outcome = OperationOutcome.Failed;
            entry.Error = exception.Message;
            throw new OrganizationFaultException(
                ErrorCodes.IsvUnExpected,
                "An unexpected error occurred from ISV code. (ErrorType = ClientError) Unexpected exception from plug-in (Execute): "
                + pluginType.FullName + ": " + exception.GetType().FullName + ": " + exception.Message,
                exception);
        }
        finally
        {
            entry.Duration = Stopwatch.GetElapsedTime(started);
        }
    }

    private static bool Applies(RegisteredStep step, MessageOperation operation) =>
        !string.Equals(operation.MessageName, MessageNames.Update, StringComparison.OrdinalIgnoreCase) || step.PassesFilter(operation.TargetEntity);

    private static EntityReference OwningExtension(RegisteredStep step) => new(StepTable, step.Registration.Id) { Name = step.Name };

    // The job runs later, after the commit, outside any transaction: it gets its own copy of everything.
    private static PluginExecutionContext AsyncContext(PluginExecutionContext source) => new()
    {
        BusinessUnitId = source.BusinessUnitId,
        CorrelationId = source.CorrelationId,
        Depth = source.Depth,
        InitiatingUserId = source.InitiatingUserId,
        InputParameters = Copy(source.InputParameters),
        IsInTransaction = false,
        MessageName = source.MessageName,
        Mode = (int)ExecutionMode.Asynchronous,
        OperationCreatedOn = source.OperationCreatedOn,
        OperationId = source.OperationId,
        OrganizationId = source.OrganizationId,
        OrganizationName = source.OrganizationName,
        OutputParameters = Copy(source.OutputParameters),
        OwningExtension = source.OwningExtension,
        PreEntityImages = source.PreEntityImages,
        PostEntityImages = source.PostEntityImages,
        PrimaryEntityId = source.PrimaryEntityId,
        PrimaryEntityName = source.PrimaryEntityName,
        RequestId = source.RequestId,
        SharedVariables = Copy(source.SharedVariables),
        UserId = source.UserId,
        Stage = source.Stage,
    };

    private static ParameterCollection Copy(ParameterCollection source)
    {
        var copy = new ParameterCollection();
        foreach (var parameter in source)
        {
            copy[parameter.Key] = EntityCloner.CloneValue(parameter.Value)!;
        }

        return copy;
    }
}

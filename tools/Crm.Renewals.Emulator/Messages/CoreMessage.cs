using System.Collections.Generic;
using Crm.Renewals.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>
/// The platform's own part of a message: <see cref="Prepare"/> reads and checks the request and
/// identifies the primary record before any step runs; <see cref="Execute"/> is the core operation
/// (stage 30) between PreOperation and PostOperation.
/// </summary>
internal abstract class CoreMessage
{
    public abstract string Name { get; }


    public virtual OrganizationResponse CreateResponse() => new();

    public abstract void Prepare(MessageOperation operation);

    public abstract void Execute(MessageOperation operation);

    /// <summary>
    /// The Targets of the separate passes (PreOperation, core operation, PostOperation each) the platform
    /// splits this request into after PreValidation, in order; empty for the usual single pass.
    /// </summary>
    public virtual IReadOnlyList<Entity> SplitTargets(MessageOperation operation) => [];

    /// <summary>A required request parameter of type <typeparamref name="T"/>, or a fault naming what is missing.</summary>
    public static T Required<T>(MessageOperation operation, string parameter)
    {
        if (operation.InputParameters.TryGetValue<T>(parameter, out var value) && value is not null)
        {
            return value;
        }

        throw new OrganizationFaultException(
            ErrorCodes.InvalidArgument,
            "The " + operation.MessageName + " request needs a '" + parameter + "' parameter of type " + typeof(T).FullName
            + (operation.InputParameters.Contains(parameter) ? "; it has a " + (operation.InputParameters[parameter]?.GetType().FullName ?? "null value") : string.Empty) + ".");
    }
}

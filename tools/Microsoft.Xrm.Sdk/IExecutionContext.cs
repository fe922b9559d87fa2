using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>What the platform tells code about the operation it runs in.</summary>
public interface IExecutionContext
{
    /// <summary>Gets the business unit of the user the operation runs as.</summary>
    Guid BusinessUnitId { get; }

    /// <summary>Gets the id shared by every operation of one top-level request, for tracing loops.</summary>
    Guid CorrelationId { get; }

    /// <summary>Gets the nesting depth of the operation (1 for a top-level request).</summary>
    int Depth { get; }

    /// <summary>Gets the user who started the operation.</summary>
    Guid InitiatingUserId { get; }

    /// <summary>Gets the request's parameters (for example <c>Target</c>).</summary>
    ParameterCollection InputParameters { get; }

    /// <summary>Gets whether the operation runs offline.</summary>
    bool IsExecutingOffline { get; }

    /// <summary>Gets whether the operation runs inside the database transaction.</summary>
    bool IsInTransaction { get; }

    /// <summary>Gets whether the operation replays an offline change.</summary>
    bool IsOfflinePlayback { get; }

    /// <summary>Gets the isolation mode (1 none, 2 sandbox).</summary>
    int IsolationMode { get; }

    /// <summary>Gets the message name (for example <c>Create</c>).</summary>
    string MessageName { get; }

    /// <summary>Gets the execution mode (0 synchronous, 1 asynchronous).</summary>
    int Mode { get; }

    /// <summary>Gets when the operation was created (UTC).</summary>
    DateTime OperationCreatedOn { get; }

    /// <summary>Gets the asynchronous operation's id, or empty.</summary>
    Guid OperationId { get; }

    /// <summary>Gets the organization's id.</summary>
    Guid OrganizationId { get; }

    /// <summary>Gets the organization's unique name.</summary>
    string OrganizationName { get; }

    /// <summary>Gets the response's results (for example <c>id</c> after Create).</summary>
    ParameterCollection OutputParameters { get; }

    /// <summary>Gets the step or service endpoint that registered the code.</summary>
    EntityReference OwningExtension { get; }

    /// <summary>Gets the post-operation images registered on the step, by alias.</summary>
    EntityImageCollection PostEntityImages { get; }

    /// <summary>Gets the pre-operation images registered on the step, by alias.</summary>
    EntityImageCollection PreEntityImages { get; }

    /// <summary>Gets the id of the record the message acts on.</summary>
    Guid PrimaryEntityId { get; }

    /// <summary>Gets the logical name of the table the message acts on.</summary>
    string PrimaryEntityName { get; }

    /// <summary>Gets the request's id, when the caller set one.</summary>
    Guid? RequestId { get; }

    /// <summary>Gets the second table of messages that have one, or <c>none</c>.</summary>
    string SecondaryEntityName { get; }

    /// <summary>Gets the variables shared between the steps of one operation.</summary>
    ParameterCollection SharedVariables { get; }

    /// <summary>Gets the user the operation runs as.</summary>
    Guid UserId { get; }
}

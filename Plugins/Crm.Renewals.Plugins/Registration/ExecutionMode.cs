namespace Crm.Renewals.Plugins.Registration;

/// <summary>Execution mode of a step, with the values Dataverse stores in <c>Mode</c>.</summary>
public enum ExecutionMode
{
    /// <summary>Runs inside the caller's operation; a fault rolls the operation back.</summary>
    Synchronous = 0,

    /// <summary>Queued as a system job after the operation commits; a fault cannot undo it.</summary>
    Asynchronous = 1,
}

namespace Microsoft.Xrm.Sdk;

/// <summary>Outcome a plugin reports through <see cref="InvalidPluginExecutionException"/>.</summary>
public enum OperationStatus
{
    /// <summary>The operation failed.</summary>
    Failed = 0,

    /// <summary>The operation was cancelled.</summary>
    Canceled = 1,

    /// <summary>The operation should be retried.</summary>
    Retry = 2,

    /// <summary>The operation is suspended.</summary>
    Suspended = 3,

    /// <summary>The operation succeeded.</summary>
    Succeeded = 4,
}

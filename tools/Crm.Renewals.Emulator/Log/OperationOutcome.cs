namespace Crm.Renewals.Emulator.Log;

/// <summary>How a logged request or step ended.</summary>
public enum OperationOutcome
{
    /// <summary>Still running (only seen while inspecting the log from inside a plugin).</summary>
    Running,

    /// <summary>Completed without an exception.</summary>
    Succeeded,

    /// <summary>Threw; the exception reached its caller.</summary>
    Failed,
}

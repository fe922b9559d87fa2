using System;

namespace Crm.Renewals.Cli.Verify;

/// <summary>How a call's failure reads when the database, not the solution, ended it: a deadlock's victim or a lock wait that ran out.</summary>
internal static class DatabaseFaults
{
    // Dataverse's texts for both, which the emulator uses too.
    private const string DeadlockNumber = "Sql Number: 1205";
    private const string TimeoutText = "SQL timeout expired";

    /// <summary>True when the call was chosen as a deadlock's victim and rolled back (the caller retries).</summary>
    public static bool IsDeadlockVictim(Exception exception) => exception?.Message.Contains(DeadlockNumber, StringComparison.Ordinal) == true;

    /// <summary>True when the call waited longer than the lock timeout for another call's lock.</summary>
    public static bool IsLockTimeout(Exception exception) => exception?.Message.Contains(TimeoutText, StringComparison.Ordinal) == true;
}

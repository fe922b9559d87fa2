namespace Crm.Renewals.Plugins.Saves;

/// <summary>The tasks logging an outcome created, and a note when it created none it could have.</summary>
internal sealed class CreatedTasks
{
    public CreatedTasks(int healthChecks, int winBack, string note)
    {
        HealthChecks = healthChecks;
        WinBack = winBack;
        Note = note;
    }

    /// <summary>Weekly post-save health checks created.</summary>
    public int HealthChecks { get; }

    /// <summary>Win-back tasks created.</summary>
    public int WinBack { get; }

    /// <summary>Appended to the response's message; empty or starting with a space.</summary>
    public string Note { get; }
}

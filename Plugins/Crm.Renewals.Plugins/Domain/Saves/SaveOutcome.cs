namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>How a save plan ended.</summary>
public enum SaveOutcome
{
    /// <summary>The customer renewed.</summary>
    Saved,

    /// <summary>The customer renewed with reduced scope.</summary>
    PartiallySaved,

    /// <summary>The customer paused.</summary>
    Paused,

    /// <summary>The customer left.</summary>
    Lost,

    /// <summary>The customer was let go on good terms, by decision.</summary>
    GracefulExit,
}

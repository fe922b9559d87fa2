namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>How much effort a save gets.</summary>
public enum EffortLevel
{
    /// <summary>Full: 30–90 days, executive involvement.</summary>
    Full,

    /// <summary>Standard: CSM and manager, 14–30 days.</summary>
    Standard,

    /// <summary>Light: CSM only, 7–14 days.</summary>
    Light,

    /// <summary>None: a graceful exit.</summary>
    None,
}

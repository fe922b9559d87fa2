namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>How much time is left for the save, from days to renewal.</summary>
public enum TimeMode
{
    /// <summary>90 days or more (default): the full playbook.</summary>
    Comprehensive,

    /// <summary>30–89 days (default): the essentials, in parallel.</summary>
    Compressed,

    /// <summary>Under 30 days (default): emergency measures.</summary>
    Emergency,
}

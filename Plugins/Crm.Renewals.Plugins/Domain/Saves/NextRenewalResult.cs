namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>State of the renewal after a saved account's save, for post-save retention.</summary>
public enum NextRenewalResult
{
    /// <summary>Not closed yet.</summary>
    Open,

    /// <summary>Won: the save held.</summary>
    Won,

    /// <summary>Lost: the customer left at the next renewal.</summary>
    Lost,
}

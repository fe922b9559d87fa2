namespace Crm.Renewals.Plugins.Domain.Risk;

/// <summary>Overall tone of the customer's support interactions.</summary>
public enum SupportSentiment
{
    /// <summary>Positive.</summary>
    Positive,

    /// <summary>Neither positive nor negative.</summary>
    Neutral,

    /// <summary>Negative: a red flag.</summary>
    Negative,
}

namespace Microsoft.Xrm.Sdk;

/// <summary>Optimistic concurrency choice for Update and Delete requests.</summary>
public enum ConcurrencyBehavior
{
    /// <summary>The message's default behaviour.</summary>
    Default = 0,

    /// <summary>Fail unless the record's row version matches.</summary>
    IfRowVersionMatches = 1,

    /// <summary>Write regardless of the row version.</summary>
    AlwaysOverwrite = 2,
}

namespace Microsoft.Xrm.Sdk;

/// <summary>Which side of a self-referencing relationship a record plays.</summary>
public enum EntityRole
{
    /// <summary>The record holding the lookup.</summary>
    Referencing = 0,

    /// <summary>The record the lookup points to.</summary>
    Referenced = 1,
}

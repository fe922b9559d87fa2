namespace Microsoft.Xrm.Sdk;

/// <summary>Change tracking state of an <see cref="Entity"/> inside a request.</summary>
public enum EntityState
{
    /// <summary>Not changed.</summary>
    Unchanged = 0,

    /// <summary>New record.</summary>
    Created = 1,

    /// <summary>Changed record.</summary>
    Changed = 2,
}

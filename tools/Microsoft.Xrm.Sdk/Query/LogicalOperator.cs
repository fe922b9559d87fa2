namespace Microsoft.Xrm.Sdk.Query;

/// <summary>How a filter combines its conditions and child filters.</summary>
public enum LogicalOperator
{
    /// <summary>All must hold.</summary>
    And = 0,

    /// <summary>At least one must hold.</summary>
    Or = 1,
}

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>How a <see cref="LinkEntity"/> joins its table.</summary>
public enum JoinOperator
{
    /// <summary>Inner join: only rows with a match.</summary>
    Inner = 0,

    /// <summary>Left outer join: every row, matched or not.</summary>
    LeftOuter = 1,

    /// <summary>Natural join: only one matching row is used.</summary>
    Natural = 2,

    /// <summary>Matches the first related row only, through CROSS APPLY.</summary>
    MatchFirstRowUsingCrossApply = 3,

    /// <summary>Filters rows to those with a match, through IN.</summary>
    In = 4,

    /// <summary>Filters rows to those with a match, through EXISTS.</summary>
    Exists = 5,

    /// <summary>Rows where any related row matches the link's criteria.</summary>
    Any = 6,

    /// <summary>Rows where no related row matches the link's criteria.</summary>
    NotAny = 7,

    /// <summary>Rows where related rows exist and none fails the link's criteria.</summary>
    All = 8,

    /// <summary>Rows where some related row fails the link's criteria.</summary>
    NotAll = 9,
}

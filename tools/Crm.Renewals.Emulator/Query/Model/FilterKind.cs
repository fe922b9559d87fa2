namespace Crm.Renewals.Emulator.Query.Model;

/// <summary>How the children of a filter combine.</summary>
internal enum FilterKind
{
    /// <summary>Every child must match.</summary>
    And,

    /// <summary>At least one child must match.</summary>
    Or,
}

namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>Approval authority, lowest to highest; the numeric order is the authority order.</summary>
public enum AuthorityLevel
{
    /// <summary>Customer success manager.</summary>
    Csm = 0,

    /// <summary>Manager.</summary>
    Manager = 1,

    /// <summary>Director.</summary>
    Director = 2,

    /// <summary>Vice president.</summary>
    Vp = 3,

    /// <summary>Executive.</summary>
    Executive = 4,
}

using System;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>Who owns a renewal opportunity, and why in plain words.</summary>
public sealed class OwnerDecision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="owner">The owner to assign.</param>
    /// <param name="role">CSM or sales.</param>
    /// <param name="reason">Why, in plain words.</param>
    public OwnerDecision(OwnerReference owner, RenewalOwnerRole role, string reason)
    {
        Owner = owner ?? throw new ArgumentNullException(nameof(owner));
        Role = role;
        Reason = reason ?? throw new ArgumentNullException(nameof(reason));
    }

    /// <summary>The owner to assign.</summary>
    public OwnerReference Owner { get; }

    /// <summary>CSM or sales.</summary>
    public RenewalOwnerRole Role { get; }

    /// <summary>Why, in plain words.</summary>
    public string Reason { get; }
}

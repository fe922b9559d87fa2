using System;
using Crm.Renewals.Plugins.Domain.Risk;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Risk;

/// <summary>What one operation did to an account's risk category, as the history and save plan need it.</summary>
public sealed class RiskChangeInput
{
    /// <summary>Creates the change.</summary>
    /// <param name="account">The account, with its name.</param>
    /// <param name="transition">The effective category before and after.</param>
    /// <param name="changedOn">When the change happened (UTC).</param>
    public RiskChangeInput(EntityReference account, RiskTransition transition, DateTime changedOn)
    {
        Account = account ?? throw new ArgumentNullException(nameof(account));
        Transition = transition ?? throw new ArgumentNullException(nameof(transition));
        ChangedOn = changedOn;
    }

    /// <summary>The account, with its name.</summary>
    public EntityReference Account { get; }

    /// <summary>The effective category before and after.</summary>
    public RiskTransition Transition { get; }

    /// <summary>When the change happened (UTC).</summary>
    public DateTime ChangedOn { get; }

    /// <summary>The account's owner (its CSM), who owns the save plan; null when unknown.</summary>
    public EntityReference? Owner { get; init; }

    /// <summary>The user who started the operation that changed the category; owns the history row.</summary>
    public EntityReference? ChangedBy { get; init; }

    /// <summary>The risk score after the operation.</summary>
    public int? Score { get; init; }

    /// <summary>The reasons after the operation, one per line.</summary>
    public string? Reasons { get; init; }
}

using System;
using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Risk;

/// <summary>
/// The CSM override columns of an account as an operation leaves them (the operation's values over the
/// stored ones), with what the operation itself wrote, which decides whether the override is being
/// recorded (and so checked) or merely carried along.
/// </summary>
public sealed record AccountOverrideInput
{
    /// <summary>No override, and none being recorded.</summary>
    public static AccountOverrideInput None { get; } = new();

    /// <summary>The override category after the operation, or null for no override.</summary>
    public RiskCategory? Category { get; init; }

    /// <summary>The justification after the operation.</summary>
    public string? Justification { get; init; }

    /// <summary>The end of validity after the operation (UTC), or null.</summary>
    public DateTime? Until { get; init; }

    /// <summary>The override category stored before the operation, or null.</summary>
    public RiskCategory? StoredCategory { get; init; }

    /// <summary>
    /// True when the operation changes at least one override column: the override is being recorded or
    /// removed. Re-sending the stored values (as integrations that send whole rows do) is no change.
    /// </summary>
    public bool IsEdited { get; init; }

    /// <summary>True when the operation writes the end of validity itself (even as empty).</summary>
    public bool IsUntilGiven { get; init; }
}

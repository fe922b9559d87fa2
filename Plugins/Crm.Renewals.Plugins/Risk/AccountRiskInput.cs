using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Risk;

/// <summary>What the risk evaluation of one account reads: its signals and its CSM override.</summary>
public sealed record AccountRiskInput
{
    /// <summary>The signals after the operation.</summary>
    public RiskSignals Signals { get; init; } = new();

    /// <summary>The override after the operation.</summary>
    public AccountOverrideInput Override { get; init; } = AccountOverrideInput.None;
}

using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Approvals;

/// <summary>What <c>crr_EvaluateConcession</c> judges: the concession as typed, and the risk of the renewal's account.</summary>
/// <param name="Save">The concession as typed, who asks and what is already approved.</param>
/// <param name="AccountRisk">The account's risk category, or null when the renewal, its account or the category is unknown.</param>
internal sealed record ConcessionEvaluationInput(ConcessionSaveInput Save, RiskCategory? AccountRisk);

using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Infrastructure.Configuration;

namespace Crm.Renewals.Plugins.Approvals;

/// <summary>
/// Main operation of the Custom API <c>crr_EvaluateConcession</c> (function): what the concession form shows while the
/// user types — the required level and why, the renewal's total discount, whether the caller may approve and if not
/// why, the problems to fix, and the guidance by the account's risk. Saves nothing; the gate decides the same way on save.
/// </summary>
public sealed class EvaluateConcessionPlugin : PluginBase
{
    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var input = ConcessionEvaluation.Read(context);
        ConcessionEvaluation.WriteResponse(context, input, Policies.Approval(context));
    }
}

using System.Linq;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Infrastructure.Configuration;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Risk;

/// <summary>
/// Main operation of the Custom API <c>crr_EvaluateAccountRisk</c> (function bound to account): returns
/// the category, computed category, score, reasons, override flag and evaluation time for the account's
/// stored signals, saving nothing; for forms and flows. Reads the account as the caller, so a user
/// gets an answer only for an account they may read.
/// </summary>
public sealed class EvaluateAccountRiskPlugin : PluginBase
{
    private static readonly string[] InputColumns = AccountRiskColumns.Inputs.ToArray();

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var reference = StepContext.TargetReference(execution);
        var account = context.UserService.Retrieve(Account.EntityLogicalName, reference.Id, new ColumnSet(InputColumns));
        var evaluation = AccountRiskService.Evaluate(AccountRiskMapper.ReadStored(account), context.Clock.UtcNow, Policies.Risk(context));
        AccountRiskMapper.WriteResponse(execution.OutputParameters, evaluation);
    }
}

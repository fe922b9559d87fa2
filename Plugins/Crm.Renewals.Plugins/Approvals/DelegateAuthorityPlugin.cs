using Crm.Renewals.Plugins.Infrastructure;

namespace Crm.Renewals.Plugins.Approvals;

/// <summary>
/// Main operation of the Custom API <c>crr_DelegateAuthority</c>: the initiating user lends their own approval authority,
/// up to the level they hold in their own right on every day of it, to a colleague for dated days. The row is written as
/// SYSTEM and marked delegated, so the colleague cannot lend it on; users without the administrator role have no other
/// way to write authorities.
/// </summary>
public sealed class DelegateAuthorityPlugin : PluginBase
{
    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var delegation = AuthorityDelegation.Read(context);
        var refusal = Domain.Approvals.AuthorityGranting.DelegationRefusal(
            delegation.Request, AuthorityRows.ActiveGrantsOf(context, context.PluginExecutionContext.InitiatingUserId), context.Clock.UtcNow);
        AuthorityDelegation.Write(context, delegation, refusal);
    }
}

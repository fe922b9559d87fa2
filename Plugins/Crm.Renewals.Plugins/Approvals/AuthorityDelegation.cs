using System;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Domain.Text;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Approvals;

/// <summary>Reads the request of <c>crr_DelegateAuthority</c>, and writes the delegated authority and the response.</summary>
internal static class AuthorityDelegation
{
    /// <summary>The delegation asked for, with the delegate's name.</summary>
    /// <exception cref="InvalidPluginExecutionException">The level is not an approval level, or the delegate is not an enabled user.</exception>
    public static PendingDelegation Read(ILocalPluginContext context)
    {
        var inputs = context.PluginExecutionContext.InputParameters;
        string levels = DomainText.Alternatives(Enum.GetValues(typeof(AuthorityLevel)).Cast<AuthorityLevel>()
            .Select(known => AuthorityLevels.DisplayName(known) + " (" + ConcessionOptions.ToOptionSetValue(known).Value + ")").ToList());
        var delegateUser = StepContext.Input<EntityReference>(inputs, DelegateAuthorityApi.RequestDelegate)
            ?? throw new InvalidPluginExecutionException(DelegateAuthorityApi.RequestDelegate + " is required: choose the colleague (a user) who approves for you.");
        var levelValue = StepContext.Input<OptionSetValue>(inputs, DelegateAuthorityApi.RequestLevel)
            ?? throw new InvalidPluginExecutionException(DelegateAuthorityApi.RequestLevel + " is required: use " + levels + ".");
        var level = ConcessionOptions.LevelOf(levelValue)
            ?? throw new InvalidPluginExecutionException(DelegateAuthorityApi.RequestLevel + " " + levelValue.Value + " is not an approval level: use " + levels + ".");
        // A query, not Retrieve: a Retrieve of a missing row would fail inside the transaction and doom it before this
        // plugin could say what to fix.
        var user = context.SystemService.RetrieveMultiple(UserQuery(delegateUser.Id)).Entities.FirstOrDefault();
        if (user is null || user.GetAttributeValue<bool>(SystemUser.IsDisabled))
        {
            throw new InvalidPluginExecutionException(
                "The delegate " + delegateUser.Id.ToString("D") + " is not an enabled user of this organization: choose a colleague who can sign in.");
        }

        var from = StepContext.Input<DateTime?>(inputs, DelegateAuthorityApi.RequestValidFrom);
        var to = StepContext.Input<DateTime?>(inputs, DelegateAuthorityApi.RequestValidTo)
            ?? throw new InvalidPluginExecutionException(DelegateAuthorityApi.RequestValidTo + " is required: the last day the colleague approves for you.");
        var request = new DelegationRequest(level, from, to, delegateUser.Id == context.PluginExecutionContext.InitiatingUserId);

        return new PendingDelegation(request, new EntityReference(SystemUser.EntityLogicalName, delegateUser.Id), user.GetAttributeValue<string>(SystemUser.FullName) ?? string.Empty);
    }

    /// <summary>Refuses with <paramref name="refusal"/>, or writes the delegated authority as SYSTEM and the response.</summary>
    /// <exception cref="InvalidPluginExecutionException">The delegation is refused.</exception>
    public static void Write(ILocalPluginContext context, PendingDelegation delegation, string? refusal)
    {
        if (refusal is not null)
        {
            throw new InvalidPluginExecutionException(refusal);
        }

        var request = delegation.Request;
        var from = (request.ValidFrom ?? context.Clock.UtcNow).Date;
        var level = AuthorityLevels.DisplayName(request.Level);
        var days = DomainText.Date(from) + " to " + DomainText.Date(request.ValidTo.Date);
        var id = context.SystemService.Create(new Entity(ApprovalAuthority.EntityLogicalName)
        {
            [ApprovalAuthority.Name] = delegation.DelegateName + " - " + level + " (delegated, " + days + ")",
            [ApprovalAuthority.User] = delegation.Delegate,
            [ApprovalAuthority.Level] = ConcessionOptions.ToOptionSetValue(request.Level),
            [ApprovalAuthority.IsActive] = true,
            [ApprovalAuthority.ValidFrom] = from,
            [ApprovalAuthority.ValidTo] = request.ValidTo.Date,
            [ApprovalAuthority.DelegatedBy] = new EntityReference(SystemUser.EntityLogicalName, context.PluginExecutionContext.InitiatingUserId),
        });
        var outputs = context.PluginExecutionContext.OutputParameters;
        outputs[DelegateAuthorityApi.ResponseAuthority] = new EntityReference(ApprovalAuthority.EntityLogicalName, id);
        outputs[DelegateAuthorityApi.ResponseMessage] = delegation.DelegateName + " approves as " + level + " from " + days + ", lent by you.";
        context.Trace("Delegated " + level + " to " + delegation.Delegate.Id + ", " + days + ".");
    }

    private static QueryExpression UserQuery(Guid userId)
    {
        var query = new QueryExpression(SystemUser.EntityLogicalName) { ColumnSet = new ColumnSet(SystemUser.FullName, SystemUser.IsDisabled) };
        query.Criteria.AddCondition(SystemUser.SystemUserId, ConditionOperator.Equal, userId);
        return query;
    }
}

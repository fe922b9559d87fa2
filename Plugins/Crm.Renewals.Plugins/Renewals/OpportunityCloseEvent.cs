using System;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// An opportunity closed as won or lost, read from whichever message closed it: <c>Win</c> or <c>Lose</c>
/// (the opportunity is named by the <c>OpportunityClose</c> activity's <c>opportunityid</c>), or an update
/// of <c>statecode</c> from Open to Won or Lost (SetState, an import, a flow: any other path).
/// </summary>
internal sealed class OpportunityCloseEvent
{
    /// <summary>Alias of the statecode image of the Update step.</summary>
    public const string StateImageAlias = "State";

    private OpportunityCloseEvent(Guid opportunityId, bool won)
    {
        OpportunityId = opportunityId;
        Won = won;
    }

    /// <summary>The opportunity that was closed.</summary>
    public Guid OpportunityId { get; }

    /// <summary>True when won, false when lost.</summary>
    public bool Won { get; }

    /// <summary>The close the context reports, or null when it reports none (e.g. an update that reopens or keeps the state).</summary>
    public static OpportunityCloseEvent? Read(IPluginExecutionContext context) => context.MessageName switch
    {
        SdkMessageNames.Win => FromCloseActivity(context, won: true),
        SdkMessageNames.Lose => FromCloseActivity(context, won: false),
        _ => FromStateChange(context),
    };

    private static OpportunityCloseEvent? FromCloseActivity(IPluginExecutionContext context, bool won) =>
        context.InputParameters.TryGetValue<Entity>(ParameterNames.OpportunityClose, out var close)
        && close?.GetAttributeValue<EntityReference>(Model.OpportunityClose.OpportunityId) is { } opportunity
            ? new OpportunityCloseEvent(opportunity.Id, won)
            : null;

    private static OpportunityCloseEvent? FromStateChange(IPluginExecutionContext context)
    {
        var before = StateOf(context.PreEntityImages);
        var after = StateOf(context.PostEntityImages);
        return before == OpportunityStateCodeChoice.Open && after is OpportunityStateCodeChoice.Won or OpportunityStateCodeChoice.Lost
            ? new OpportunityCloseEvent(context.PrimaryEntityId, after == OpportunityStateCodeChoice.Won)
            : null;
    }

    private static int? StateOf(EntityImageCollection images) =>
        images.TryGetValue(StateImageAlias, out var image) ? image.GetAttributeValue<OptionSetValue>(Opportunity.StateCode)?.Value : null;
}

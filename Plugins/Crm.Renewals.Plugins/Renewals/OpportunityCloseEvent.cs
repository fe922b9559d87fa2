using System;
using Crm.Renewals.Plugins.Infrastructure;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>
/// Which opportunity a close step is about: the <c>opportunityid</c> of a created <c>opportunityclose</c>
/// activity (Win and Lose create one), or the opportunity whose <c>statecode</c> an update moved from Open to Won
/// or Lost. Whether it was won or lost is read from the opportunity itself when the step runs, after the close
/// committed: the stored state is the truth, whichever path closed it.
/// </summary>
internal static class OpportunityCloseEvent
{
    /// <summary>Alias of the statecode image of the Update step.</summary>
    public const string StateImageAlias = "State";

    /// <summary>The closed opportunity's id, or null when the context reports no close (e.g. an update that keeps or reopens the state).</summary>
    /// <param name="context">The step's execution context.</param>
    /// <returns>The opportunity id or null.</returns>
    public static Guid? OpportunityId(IPluginExecutionContext context) =>
        context.PrimaryEntityName == OpportunityClose.EntityLogicalName ? FromCloseActivity(context) : FromStateChange(context);

    private static Guid? FromCloseActivity(IPluginExecutionContext context) =>
        StepContext.TargetEntity(context).GetAttributeValue<EntityReference>(OpportunityClose.OpportunityId)?.Id;

    private static Guid? FromStateChange(IPluginExecutionContext context)
    {
        var before = StateOf(context.PreEntityImages);
        var after = StateOf(context.PostEntityImages);
        return before == OpportunityStateCodeChoice.Open && after is OpportunityStateCodeChoice.Won or OpportunityStateCodeChoice.Lost
            ? context.PrimaryEntityId
            : null;
    }

    private static int? StateOf(EntityImageCollection images) =>
        images.TryGetValue(StateImageAlias, out var image) ? image.GetAttributeValue<OptionSetValue>(Opportunity.StateCode)?.Value : null;
}

using System;
using Crm.Renewals.Plugins.Domain.Tasks;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Mapping;

/// <summary>Maps <see cref="TaskMilestone"/> to the values of the global choice <c>crr_milestone</c> (<see cref="RenewalMilestoneChoice"/>) on tasks.</summary>
public static class MilestoneOptions
{
    /// <summary>The option value of a milestone.</summary>
    /// <param name="milestone">What the task is for.</param>
    /// <returns>Its value in <see cref="RenewalMilestoneChoice"/>.</returns>
    public static int ToValue(TaskMilestone milestone) => milestone switch
    {
        TaskMilestone.ReadinessReview => RenewalMilestoneChoice.T120InternalReadinessReview,
        TaskMilestone.RenewalKickoff => RenewalMilestoneChoice.T90RenewalKickoff,
        TaskMilestone.CustomerEngagement => RenewalMilestoneChoice.T60CustomerEngagement,
        TaskMilestone.Proposal => RenewalMilestoneChoice.T45Proposal,
        TaskMilestone.ProposalPresentation => RenewalMilestoneChoice.T30ProposalPresentationAndNegotiation,
        TaskMilestone.FinalNegotiation => RenewalMilestoneChoice.T14FinalNegotiationAndContract,
        TaskMilestone.FinalPush => RenewalMilestoneChoice.T7FinalPush,
        TaskMilestone.RenewalDay => RenewalMilestoneChoice.T0RenewalDay,
        TaskMilestone.LateStart => RenewalMilestoneChoice.LateStart,
        TaskMilestone.RedAccountReview => RenewalMilestoneChoice.RedAccountReviewMeeting,
        TaskMilestone.WinBack => RenewalMilestoneChoice.WinBack,
        TaskMilestone.PostSaveHealthCheck => RenewalMilestoneChoice.PostSaveHealthCheck,
        _ => throw new ArgumentOutOfRangeException(nameof(milestone), milestone, "This milestone has no option in the Renewal milestone choice."),
    };

    /// <summary>The milestone as a value to put into the choice column.</summary>
    /// <param name="milestone">What the task is for.</param>
    /// <returns>A new <see cref="OptionSetValue"/>.</returns>
    public static OptionSetValue ToOptionSetValue(TaskMilestone milestone) => new(ToValue(milestone));
}

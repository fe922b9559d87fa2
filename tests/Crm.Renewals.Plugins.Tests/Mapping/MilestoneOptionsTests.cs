using Crm.Renewals.Plugins.Domain.Tasks;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;

namespace Crm.Renewals.Plugins.Tests.Mapping;

public class MilestoneOptionsTests
{
    [Theory]
    [InlineData(TaskMilestone.ReadinessReview, RenewalMilestoneChoice.T120InternalReadinessReview)]
    [InlineData(TaskMilestone.RenewalKickoff, RenewalMilestoneChoice.T90RenewalKickoff)]
    [InlineData(TaskMilestone.CustomerEngagement, RenewalMilestoneChoice.T60CustomerEngagement)]
    [InlineData(TaskMilestone.Proposal, RenewalMilestoneChoice.T45Proposal)]
    [InlineData(TaskMilestone.ProposalPresentation, RenewalMilestoneChoice.T30ProposalPresentationAndNegotiation)]
    [InlineData(TaskMilestone.FinalNegotiation, RenewalMilestoneChoice.T14FinalNegotiationAndContract)]
    [InlineData(TaskMilestone.FinalPush, RenewalMilestoneChoice.T7FinalPush)]
    [InlineData(TaskMilestone.RenewalDay, RenewalMilestoneChoice.T0RenewalDay)]
    [InlineData(TaskMilestone.LateStart, RenewalMilestoneChoice.LateStart)]
    [InlineData(TaskMilestone.RedAccountReview, RenewalMilestoneChoice.RedAccountReviewMeeting)]
    [InlineData(TaskMilestone.WinBack, RenewalMilestoneChoice.WinBack)]
    [InlineData(TaskMilestone.PostSaveHealthCheck, RenewalMilestoneChoice.PostSaveHealthCheck)]
    public void ToValue_EachMilestone_IsItsOption(TaskMilestone milestone, int value)
    {
        Assert.Equal(value, MilestoneOptions.ToValue(milestone));
        Assert.Equal(value, MilestoneOptions.ToOptionSetValue(milestone).Value);
    }

    [Fact]
    public void ToValue_EveryMilestone_HasADistinctOption()
    {
        var values = Enum.GetValues<TaskMilestone>().Select(MilestoneOptions.ToValue).ToArray();

        Assert.Equal(values.Length, values.Distinct().Count());
    }
}

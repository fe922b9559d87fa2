using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Tasks;

namespace Crm.Renewals.Plugins.Tests.Domain.Renewals;

public class RenewalMilestonesTests
{
    [Fact]
    public void All_Milestones_FollowTheSpecTableInOrder()
    {
        Assert.Equal(
            new[]
            {
                TaskMilestone.ReadinessReview, TaskMilestone.RenewalKickoff, TaskMilestone.CustomerEngagement, TaskMilestone.Proposal,
                TaskMilestone.ProposalPresentation, TaskMilestone.FinalNegotiation, TaskMilestone.FinalPush, TaskMilestone.RenewalDay,
            },
            RenewalMilestones.All.Select(m => m.Milestone));
        Assert.Equal(RenewalPolicy.Default.MilestoneOffsetsDays.Count, RenewalMilestones.All.Count);
        Assert.All(RenewalMilestones.All, m => Assert.False(string.IsNullOrWhiteSpace(m.Description)));
    }

    [Theory]
    [InlineData(TaskMilestone.ReadinessReview, "stakeholder map (users, champion, economic buyer, decision maker, procurement, legal, IT)")] // T-120
    [InlineData(TaskMilestone.Proposal, "internal approvals per the authority matrix")] // T-45
    [InlineData(TaskMilestone.FinalPush, "escalate to an executive if the renewal is stuck")] // T-7
    [InlineData(TaskMilestone.RenewalDay, "record the next term")] // T-0
    public void All_Descriptions_SayWhatTheMilestoneAsksFor(TaskMilestone milestone, string expected)
    {
        Assert.Contains(expected, RenewalMilestones.All.Single(m => m.Milestone == milestone).Description, StringComparison.Ordinal);
    }
}

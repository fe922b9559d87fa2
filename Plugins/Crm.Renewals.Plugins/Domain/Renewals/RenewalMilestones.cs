using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Tasks;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>
/// The T-120 … T-0 milestone table of spec §3 (source 001). Their offsets in days are
/// configuration (<see cref="RenewalPolicy.MilestoneOffsetsDays"/>, same order); titles and
/// descriptions are the product's wording.
/// </summary>
public static class RenewalMilestones
{
    /// <summary>How a point in the timeline is written: "T-120" for 120 days before the end date.</summary>
    /// <param name="daysBeforeEnd">Days before the contract's end date.</param>
    /// <returns>The label.</returns>
    public static string Label(int daysBeforeEnd) => "T-" + DomainText.Number(daysBeforeEnd);

    /// <summary>Every milestone, earliest first.</summary>
    public static IReadOnlyList<MilestoneDefinition> All { get; } = new[]
    {
        new MilestoneDefinition(
            TaskMilestone.ReadinessReview,
            "Internal readiness review",
            "Account review, health verification, value documentation, stakeholder map (users, champion, economic buyer, "
                + "decision maker, procurement, legal, IT); choose the renewal strategy."),
        new MilestoneDefinition(
            TaskMilestone.RenewalKickoff,
            "Renewal kickoff",
            "Internal kickoff, finish the relationship map, expansion assessment, risk mitigation plan."),
        new MilestoneDefinition(
            TaskMilestone.CustomerEngagement,
            "Customer engagement",
            "Renewal notice to the champion and the economic buyer, value review meeting, preliminary terms (1/2/3-year)."),
        new MilestoneDefinition(
            TaskMilestone.Proposal,
            "Proposal",
            "Proposal and pricing (flat / volume / 3–10 % uplift / multi-year 10–20 % off); internal approvals per the authority matrix."),
        new MilestoneDefinition(
            TaskMilestone.ProposalPresentation,
            "Proposal presentation & negotiation",
            "Present the proposal, handle objections, engage the decision maker, agree the timeline."),
        new MilestoneDefinition(
            TaskMilestone.FinalNegotiation,
            "Final negotiation & contract",
            "Final terms, contract generation, approval workflow, signatures, payment terms."),
        new MilestoneDefinition(
            TaskMilestone.FinalPush,
            "Final push",
            "Daily check-ins; escalate to an executive if the renewal is stuck."),
        new MilestoneDefinition(
            TaskMilestone.RenewalDay,
            "Renewal day",
            "Signed contract, payment, close the opportunity as won, record the next term."),
    };
}

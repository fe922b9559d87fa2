using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Crm.Renewals.Plugins.Tests.Approvals;

/// <summary>The approval gate through the emulated pipeline, as users with the solution's roles.</summary>
public sealed class ConcessionGatePluginTests
{
    [Fact]
    public void Create_SubmittedByACsm_ServerWritesRequesterLevelAndASubmittedStep()
    {
        var s = new ConcessionScenario();

        var id = s.Submit(s.Csm, 5m);

        var row = s.Row(id);
        Assert.Equal(s.Csm.Id, row.GetAttributeValue<EntityReference>(Concession.RequestedBy).Id);
        Assert.Equal(AuthorityLevelChoice.CSM, row.GetAttributeValue<OptionSetValue>(Concession.RequiredLevel).Value);
        var step = Assert.Single(s.Chain(id));
        Assert.Equal(ApprovalActionChoice.Submitted, step.GetAttributeValue<OptionSetValue>(ConcessionApprovalStep.Action).Value);
        Assert.Equal(s.Csm.Id, step.GetAttributeValue<EntityReference>(ConcessionApprovalStep.ActionBy).Id);
        Assert.Equal(AuthorityLevelChoice.CSM, step.GetAttributeValue<OptionSetValue>(ConcessionApprovalStep.Level).Value);
        Assert.Equal("A discount of 5% requires CSM", step[ConcessionApprovalStep.Comment]);
    }

    [Fact]
    public void Update_ApprovedByAManagerWithinTheBand_StampsApprovalAndAddsAnApprovedStep()
    {
        var s = new ConcessionScenario();
        var id = s.Submit(s.Csm, 5m);

        s.Approve(s.Manager, id);

        var row = s.Row(id);
        Assert.Equal(ConcessionStatusChoice.Approved, s.StatusOf(id));
        Assert.Equal(s.Manager.Id, row.GetAttributeValue<EntityReference>(Concession.ApprovedBy).Id);
        Assert.Equal(s.Org.Clock.UtcNow, row.GetAttributeValue<DateTime>(Concession.ApprovedOn));
        Assert.Equal(
            new[] { ApprovalActionChoice.Submitted, ApprovalActionChoice.Approved },
            s.Chain(id).Select(step => step.GetAttributeValue<OptionSetValue>(ConcessionApprovalStep.Action).Value));
    }

    // Rejecting grants nothing, so it needs no authority level; the chain records who rejected and at what level.
    [Fact]
    public void Update_RejectedByAManager_AddsARejectedStepAndNoApproval()
    {
        var s = new ConcessionScenario();
        var id = s.Submit(s.Csm, 20m);

        s.Org.ServiceFor(s.Manager).Update(new Entity(Concession.EntityLogicalName, id) { [Concession.ConcessionStatus] = new OptionSetValue(ConcessionStatusChoice.Rejected) });

        Assert.Equal(ConcessionStatusChoice.Rejected, s.StatusOf(id));
        Assert.Null(s.Row(id).GetAttributeValue<EntityReference>(Concession.ApprovedBy));
        var step = s.Chain(id)[^1];
        Assert.Equal(ApprovalActionChoice.Rejected, step.GetAttributeValue<OptionSetValue>(ConcessionApprovalStep.Action).Value);
        Assert.Equal(s.Manager.Id, step.GetAttributeValue<EntityReference>(ConcessionApprovalStep.ActionBy).Id);
        Assert.Equal(AuthorityLevelChoice.Manager, step.GetAttributeValue<OptionSetValue>(ConcessionApprovalStep.Level).Value);
    }

    // Five 5 % requests cannot slip past a manager: the second is judged on the renewal's total of 10 %.
    [Fact]
    public void Update_SecondFivePercentApprovedByACsm_RefusedBecauseTheTotalNeedsAManager()
    {
        var s = new ConcessionScenario();
        var first = s.Submit(s.Csm, 5m);
        s.Approve(s.CsmApprover, first);
        var second = s.Submit(s.Csm, 5m);

        var fault = Assert.Throws<InvalidPluginExecutionException>(() => s.Approve(s.CsmApprover, second));

        Assert.Contains("Requires Manager; you are a CSM.", fault.Message, StringComparison.Ordinal);
        Assert.Contains("A total discount of 10% on this renewal (5% already approved + 5% here) requires Manager", fault.Message, StringComparison.Ordinal);
        Assert.Equal(ConcessionStatusChoice.Submitted, s.StatusOf(second));
        Assert.Single(s.Chain(second)); // the refused approval left no step
        s.Approve(s.Manager, second);
        Assert.Equal(ConcessionStatusChoice.Approved, s.StatusOf(second));
    }

    [Fact]
    public void Update_RequesterApprovesOwnConcession_Refused()
    {
        var s = new ConcessionScenario();
        var id = s.Submit(s.Manager, 5m);

        var fault = Assert.Throws<InvalidPluginExecutionException>(() => s.Approve(s.Manager, id));

        Assert.Contains("you requested this concession, so someone else must approve it", fault.Message, StringComparison.Ordinal);
        Assert.Equal(ConcessionStatusChoice.Submitted, s.StatusOf(id));
    }

    // The import path: a row created already Approved goes through the same check as an approval, and whoever
    // creates it is its requester, so even a director cannot create an approved 5 % discount.
    [Fact]
    public void Create_AlreadyApproved_RefusedAsSelfApprovalAndNothingSaved()
    {
        var s = new ConcessionScenario();

        var fault = Assert.Throws<InvalidPluginExecutionException>(() => s.Org.ServiceFor(s.Director).Create(s.Discount(5m, ConcessionStatusChoice.Approved)));

        Assert.Contains("Requires CSM; you requested this concession, so someone else must approve it.", fault.Message, StringComparison.Ordinal);
        Assert.Empty(s.Org.Rows(Concession.EntityLogicalName));
        Assert.Empty(s.Org.Rows(ConcessionApprovalStep.EntityLogicalName));
    }

    [Fact]
    public void Update_ApprovedBySetDirectly_IgnoredAndNotApproved()
    {
        var s = new ConcessionScenario();
        var id = s.Submit(s.Csm, 5m);

        s.Org.ServiceFor(s.Csm).Update(new Entity(Concession.EntityLogicalName, id)
        {
            [Concession.ApprovedBy] = s.Director,
            [Concession.ApprovedOn] = s.Org.Clock.UtcNow,
            [Concession.RequiredLevel] = new OptionSetValue(AuthorityLevelChoice.Executive),
        });

        var row = s.Row(id);
        Assert.Null(row.GetAttributeValue<EntityReference>(Concession.ApprovedBy));
        Assert.Null(row.GetAttributeValue<DateTime?>(Concession.ApprovedOn));
        Assert.Equal(AuthorityLevelChoice.CSM, row.GetAttributeValue<OptionSetValue>(Concession.RequiredLevel).Value);
        Assert.Equal(ConcessionStatusChoice.Submitted, s.StatusOf(id));
    }

    [Fact]
    public void Update_DiscountRaisedAfterApproval_BackToSubmittedApprovalClearedAndStepAdded()
    {
        var s = new ConcessionScenario();
        var id = s.Submit(s.Csm, 5m);
        s.Approve(s.Manager, id);

        s.Org.ServiceFor(s.Csm).Update(new Entity(Concession.EntityLogicalName, id) { [Concession.DiscountPercent] = 8m });

        var row = s.Row(id);
        Assert.Equal(ConcessionStatusChoice.Submitted, s.StatusOf(id));
        Assert.Null(row.GetAttributeValue<EntityReference>(Concession.ApprovedBy));
        Assert.Equal(AuthorityLevelChoice.Manager, row.GetAttributeValue<OptionSetValue>(Concession.RequiredLevel).Value);
        var last = s.Chain(id)[^1];
        Assert.Equal(ApprovalActionChoice.ReturnedToSubmitted, last.GetAttributeValue<OptionSetValue>(ConcessionApprovalStep.Action).Value);
        Assert.Equal("The discount changed from 5% to 8% after approval: the concession is back to Submitted and needs a new approval.", last[ConcessionApprovalStep.Comment]);
    }

    [Fact]
    public void Create_MissingTieToAndSunset_RefusedListingEveryColumnAndNothingSaved()
    {
        var s = new ConcessionScenario();
        var concession = s.Discount(12m);
        concession[Concession.TiedTo] = null;
        concession[Concession.Sunset] = null;

        var fault = Assert.Throws<InvalidPluginExecutionException>(() => s.Org.ServiceFor(s.Csm).Create(concession));

        Assert.StartsWith("This concession cannot be saved. Tied to (crr_tiedto): ", fault.Message, StringComparison.Ordinal);
        Assert.Contains(" Sunset (crr_sunset): ", fault.Message, StringComparison.Ordinal);
        Assert.Empty(s.Org.Rows(Concession.EntityLogicalName));
    }

    [Theory]
    [InlineData(-10, -1)] // a delegation that ended yesterday
    [InlineData(1, 10)] // a delegation that starts tomorrow
    public void Update_DelegationNotValidToday_RefusedAtTheUsersOwnLevel(int fromDays, int toDays)
    {
        var s = new ConcessionScenario();
        var today = s.Org.Clock.Today;
        ApprovalAuthorities.Grant(s.Org, s.Manager, AuthorityLevel.Director, today.AddDays(fromDays), today.AddDays(toDays));
        var id = s.Submit(s.Csm, 20m);

        var fault = Assert.Throws<InvalidPluginExecutionException>(() => s.Approve(s.Manager, id));

        Assert.Contains("Requires Director; you are a Manager.", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_DelegationValidToday_Approves()
    {
        var s = new ConcessionScenario();
        var today = s.Org.Clock.Today;
        ApprovalAuthorities.Grant(s.Org, s.Manager, AuthorityLevel.Director, today, today);
        var id = s.Submit(s.Csm, 20m);

        s.Approve(s.Manager, id);

        Assert.Equal(ConcessionStatusChoice.Approved, s.StatusOf(id));
        Assert.Equal(AuthorityLevelChoice.Director, s.Chain(id)[^1].GetAttributeValue<OptionSetValue>(ConcessionApprovalStep.Level).Value);
    }

    // A plugin running as SYSTEM approves on the CSM's behalf: the gate judges the initiating user (the requester).
    [Fact]
    public void Update_SystemContextPluginApprovesForTheRequester_RefusedAndTheWholeOperationRolledBack()
    {
        var s = new ConcessionScenario();
        SystemApproverPlugin.RegisterOn(s.Org);
        var id = s.Submit(s.Csm, 5m);

        var fault = Assert.Throws<InvalidPluginExecutionException>(() =>
            s.Org.ServiceFor(s.Csm).Update(new Entity(Opportunity.EntityLogicalName, s.Renewal.Id) { [Opportunity.Name] = "Renewal 2027 (negotiating)" }));

        Assert.Contains("you requested this concession, so someone else must approve it", fault.Message, StringComparison.Ordinal);
        Assert.Equal(ConcessionStatusChoice.Submitted, s.StatusOf(id));
        Assert.Equal("Renewal 2027", s.Org.Find(Opportunity.EntityLogicalName, s.Renewal.Id)![Opportunity.Name]);
    }
    // Two CSM-level approvals of 5% each, racing: each judged alone is within a CSM's 5%, together they are 10% and
    // need a manager. The rival is approved between the gate's judgement of the first and its write; the first then
    // carries the same approval sequence on the renewal, which its key refuses, so the total a CSM approved stays 5%.
    [Fact]
    public void Update_SecondApprovalJudgedOnAStaleTotal_RefusedByTheRenewalsApprovalKey()
    {
        var s = new ConcessionScenario();
        var first = s.Submit(s.Csm, 5m);
        var rival = s.Submit(s.Csm, 5m);
        RivalApproverPlugin.RegisterOn(s.Org, rival);

        var fault = Assert.Throws<OrganizationFaultException>(() => s.Approve(s.CsmApprover, first));

        Assert.Contains(Concession.KeyRenewalOpportunityApprovalSequence, fault.Message, StringComparison.Ordinal);
        Assert.Equal(ConcessionStatusChoice.Submitted, s.StatusOf(first));
    }

    [Fact]
    public void Update_ApprovalsOnARenewal_TakeIncreasingSequencesKeptWhenSentBack()
    {
        var s = new ConcessionScenario();
        var first = s.Submit(s.Csm, 5m);
        var second = s.Submit(s.Csm, 5m);
        s.Approve(s.Manager, first);
        s.Org.ServiceFor(s.Csm).Update(new Entity(Concession.EntityLogicalName, first) { [Concession.DiscountPercent] = 4m });

        s.Approve(s.Manager, second);

        Assert.Equal(ConcessionStatusChoice.Submitted, s.StatusOf(first));
        Assert.Equal(1, s.Row(first).GetAttributeValue<int?>(Concession.ApprovalSequence));
        Assert.Equal(2, s.Row(second).GetAttributeValue<int?>(Concession.ApprovalSequence));
    }
    // A bulk edit (ExecuteMultiple, as the grid's bulk edit and import tools send) runs every item through the gate as
    // its own save: with CSM authority the first 5% passes and each further one meets the renewal's growing total.
    [Fact]
    public void ExecuteMultiple_FiveSplitApprovalsWithCsmAuthority_OnlyTheFirstIsApproved()
    {
        var s = new ConcessionScenario();
        var ids = Enumerable.Range(0, 5).Select(_ => s.Submit(s.Csm, 5m)).ToArray();
        var requests = new OrganizationRequestCollection();
        requests.AddRange(ids.Select(id => new UpdateRequest
        {
            Target = new Entity(Concession.EntityLogicalName, id) { [Concession.ConcessionStatus] = new OptionSetValue(ConcessionStatusChoice.Approved) },
        }));

        var response = (ExecuteMultipleResponse)s.Org.ServiceFor(s.CsmApprover).Execute(new ExecuteMultipleRequest
        {
            Requests = requests,
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = false },
        });

        Assert.Equal(new[] { 1, 2, 3, 4 }, response.Responses.Select(item => item.RequestIndex));
        Assert.All(response.Responses, item => Assert.Contains("requires Manager", item.Fault.Message, StringComparison.Ordinal));
        Assert.Equal(
            new[] { ConcessionStatusChoice.Approved, ConcessionStatusChoice.Submitted, ConcessionStatusChoice.Submitted, ConcessionStatusChoice.Submitted, ConcessionStatusChoice.Submitted },
            ids.Select(s.StatusOf));
    }
    // The moved concession's number (1) is taken on the other renewal too: it takes that renewal's next one instead.
    [Fact]
    public void Update_ApprovedConcessionMovedToARenewalUsingItsSequence_BackToSubmittedWithThatRenewalsNextSequence()
    {
        var s = new ConcessionScenario();
        var other = new Entity(Opportunity.EntityLogicalName, Guid.NewGuid()) { [Opportunity.Name] = "Renewal 2028", [Opportunity.OwnerId] = s.Csm };
        s.Org.Seed(other);
        var moved = s.Submit(s.Csm, 5m);
        var onOther = s.Discount(5m);
        onOther[Concession.RenewalOpportunity] = other.ToEntityReference();
        var there = s.Org.ServiceFor(s.Csm).Create(onOther);
        s.Approve(s.Manager, moved);
        s.Approve(s.Manager, there);

        s.Org.ServiceFor(s.Csm).Update(new Entity(Concession.EntityLogicalName, moved) { [Concession.RenewalOpportunity] = other.ToEntityReference() });

        Assert.Equal(ConcessionStatusChoice.Submitted, s.StatusOf(moved));
        Assert.Equal(2, s.Row(moved).GetAttributeValue<int?>(Concession.ApprovalSequence));
    }
}

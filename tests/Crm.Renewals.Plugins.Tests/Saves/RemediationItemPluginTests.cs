using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Tests.Renewals;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Saves;

/// <summary>The remediation item step through the emulated pipeline.</summary>
public sealed class RemediationItemPluginTests
{
    [Fact]
    public void Create_WithoutOwnerDueDateOrMetric_RefusedListingAllThreeAndNothingSaved()
    {
        var s = RenewalScenario.Create();

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => s.Org.Service.Create(new Entity(RemediationItem.EntityLogicalName) { [RemediationItem.Name] = "Fix onboarding" }));

        Assert.Equal(
            "The remediation item cannot be saved: Choose the action owner: the person who makes the fix happen. Enter the due date. "
            + "Describe the success metric: how you will know the fix worked (e.g. \"weekly active users back above 80%\").",
            refusal.Message);
        Assert.Empty(s.Org.Rows(RemediationItem.EntityLogicalName));
    }

    [Fact]
    public void Create_DueYesterday_RefusedNamingTheDate()
    {
        var s = RenewalScenario.Create();

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => s.Org.Service.Create(Item(s, s.Today.AddDays(-1))));

        Assert.Contains("The due date " + s.Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " is in the past", refusal.Message, StringComparison.Ordinal);
    }

    // A stored due date may pass; editing the item's status then must still work.
    [Fact]
    public void Update_OtherColumnOnceTheDueDateHasPassed_Saved()
    {
        var s = RenewalScenario.Create();
        var id = s.Org.Service.Create(Item(s, s.Today.AddDays(3)));
        s.AdvanceDays(10);

        s.Org.Service.Update(new Entity(RemediationItem.EntityLogicalName, id) { [RemediationItem.Fix] = "Second onboarding session booked" });

        Assert.Equal("Second onboarding session booked", s.Org.Find(RemediationItem.EntityLogicalName, id)![RemediationItem.Fix]);
    }

    private static Entity Item(RenewalScenario s, DateTime due) => new(RemediationItem.EntityLogicalName)
    {
        [RemediationItem.Name] = "Fix onboarding",
        [RemediationItem.ActionOwner] = s.Csm,
        [RemediationItem.DueDate] = due,
        [RemediationItem.SuccessMetric] = "Weekly active users back above 80%",
    };
}

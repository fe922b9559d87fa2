using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Approvals;

/// <summary>The approval chain's guard through the emulated pipeline.</summary>
public sealed class ApprovalStepGuardPluginTests
{
    // Roles already keep CSMs and managers out (SecurityPromiseTests); this is the System Administrator's path.
    [Fact]
    public void UpdateStep_AsSystemAdministrator_RefusedAndTheStepKept()
    {
        var s = new ConcessionScenario();
        var id = s.Submit(s.Csm, 5m);
        var step = Assert.Single(s.Chain(id));

        var fault = Assert.Throws<InvalidPluginExecutionException>(() =>
            s.Org.Service.Update(new Entity(step.LogicalName, step.Id) { [ConcessionApprovalStep.ActionBy] = s.Director }));

        Assert.StartsWith("Approval chain steps cannot be changed", fault.Message, StringComparison.Ordinal);
        Assert.Equal(s.Csm.Id, s.Org.Find(step.LogicalName, step.Id)!.GetAttributeValue<EntityReference>(ConcessionApprovalStep.ActionBy).Id);
    }

    [Fact]
    public void DeleteConcession_AsSystemAdministrator_RemovesItsChainByCascade()
    {
        var s = new ConcessionScenario();
        var id = s.Submit(s.Csm, 5m);

        s.Org.Service.Delete(Concession.EntityLogicalName, id);

        Assert.Empty(s.Chain(id));
    }
    // The Renewals Administrator role holds Delete on steps (a concession's cascade needs it); the guard keeps a step
    // from being deleted on its own by them or by a System Administrator.
    [Theory]
    [InlineData("system administrator")]
    [InlineData("Renewals Administrator")]
    public void DeleteStep_OnItsOwn_RefusedAndTheStepKept(string who)
    {
        var s = new ConcessionScenario();
        var id = s.Submit(s.Csm, 5m);
        var step = Assert.Single(s.Chain(id));
        var service = who == "system administrator" ? s.Org.Service : s.Org.ServiceFor(SolutionUsers.Create(s.Org, "Avery Admin", who));

        var fault = Assert.Throws<InvalidPluginExecutionException>(() => service.Delete(step.LogicalName, step.Id));

        Assert.StartsWith("Approval chain steps cannot be deleted", fault.Message, StringComparison.Ordinal);
        Assert.NotNull(s.Org.Find(step.LogicalName, step.Id));
    }
}

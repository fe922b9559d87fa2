using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Tests.Infrastructure;
using Crm.Renewals.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Plugins.Tests.Approvals;

/// <summary>
/// A renewal and the people who negotiate it, each with the solution's roles (not System Administrator) and an
/// approval authority, on a Red account: a CSM who requests, an approver who holds only CSM authority, a manager and a director.
/// </summary>
internal sealed class ConcessionScenario
{
    public ConcessionScenario()
    {
        Org = SolutionOrganization.Create();
        Csm = Person("Casey Csm", "Renewals CSM", AuthorityLevel.Csm);
        CsmApprover = Person("Charlie Lead", "Renewals Manager", AuthorityLevel.Csm);
        Manager = Person("Morgan Manager", "Renewals Manager", AuthorityLevel.Manager);
        Director = Person("Dana Director", "Renewals Manager", AuthorityLevel.Director);
        var account = new Entity(Account.EntityLogicalName, Guid.NewGuid())
        {
            [Account.Name] = "Contoso",
            [Account.RiskCategory] = new OptionSetValue(RiskCategoryChoice.Red),
            [Account.OwnerId] = Csm,
        };
        var renewal = new Entity(Opportunity.EntityLogicalName, Guid.NewGuid())
        {
            [Opportunity.Name] = "Renewal 2027",
            [Opportunity.OwnerId] = Csm,
            [Opportunity.ParentAccountId] = account.ToEntityReference(),
        };
        Org.Seed(account, renewal);
        Renewal = renewal.ToEntityReference();
    }

    public OrganizationEmulator Org { get; }

    public EntityReference Csm { get; }

    public EntityReference CsmApprover { get; }

    public EntityReference Manager { get; }

    public EntityReference Director { get; }

    public EntityReference Renewal { get; }

    /// <summary>A price discount tied to a commitment, on the renewal, with the given status.</summary>
    public Entity Discount(decimal percent, int status = ConcessionStatusChoice.Submitted) => new(Concession.EntityLogicalName)
    {
        [Concession.Name] = percent + "% discount",
        [Concession.ConcessionType] = new OptionSetValue(ConcessionTypeChoice.PriceDiscount),
        [Concession.DiscountPercent] = percent,
        [Concession.TiedTo] = "3-year commitment",
        [Concession.Sunset] = percent > 10m ? "year 1 only" : null,
        [Concession.ConcessionStatus] = new OptionSetValue(status),
        [Concession.RenewalOpportunity] = Renewal,
    };

    public Guid Submit(EntityReference user, decimal percent) => Org.ServiceFor(user).Create(Discount(percent));

    public void Approve(EntityReference user, Guid concession) =>
        Org.ServiceFor(user).Update(new Entity(Concession.EntityLogicalName, concession) { [Concession.ConcessionStatus] = new OptionSetValue(ConcessionStatusChoice.Approved) });

    public Entity Row(Guid concession) => Org.Find(Concession.EntityLogicalName, concession)!;

    public IReadOnlyList<Entity> Chain(Guid concession) =>
        Org.Rows(ConcessionApprovalStep.EntityLogicalName)
            .Where(step => step.GetAttributeValue<EntityReference>(ConcessionApprovalStep.Concession)?.Id == concession)
            .OrderBy(step => step.GetAttributeValue<DateTime>(ConcessionApprovalStep.ActionOn))
            .ToArray();

    public int StatusOf(Guid concession) => Row(concession).GetAttributeValue<OptionSetValue>(Concession.ConcessionStatus).Value;

    private EntityReference Person(string name, string role, AuthorityLevel level)
    {
        var user = SolutionUsers.Create(Org, name, role);
        ApprovalAuthorities.Grant(Org, user, level);
        return user;
    }
}

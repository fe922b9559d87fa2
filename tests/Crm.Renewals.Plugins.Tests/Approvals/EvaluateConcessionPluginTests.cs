using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Approvals;

/// <summary>The Custom API <c>crr_EvaluateConcession</c> through the emulated pipeline, as users with the solution's roles.</summary>
public sealed class EvaluateConcessionPluginTests
{
    [Fact]
    public void Execute_TypedDiscountOnARenewalWithAnApprovedOne_TotalLevelRefusalAndGuidanceByRisk()
    {
        var s = new ConcessionScenario();
        s.Approve(s.Manager, s.Submit(s.Csm, 5m));

        var response = Evaluate(s, s.Csm, new()
        {
            [EvaluateConcessionApi.RequestConcessionType] = new OptionSetValue(ConcessionTypeChoice.PriceDiscount),
            [EvaluateConcessionApi.RequestDiscountPercent] = 8m,
            [EvaluateConcessionApi.RequestRenewalOpportunity] = s.Renewal,
        });

        Assert.Equal(AuthorityLevelChoice.Manager, ((OptionSetValue)response[EvaluateConcessionApi.ResponseRequiredLevel]).Value);
        Assert.Equal(13m, response[EvaluateConcessionApi.ResponseTotalDiscountPercent]);
        Assert.False((bool)response[EvaluateConcessionApi.ResponseCanApprove]);
        Assert.Equal(
            "A total discount of 13% on this renewal (5% already approved + 8% here) requires Manager\nRequires Manager; you requested this concession, so someone else must approve it.",
            response[EvaluateConcessionApi.ResponseReasons]);
        Assert.Equal("", response[EvaluateConcessionApi.ResponseMessages]);
        Assert.Equal("High-risk account (Red): discounts of 25–30% are usual. Don't discount when the problem is not price.", response[EvaluateConcessionApi.ResponseGuidance]);
        Assert.DoesNotContain(s.Org.Rows(Concession.EntityLogicalName), row => row.GetAttributeValue<decimal?>(Concession.DiscountPercent) == 8m); // saves nothing
    }

    [Fact]
    public void Execute_ManagerOnACsmsStoredConcession_CanApproveExcludingItselfFromTheTotal()
    {
        var s = new ConcessionScenario();
        var id = s.Submit(s.Csm, 12m);

        var response = Evaluate(s, s.Manager, new()
        {
            [EvaluateConcessionApi.RequestConcession] = new EntityReference(Concession.EntityLogicalName, id),
            [EvaluateConcessionApi.RequestConcessionType] = new OptionSetValue(ConcessionTypeChoice.PriceDiscount),
        });

        Assert.True((bool)response[EvaluateConcessionApi.ResponseCanApprove]);
        Assert.Equal(12m, response[EvaluateConcessionApi.ResponseTotalDiscountPercent]);
        Assert.EndsWith("Requires Manager; you are a Manager, so you can approve it.", (string)response[EvaluateConcessionApi.ResponseReasons], StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_TypedAboveTheSunsetThresholdOnAStoredConcessionWithoutSunset_MessageNamesTheColumnAndCannotApprove()
    {
        var s = new ConcessionScenario();
        var id = s.Submit(s.Csm, 5m);

        var response = Evaluate(s, s.Director, new()
        {
            [EvaluateConcessionApi.RequestConcession] = new EntityReference(Concession.EntityLogicalName, id),
            [EvaluateConcessionApi.RequestConcessionType] = new OptionSetValue(ConcessionTypeChoice.PriceDiscount),
            [EvaluateConcessionApi.RequestDiscountPercent] = 18m,
        });

        Assert.StartsWith("Sunset (crr_sunset): Discounts above 10% need a sunset", (string)response[EvaluateConcessionApi.ResponseMessages], StringComparison.Ordinal);
        Assert.False((bool)response[EvaluateConcessionApi.ResponseCanApprove]);
        Assert.Equal(AuthorityLevelChoice.Director, ((OptionSetValue)response[EvaluateConcessionApi.ResponseRequiredLevel]).Value);
    }

    [Fact]
    public void Execute_DiscountOutOfRange_MessageSaysTheRange()
    {
        var s = new ConcessionScenario();

        var response = Evaluate(s, s.Csm, new()
        {
            [EvaluateConcessionApi.RequestConcessionType] = new OptionSetValue(ConcessionTypeChoice.PriceDiscount),
            [EvaluateConcessionApi.RequestDiscountPercent] = 120m,
        });

        Assert.Equal("Discount % (crr_discountpercent): The discount must be from 0% to 100%; it is 120%.", response[EvaluateConcessionApi.ResponseMessages]);
        Assert.Equal(
            "The account's risk is not evaluated yet. Usual discounts: low risk 5–10%, medium risk 15–20%, high risk 25–30%. Don't discount when the problem is not price.",
            response[EvaluateConcessionApi.ResponseGuidance]);
    }

    private static ParameterCollection Evaluate(ConcessionScenario s, EntityReference caller, ParameterCollection parameters)
    {
        var request = new OrganizationRequest(EvaluateConcessionApi.MessageName);
        request.Parameters.AddRange(parameters);
        return s.Org.ServiceFor(caller).Execute(request).Results;
    }
}

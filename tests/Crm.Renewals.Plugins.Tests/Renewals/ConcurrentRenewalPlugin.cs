using System.Globalization;
using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Renewals;

/// <summary>
/// Plays a concurrent process for race tests: registered after every query of opportunities, it creates
/// the renewal of one contract term after the generator's <c>n</c>th check for existing renewals (the query without
/// links; the open-renewal follow before it links contract and account): after the first, it is a generation that
/// got there before this one took the contract; after the second (the check once the contract is taken), one that
/// did not take it (a generation outside a transaction).
/// </summary>
public sealed class ConcurrentRenewalPlugin : IPlugin
{
    private const string DateFormat = "yyyy-MM-dd";
    private static readonly Guid StepId = new("5d0c7c55-8d0e-4a57-9a3e-2f3f5f3e4b61");

    private readonly Guid contractId;
    private readonly DateTime termEnd;
    private readonly int afterCheck;

    // A test double may keep state: the racer counts the checks, creates its renewal once, then steps aside.
    private int checks;

    public ConcurrentRenewalPlugin(string unsecureConfiguration, string secureConfiguration)
    {
        var parts = unsecureConfiguration.Split('|');
        contractId = Guid.Parse(parts[0]);
        termEnd = DateTime.SpecifyKind(DateTime.ParseExact(parts[1], DateFormat, CultureInfo.InvariantCulture), DateTimeKind.Utc);
        afterCheck = int.Parse(parts[2], CultureInfo.InvariantCulture);
    }

    /// <summary>Registers the racer for the term of <paramref name="contractId"/> ending on <paramref name="termEnd"/>, to create it after check number <paramref name="afterCheck"/>.</summary>
    public static void RegisterOn(OrganizationEmulator org, Guid contractId, DateTime termEnd, int afterCheck = 1) =>
        org.RegisterStep(new StepRegistration(StepId, typeof(ConcurrentRenewalPlugin), "RetrieveMultiple", Opportunity.EntityLogicalName, PipelineStage.PostOperation)
        {
            UnsecureConfiguration = contractId.ToString("D") + "|" + termEnd.ToString(DateFormat, CultureInfo.InvariantCulture) + "|" + afterCheck.ToString(CultureInfo.InvariantCulture),
        });

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (context.InputParameters["Query"] is Microsoft.Xrm.Sdk.Query.QueryExpression { LinkEntities.Count: > 0 } || Interlocked.Increment(ref checks) != afterCheck)
        {
            return;
        }

        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        factory.CreateOrganizationService(null).Create(new Entity(Opportunity.EntityLogicalName)
        {
            [Opportunity.Name] = "Renewal created by another process",
            [Opportunity.IsRenewal] = true,
            [Opportunity.Contract] = new EntityReference(CustomerContract.EntityLogicalName, contractId),
            [Opportunity.TermEndDate] = termEnd,
        });
    }
}

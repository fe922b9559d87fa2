using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Model;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Approvals;

/// <summary>
/// Plays the second of two approvals racing on one renewal. Registered in PreOperation of concession Update after the
/// gate (rank 2), it runs when the gate has already judged the first approval on the renewal's total but before that
/// approval is written, and there approves the concession named in its configuration, so the first approval was judged
/// on a total that no longer holds: what a second approver's transaction does on a real server between the two.
/// </summary>
public sealed class RivalApproverPlugin : IPlugin
{
    private static readonly Guid StepId = new("6f1d2c3b-8e4a-4b7d-9c05-1a2b3c4d5e6f");

    private readonly Guid rival;

    /// <summary>Creates the plugin with the id of the concession the rival approves (the step's unsecure configuration).</summary>
    public RivalApproverPlugin(string? unsecureConfiguration, string? secureConfiguration) =>
        rival = Guid.Parse(unsecureConfiguration ?? throw new ArgumentNullException(nameof(unsecureConfiguration)));

    /// <summary>Registers the plugin to approve <paramref name="rivalConcession"/> during another concession's approval.</summary>
    public static void RegisterOn(OrganizationEmulator org, Guid rivalConcession) =>
        org.RegisterStep(new StepRegistration(StepId, typeof(RivalApproverPlugin), SdkMessageNames.Update, Concession.EntityLogicalName, PipelineStage.PreOperation, rank: 2)
        {
            UnsecureConfiguration = rivalConcession.ToString("D"),
        });

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (context.PrimaryEntityId == rival)
        {
            return;
        }

        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        factory.CreateOrganizationService(context.InitiatingUserId).Update(
            new Entity(Concession.EntityLogicalName, rival) { [Concession.ConcessionStatus] = new OptionSetValue(ConcessionStatusChoice.Approved) });
    }
}

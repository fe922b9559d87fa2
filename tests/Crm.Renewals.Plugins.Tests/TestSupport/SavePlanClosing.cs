using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.TestSupport;

/// <summary>Closes a save plan the only way a user can: logging its outcome (a graceful exit today, no effort booked).</summary>
internal static class SavePlanClosing
{
    public static void Close(OrganizationEmulator organization, Guid plan) =>
        organization.Service.Execute(new OrganizationRequest(LogSaveOutcomeApi.MessageName)
        {
            ["Target"] = new EntityReference(SavePlan.EntityLogicalName, plan),
            [LogSaveOutcomeApi.RequestOutcome] = new OptionSetValue(SaveOutcomeChoice.GracefulExit),
            [LogSaveOutcomeApi.RequestOutcomeDate] = organization.Clock.Today,
            [LogSaveOutcomeApi.RequestSavedArr] = new Money(0m),
            [LogSaveOutcomeApi.RequestEffortHours] = 0m,
            [LogSaveOutcomeApi.RequestEffortCost] = new Money(0m),
        });
}

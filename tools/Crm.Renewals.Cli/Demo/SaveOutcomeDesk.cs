using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Demo;

/// <summary>
/// Plays the CSMs who run the save plans: when a renewal of an account with an open save plan is about to close, its
/// owner logs the plan's outcome first with <c>crr_LogSaveOutcome</c> — saved (every third one only partially) when the
/// renewal will be won, lost when it will be lost, and a graceful exit for a small account lost — with effort that
/// grows with the plan's effort level. No random draw: the renewal's own draw decides.
/// </summary>
internal sealed class SaveOutcomeDesk
{
    private const decimal SmallAccountArr = 10_000m;
    private const decimal HourlyCost = 150m;
    private const decimal PartialShare = 0.6m;

    private static readonly Dictionary<int, decimal> HoursByEffort = new()
    {
        [EffortLevelChoice.Full] = 60m,
        [EffortLevelChoice.Standard] = 24m,
        [EffortLevelChoice.Light] = 8m,
        [EffortLevelChoice.None] = 2m,
    };

    private readonly OrganizationEmulator organization;
    private int saved;

    public SaveOutcomeDesk(OrganizationEmulator organization) => this.organization = organization;

    /// <summary>Outcomes logged, by outcome value.</summary>
    public Dictionary<int, int> Logged { get; } = new();

    /// <summary>Logs the outcome of the account's open save plan, if it has one, before its renewal closes.</summary>
    /// <param name="renewal">The renewal about to close.</param>
    /// <param name="willBeLost">How its owner will close it.</param>
    public void BeforeClose(Entity renewal, bool willBeLost)
    {
        var account = renewal.GetAttributeValue<EntityReference>(Opportunity.ParentAccountId);
        var plan = organization.Rows(SavePlan.EntityLogicalName).FirstOrDefault(row =>
            row.GetAttributeValue<EntityReference>(SavePlan.Account)?.Id == account?.Id
            && row.GetAttributeValue<OptionSetValue>(SavePlan.PlanStatus)?.Value == SavePlanStatusChoice.Open);
        if (plan is null)
        {
            return;
        }

        var owner = organization.ServiceFor(plan.GetAttributeValue<EntityReference>(SavePlan.OwnerId));
        if (plan.GetAttributeValue<EntityReference>(SavePlan.Contract) is null && renewal.GetAttributeValue<EntityReference>(Opportunity.Contract) is EntityReference contract)
        {
            // Opened when the account entered Red before its contract was in the CRM: the CSM links it, and it is sized.
            owner.Update(new Entity(SavePlan.EntityLogicalName, plan.Id) { [SavePlan.Contract] = contract, [SavePlan.RenewalOpportunity] = renewal.ToEntityReference() });
            plan = organization.Find(SavePlan.EntityLogicalName, plan.Id)!;
        }

        var arr = plan.GetAttributeValue<Money>(SavePlan.AccountValueArr)?.Value ?? 0m;
        var outcome = willBeLost
            ? arr < SmallAccountArr ? SaveOutcomeChoice.GracefulExit : SaveOutcomeChoice.Lost
            : ++saved % 3 == 0 ? SaveOutcomeChoice.PartiallySaved : SaveOutcomeChoice.Saved;
        var kept = outcome switch
        {
            SaveOutcomeChoice.Saved => arr,
            SaveOutcomeChoice.PartiallySaved => Math.Round(arr * PartialShare, 0),
            _ => 0m,
        };
        var hours = HoursByEffort.TryGetValue(plan.GetAttributeValue<OptionSetValue>(SavePlan.EffortLevel)?.Value ?? EffortLevelChoice.Light, out var h) ? h : 8m;
        owner.Execute(new OrganizationRequest(LogSaveOutcomeApi.MessageName)
        {
            ["Target"] = plan.ToEntityReference(),
            [LogSaveOutcomeApi.RequestOutcome] = new OptionSetValue(outcome),
            [LogSaveOutcomeApi.RequestOutcomeDate] = organization.Clock.Today,
            [LogSaveOutcomeApi.RequestSavedArr] = new Money(kept),
            [LogSaveOutcomeApi.RequestEffortHours] = hours,
            [LogSaveOutcomeApi.RequestEffortCost] = new Money(hours * HourlyCost),
            [LogSaveOutcomeApi.RequestLessonsLearned] = willBeLost ? "The root cause was found too late." : "An executive sponsor early made the difference.",
        });
        Logged[outcome] = Logged.TryGetValue(outcome, out var count) ? count + 1 : 1;
    }
}

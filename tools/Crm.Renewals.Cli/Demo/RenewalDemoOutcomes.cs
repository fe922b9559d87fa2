using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Model;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Demo;

/// <summary>
/// Plays the renewal owners: on each renewal's close date (its T-0), the owner closes it as won or lost,
/// lost more often the riskier the account was when the renewal started (a repeatable draw); an account's open save
/// plan gets its outcome logged just before (<see cref="SaveOutcomeDesk"/>).
/// </summary>
internal sealed class RenewalDemoOutcomes
{
    /// <summary>Seed of the won/lost draw, so every run closes the same renewals the same way.</summary>
    public const int Seed = 20260107;

    private const int DefaultStatus = -1;

    // Chance of losing a renewal by the risk category it carries; an account never evaluated counts as Yellow.
    private static readonly Dictionary<int, double> LossChance = new()
    {
        [RiskCategoryChoice.Expansion] = 0.03,
        [RiskCategoryChoice.Green] = 0.05,
        [RiskCategoryChoice.Yellow] = 0.15,
        [RiskCategoryChoice.Red] = 0.40,
    };

    private readonly OrganizationEmulator organization;
    private readonly SaveOutcomeDesk saves;
    private readonly Random random = new(Seed);

    public RenewalDemoOutcomes(OrganizationEmulator organization, SaveOutcomeDesk saves)
    {
        this.organization = organization;
        this.saves = saves;
    }

    /// <summary>Closes every open renewal whose close date is today.</summary>
    /// <returns>How many were won and lost.</returns>
    public (int Won, int Lost) CloseDueToday()
    {
        var today = organization.Clock.Today;
        var due = organization.Rows(Opportunity.EntityLogicalName)
            .Where(row => row.GetAttributeValue<bool>(Opportunity.IsRenewal)
                && row.GetAttributeValue<OptionSetValue>(Opportunity.StateCode)?.Value == OpportunityStateCodeChoice.Open
                && row.GetAttributeValue<DateTime>(Opportunity.EstimatedCloseDate).Date == today)
            .OrderBy(row => row.GetAttributeValue<string>(Opportunity.Name), StringComparer.Ordinal) // ids are random: draw in a stable order
            .ToArray();
        var won = 0;
        foreach (var renewal in due)
        {
            var category = renewal.GetAttributeValue<OptionSetValue>(Opportunity.RiskCategory)?.Value ?? RiskCategoryChoice.Yellow;
            var lose = random.NextDouble() < LossChance[category];
            saves.BeforeClose(renewal, lose);
            var close = new Entity(OpportunityClose.EntityLogicalName) { [OpportunityClose.OpportunityId] = renewal.ToEntityReference() };
            OrganizationRequest request = lose
                ? new LoseOpportunityRequest { OpportunityClose = close, Status = new OptionSetValue(DefaultStatus) }
                : new WinOpportunityRequest { OpportunityClose = close, Status = new OptionSetValue(DefaultStatus) };
            organization.ServiceFor(renewal.GetAttributeValue<EntityReference>(Opportunity.OwnerId)).Execute(request);
            won += lose ? 0 : 1;
        }

        return (won, due.Length - won);
    }
}

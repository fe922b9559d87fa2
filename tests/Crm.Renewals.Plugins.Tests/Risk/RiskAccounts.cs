using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Risk;

/// <summary>Accounts with known signals for the risk pipeline tests.</summary>
internal static class RiskAccounts
{
    /// <summary>Health 80, adoption 80 %, stable usage, positive sentiment, NPS 40, moderate relationship, no flags: Green.</summary>
    public static Entity Healthy(string name = "Contoso") => new(Account.EntityLogicalName)
    {
        [Account.Name] = name,
        [Account.HealthScore] = 80,
        [Account.UsageTrend] = new OptionSetValue(UsageTrendChoice.Stable),
        [Account.UsageChangePercent] = 0m,
        [Account.AdoptionPercent] = 80m,
        [Account.SupportSentiment] = new OptionSetValue(SupportSentimentChoice.Positive),
        [Account.Nps] = 40,
        [Account.RelationshipStrength] = new OptionSetValue(RelationshipStrengthChoice.Moderate),
        [Account.ChampionLeft] = false,
        [Account.CompetitiveSignal] = false,
        [Account.BudgetSignal] = false,
        [Account.BusinessChange] = false,
        [Account.EngagementDrop] = false,
    };

    /// <summary>Healthy but the champion left: one red flag, Yellow.</summary>
    public static Entity Yellow(string name = "Contoso") => With(Healthy(name), (Account.ChampionLeft, true));

    /// <summary>Health 42 and the champion left: two red flags, Red.</summary>
    public static Entity Red(string name = "Contoso") => With(Healthy(name), (Account.HealthScore, 42), (Account.ChampionLeft, true));

    /// <summary>Sets columns on a row.</summary>
    public static Entity With(Entity row, params (string Column, object? Value)[] columns)
    {
        foreach (var (column, value) in columns)
        {
            row[column] = value;
        }

        return row;
    }

    /// <summary>An update of the account with only the given columns.</summary>
    public static Entity Change(Guid accountId, params (string Column, object? Value)[] columns) =>
        With(new Entity(Account.EntityLogicalName, accountId), columns);

    /// <summary>Creates the account through the pipeline and returns its id.</summary>
    public static Guid Create(OrganizationEmulator org, Entity account) => org.Service.Create(account);

    /// <summary>The stored account.</summary>
    public static Entity Stored(OrganizationEmulator org, Guid accountId) =>
        org.Find(Account.EntityLogicalName, accountId) ?? throw new InvalidOperationException("No account " + accountId);

    /// <summary>The stored effective category's option value.</summary>
    public static int? Category(OrganizationEmulator org, Guid accountId) =>
        Stored(org, accountId).GetAttributeValue<OptionSetValue>(Account.RiskCategory)?.Value;

    /// <summary>The account's risk change rows, oldest first.</summary>
    public static IReadOnlyList<Entity> History(OrganizationEmulator org, Guid accountId) =>
        org.Rows(RiskChange.EntityLogicalName).Where(row => row.GetAttributeValue<EntityReference>(RiskChange.Account)?.Id == accountId).ToArray();

    /// <summary>The account's save plans.</summary>
    public static IReadOnlyList<Entity> SavePlans(OrganizationEmulator org, Guid accountId) =>
        org.Rows(SavePlan.EntityLogicalName).Where(row => row.GetAttributeValue<EntityReference>(SavePlan.Account)?.Id == accountId).ToArray();
}

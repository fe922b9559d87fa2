using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Crm.Renewals.Emulator;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Demo;

/// <summary>
/// The risk part of the demo: the category spread the plugins computed for the seeded book, then a few
/// accounts whose signals change over two months, with the category, score and reasons after each
/// change, the history rows and save plans it wrote, and what <c>crr_EvaluateAccountRisk</c> answers.
/// </summary>
internal static class RiskDemo
{
    private const int BarWidth = 40;
    private const char BarFull = '█';
    private const string Indent = "    ";
    private const string ReasonBullet = "      · ";
    private const string DateFormat = "yyyy-MM-dd";
    private const string TargetParameter = "Target";

    /// <summary>Writes the spread, runs the story and writes what happened.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="organization">The demo's organization, with the seeded book.</param>
    public static void Write(TextWriter output, OrganizationEmulator organization)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(organization);
        var accounts = organization.Rows(Account.EntityLogicalName);
        output.WriteLine();
        WriteSpread(output, organization, accounts);
        var cast = RiskDemoScript.StartingCategories
            .Select(category => accounts.Where(account => CategoryOf(account) == category).OrderBy(account => account.GetAttributeValue<string>(Account.Name), StringComparer.Ordinal).FirstOrDefault())
            .ToArray();
        if (cast.Any(account => account is null))
        {
            output.WriteLine("  (the book has no account of every starting category the story needs; story skipped)");
            return;
        }

        output.WriteLine();
        output.WriteLine("Signals changing over time (each change is one Update by the account's CSM; the category is saved by that same Update):");
        var start = organization.Clock.UtcNow;
        foreach (var step in RiskDemoScript.Steps)
        {
            organization.Clock.Set(start.AddDays(step.Day));
            WriteStep(output, organization, cast[step.Account]!, step);
        }

        WriteHistory(output, organization, cast[RiskDemoScript.Drifting]!);
        WriteEvaluation(output, organization, cast[RiskDemoScript.Drifting]!);
    }

    private static void WriteSpread(TextWriter output, OrganizationEmulator organization, IReadOnlyList<Entity> accounts)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine($"Risk of the book: {accounts.Count} accounts, each evaluated by the risk plugin when it was created");
        foreach (var category in Enum.GetValues<Plugins.Domain.Risk.RiskCategory>())
        {
            var count = accounts.Count(account => CategoryOf(account) == RiskCategoryOptions.ToValue(category));
            var share = accounts.Count == 0 ? 0 : (double)count / accounts.Count;
            var bar = new string(BarFull, (int)Math.Round(share * BarWidth));
            output.WriteLine($"  {category,-10}{count,5}  {share.ToString("P0", culture),4}  {bar}");
        }

        var averageScore = accounts.Count == 0 ? 0 : accounts.Average(account => account.GetAttributeValue<int>(Account.RiskScore));
        output.WriteLine($"  average risk score {averageScore.ToString("0.0", culture)} · {organization.Rows(RiskChange.EntityLogicalName).Count} risk change rows · "
            + $"{organization.Rows(SavePlan.EntityLogicalName).Count} save plans opened on entry into Red");
    }

    private static void WriteStep(TextWriter output, OrganizationEmulator organization, Entity account, RiskDemoStep step)
    {
        var before = Stored(organization, account.Id);
        var historyBefore = HistoryCount(organization, account.Id);
        var plansBefore = SavePlanCount(organization, account.Id);
        var change = new Entity(Account.EntityLogicalName, account.Id);
        foreach (var (column, value) in step.Columns)
        {
            change[column] = value;
        }

        organization.ServiceFor(before.GetAttributeValue<EntityReference>(Account.OwnerId)).Update(change);
        var after = Stored(organization, account.Id);
        var name = after.GetAttributeValue<string>(Account.Name);
        output.WriteLine();
        output.WriteLine($"  {organization.Clock.UtcNow.ToString(DateFormat, CultureInfo.InvariantCulture)}  {name}: {step.Story}");
        output.WriteLine($"{Indent}{Label(before)} → {Label(after)}   score {before.GetAttributeValue<int>(Account.RiskScore)} → {after.GetAttributeValue<int>(Account.RiskScore)}"
            + $"   {Events(HistoryCount(organization, account.Id) - historyBefore, SavePlanCount(organization, account.Id) - plansBefore)}");
        foreach (var reason in after.GetAttributeValue<string>(Account.RiskReasons).Split('\n'))
        {
            output.WriteLine(ReasonBullet + reason);
        }
    }

    private static void WriteHistory(TextWriter output, OrganizationEmulator organization, Entity account)
    {
        output.WriteLine();
        output.WriteLine($"  What changed? The risk history of {account.GetAttributeValue<string>(Account.Name)}:");
        foreach (var row in History(organization, account.Id))
        {
            output.WriteLine($"{Indent}{row.GetAttributeValue<DateTime>(RiskChange.ChangedOn).ToString(DateFormat, CultureInfo.InvariantCulture)}  "
                + $"{row.GetAttributeValue<string>(RiskChange.Name)}  (score {row.GetAttributeValue<int>(RiskChange.RiskScore)})");
        }
    }

    private static void WriteEvaluation(TextWriter output, OrganizationEmulator organization, Entity account)
    {
        var request = new OrganizationRequest(EvaluateAccountRiskApi.MessageName) { [TargetParameter] = new EntityReference(Account.EntityLogicalName, account.Id) };
        var response = organization.Service.Execute(request);
        var category = RiskCategoryOptions.FromValue(((OptionSetValue)response[EvaluateAccountRiskApi.ResponseCategory]).Value);
        var computed = RiskCategoryOptions.FromValue(((OptionSetValue)response[EvaluateAccountRiskApi.ResponseComputedCategory]).Value);
        output.WriteLine();
        output.WriteLine($"  {EvaluateAccountRiskApi.MessageName} for {account.GetAttributeValue<string>(Account.Name)} (what a form or flow asks; nothing is saved):");
        output.WriteLine($"{Indent}{category} (computed {computed}), score {response[EvaluateAccountRiskApi.ResponseRiskScore]}, overridden: {response[EvaluateAccountRiskApi.ResponseIsOverridden]}");
    }

    private static string Label(Entity account)
    {
        var category = RiskCategoryOptions.FromOptionSetValue(account.GetAttributeValue<OptionSetValue>(Account.RiskCategory));
        var computed = RiskCategoryOptions.FromOptionSetValue(account.GetAttributeValue<OptionSetValue>(Account.ComputedCategory));
        return category == computed ? $"{category}" : $"{category} (override; computed {computed})";
    }

    private static string Events(int historyRows, int savePlans) =>
        (historyRows == 0 ? "no history row (category unchanged)" : "history row written")
        + (savePlans == 0 ? string.Empty : ", save plan opened");

    private static int? CategoryOf(Entity account) => account.GetAttributeValue<OptionSetValue>(Account.RiskCategory)?.Value;

    private static Entity Stored(OrganizationEmulator organization, Guid accountId) =>
        organization.Find(Account.EntityLogicalName, accountId) ?? throw new InvalidOperationException("The demo account " + accountId + " disappeared.");

    private static IEnumerable<Entity> History(OrganizationEmulator organization, Guid accountId) =>
        organization.Rows(RiskChange.EntityLogicalName).Where(row => row.GetAttributeValue<EntityReference>(RiskChange.Account)?.Id == accountId);

    private static int HistoryCount(OrganizationEmulator organization, Guid accountId) => History(organization, accountId).Count();

    private static int SavePlanCount(OrganizationEmulator organization, Guid accountId) =>
        organization.Rows(SavePlan.EntityLogicalName).Count(row => row.GetAttributeValue<EntityReference>(SavePlan.Account)?.Id == accountId);
}

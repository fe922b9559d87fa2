using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Cli.Demo;

/// <summary>
/// Seeds a realistic, repeatable book of business through the pipeline (so the solution's plugins run),
/// acting as the owning CSMs: accounts across segments with health signals spread over the risk
/// pictures, and one active contract each, ending within the next 18 months.
/// </summary>
internal sealed class BookOfBusiness
{
    public const int AccountCount = 300;
    private const int LatestEndInDays = 548;
    private const int EarliestEndInDays = 7;

    private static readonly (string Label, int Weight, decimal MinimumArr, decimal MaximumArr)[] Segments =
    [
        ("Enterprise", 20, 120_000m, 600_000m),
        ("Mid-Market", 35, 25_000m, 120_000m),
        ("SMB", 45, 3_000m, 25_000m),
    ];

    private static readonly (SignalProfile Profile, int Weight)[] Profiles =
        [(SignalProfile.Green, 45), (SignalProfile.Yellow, 25), (SignalProfile.Red, 15), (SignalProfile.Expansion, 15)];

    private static readonly (int Months, int Weight)[] Terms = [(12, 70), (24, 20), (36, 10)];

    private static readonly string[] NameStems = ["Northwind", "Contoso", "Fabrikam", "Tailspin", "Woodgrove", "Litware", "Proseware", "Adatum", "Alpine", "Blue Yonder", "Coho", "Fourth Coffee", "Humongous", "Lucerne", "Margie's", "Nod", "Relecloud", "Trey", "Wide World", "Wingtip"];
    private static readonly string[] NameKinds = ["Logistics", "Health", "Bank", "Insurance", "Retail", "Energy", "Labs", "Foods", "Media", "Airlines", "Motors", "Pharma", "Telecom", "Systems", "Studios", "Hotels"];

    private readonly OrganizationEmulator organization;
    private readonly SchemaAwareRow rows;
    private readonly Random random;

    public BookOfBusiness(OrganizationEmulator organization, int seed)
    {
        this.organization = organization;
        rows = new SchemaAwareRow(organization.Metadata);
        random = new Random(seed);
    }

    public BookOfBusinessSummary Seed(DemoUsers users)
    {
        var summary = new BookOfBusinessSummary();
        var names = NameStems.SelectMany(stem => NameKinds.Select(kind => stem + " " + kind)).OrderBy(_ => random.Next()).Take(AccountCount).ToArray();
        for (var index = 0; index < AccountCount; index++)
        {
            var csm = users.Csms[index % users.Csms.Count];
            var segment = Weighted(Segments, segment => segment.Weight);
            var profile = Weighted(Profiles, profile => profile.Weight).Profile;
            try
            {
                var service = organization.ServiceFor(csm);
                var account = NewAccount(names[index], segment.Label, profile);
                account.Id = service.Create(account);
                summary.Accounts.Add(segment.Label, profile);
                if (organization.Metadata.HasTable(DemoColumns.Contract))
                {
                    var contract = NewContract(account, segment.MinimumArr, segment.MaximumArr, out var arr, out var end);
                    service.Create(contract);
                    summary.Contracts.Add(arr, end);
                }
            }
            catch (Exception exception) when (exception is OrganizationFaultException or InvalidPluginExecutionException)
            {
                summary.Failures.Add(names[index] + ": " + exception.Message);
            }
        }

        return summary;
    }

    private Entity NewAccount(string name, string segment, SignalProfile profile)
    {
        var account = new Entity(DemoColumns.Account) { [DemoColumns.AccountName] = name };
        rows.Set(account, DemoColumns.Segment, segment);
        foreach (var signal in AccountSignals.Draw(profile, random))
        {
            rows.Set(account, signal.Key, signal.Value);
        }

        return account;
    }

    private Entity NewContract(Entity account, decimal minimumArr, decimal maximumArr, out decimal arr, out DateTime end)
    {
        var today = organization.Clock.Today;
        var months = Weighted(Terms, term => term.Weight).Months;
        end = today.AddDays(random.Next(EarliestEndInDays, LatestEndInDays + 1));
        arr = Math.Round((minimumArr + (decimal)random.NextDouble() * (maximumArr - minimumArr)) / 1_000m) * 1_000m;
        var contract = new Entity(DemoColumns.Contract);
        rows.Set(contract, DemoColumns.ContractName, account[DemoColumns.AccountName] + " subscription");
        rows.Set(contract, DemoColumns.ContractAccount, account.ToEntityReference());
        rows.Set(contract, DemoColumns.Arr, arr);
        rows.Set(contract, DemoColumns.TermMonths, months);
        rows.Set(contract, DemoColumns.StartDate, end.AddMonths(-months));
        rows.Set(contract, DemoColumns.EndDate, end);
        rows.Set(contract, DemoColumns.ContractStatus, DemoColumns.ActiveStatusLabel);
        return contract;
    }

    private T Weighted<T>(IReadOnlyList<T> choices, Func<T, int> weight)
    {
        var roll = random.Next(choices.Sum(weight));
        foreach (var choice in choices)
        {
            roll -= weight(choice);
            if (roll < 0)
            {
                return choice;
            }
        }

        return choices[^1];
    }
}

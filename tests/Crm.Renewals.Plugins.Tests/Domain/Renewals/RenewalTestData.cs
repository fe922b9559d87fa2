using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Tests.Domain.Renewals;

/// <summary>A mid-market Green account with an active 12-month contract ending 2025-09-30.</summary>
internal static class RenewalTestData
{
    public static readonly DateTime End = new(2025, 9, 30);

    public static readonly OwnerReference Csm = new(OwnerType.User, new Guid("11111111-1111-1111-1111-111111111111"));

    public static readonly OwnerReference SalesTeam = new(OwnerType.Team, new Guid("22222222-2222-2222-2222-222222222222"));

    public static readonly RenewalContract Contract = new()
    {
        StartDate = new DateTime(2024, 10, 1),
        EndDate = End,
        Arr = 50_000m,
        TermMonths = 12,
        Status = ContractStatus.Active,
    };

    public static readonly RenewalAccount Account = new()
    {
        Segment = AccountSegment.MidMarket,
        Category = RiskCategory.Green,
        Owner = Csm,
    };

    public static readonly RenewalPolicy PolicyWithSales = RenewalPolicy.Default with { SalesOwner = SalesTeam };

    /// <summary>The day that is <paramref name="days"/> days before the contract ends ("T-days").</summary>
    public static DateTime DaysBeforeEnd(int days) => End.AddDays(-days);
}

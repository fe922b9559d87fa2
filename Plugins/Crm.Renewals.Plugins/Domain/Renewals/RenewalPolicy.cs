using System;
using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Policies;
using Crm.Renewals.Plugins.Domain.Risk;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>
/// Renewal generation settings of spec §3, held in the environment variable <see cref="VariableName"/>:
/// lead times, uplift, the hybrid ownership threshold and sales owner, milestone offsets and win-back months.
/// </summary>
public sealed record RenewalPolicy
{
    /// <summary>Schema name of the environment variable holding this policy.</summary>
    public const string VariableName = Model.EnvironmentVariableNames.RenewalPolicy;

    /// <summary>Longest lead time any setting may have, in days; also bounds the daily sweep's window.</summary>
    public const int MaxLeadTimeDays = 365;

    /// <summary>Shortest lead time any segment may have, in days.</summary>
    public const int MinLeadTimeDays = 30;

    /// <summary>Longest SMB lead time (spec: SMB allowed 30–120).</summary>
    public const int MaxSmbLeadTimeDays = 120;

    /// <summary>Shortest at-risk lead time (spec: "at-risk: 180+").</summary>
    public const int MinAtRiskLeadTimeDays = 180;

    /// <summary>Highest uplift in percent (spec: allowed 0–10).</summary>
    public const decimal MaxUpliftPercent = 10m;

    /// <summary>Highest sales ownership threshold an admin may set.</summary>
    public const decimal MaxArrThreshold = 1_000_000_000m;

    /// <summary>Earliest win-back contact, in months after churn.</summary>
    public const int MinWinBackMonths = 1;

    /// <summary>Latest win-back contact, in months after churn.</summary>
    public const int MaxWinBackMonths = 60;

    /// <summary>Most win-back contacts.</summary>
    public const int MaxWinBackContacts = 12;

    private const string LeadTimeDaysKey = "leadTimeDays";
    private const string EnterpriseKey = "enterprise";
    private const string MidMarketKey = "midMarket";
    private const string SmbKey = "smb";
    private const string AtRiskLeadTimeDaysKey = "atRiskLeadTimeDays";
    private const string UpliftPercentKey = "upliftPercent";
    private const string SalesOwnershipArrThresholdKey = "salesOwnershipArrThreshold";
    private const string SalesOwnerKey = "salesOwner";
    private const string MilestoneOffsetsDaysKey = "milestoneOffsetsDays";
    private const string WinBackMonthsKey = "winBackMonths";

    /// <summary>The spec defaults.</summary>
    public static RenewalPolicy Default { get; } = new();

    /// <summary>Lead time for enterprise accounts (default 150).</summary>
    public int EnterpriseLeadTimeDays { get; init; } = 150;

    /// <summary>Lead time for mid-market accounts (default 120).</summary>
    public int MidMarketLeadTimeDays { get; init; } = 120;

    /// <summary>Lead time for SMB accounts (default 120, allowed 30–120).</summary>
    public int SmbLeadTimeDays { get; init; } = 120;

    /// <summary>Lead time for Red accounts (default 180).</summary>
    public int AtRiskLeadTimeDays { get; init; } = 180;

    /// <summary>Uplift on the renewal's revenue in percent (default 0, allowed 0–10).</summary>
    public decimal UpliftPercent { get; init; }

    /// <summary>Renewals with ARR strictly above this go to sales (default 100,000).</summary>
    public decimal SalesOwnershipArrThreshold { get; init; } = 100_000m;

    /// <summary>The sales user or team; null when not configured (sales renewals then stay with the CSM).</summary>
    public OwnerReference? SalesOwner { get; init; }

    /// <summary>Days before the end date of each milestone, in <see cref="RenewalMilestones.All"/> order (default 120, 90, 60, 45, 30, 14, 7, 0).</summary>
    public IReadOnlyList<int> MilestoneOffsetsDays { get; init; } = new[] { 120, 90, 60, 45, 30, 14, 7, 0 };

    /// <summary>Months after churn of the win-back tasks (default 3, 6, 12).</summary>
    public IReadOnlyList<int> WinBackMonths { get; init; } = new[] { 3, 6, 12 };

    /// <summary>The longest lead time of any segment or risk: how far ahead the daily sweep must look.</summary>
    public int LongestLeadTimeDays =>
        Math.Max(Math.Max(EnterpriseLeadTimeDays, MidMarketLeadTimeDays), Math.Max(SmbLeadTimeDays, AtRiskLeadTimeDays));

    /// <summary>
    /// The lead time for an account: its segment's, or the at-risk lead time when it is Red (never
    /// shorter than the segment's, so entering Red can only pull a renewal forward).
    /// </summary>
    /// <param name="segment">The account's segment.</param>
    /// <param name="category">The account's effective risk category, or null.</param>
    /// <returns>Days before the end date at which the renewal is generated.</returns>
    public int LeadTimeDays(AccountSegment segment, RiskCategory? category)
    {
        var bySegment = segment switch
        {
            AccountSegment.Enterprise => EnterpriseLeadTimeDays,
            AccountSegment.MidMarket => MidMarketLeadTimeDays,
            AccountSegment.Smb => SmbLeadTimeDays,
            _ => throw new ArgumentOutOfRangeException(nameof(segment), segment, "Unknown segment."),
        };
        return category == RiskCategory.Red ? Math.Max(bySegment, AtRiskLeadTimeDays) : bySegment;
    }

    /// <summary>Reads the policy; missing keys take the default.</summary>
    /// <param name="json">The environment variable's value.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyException">Invalid JSON, an unknown key, a wrong type or a value out of range.</exception>
    public static RenewalPolicy Parse(string json)
    {
        var reader = PolicyReader.Open(VariableName, json);
        var d = Default;
        var leadTimes = reader.Nested(LeadTimeDaysKey);
        var policy = new RenewalPolicy
        {
            EnterpriseLeadTimeDays = leadTimes.WholeNumber(EnterpriseKey, d.EnterpriseLeadTimeDays, MinLeadTimeDays, MaxLeadTimeDays),
            MidMarketLeadTimeDays = leadTimes.WholeNumber(MidMarketKey, d.MidMarketLeadTimeDays, MinLeadTimeDays, MaxLeadTimeDays),
            SmbLeadTimeDays = leadTimes.WholeNumber(SmbKey, d.SmbLeadTimeDays, MinLeadTimeDays, MaxSmbLeadTimeDays),
            AtRiskLeadTimeDays = reader.WholeNumber(AtRiskLeadTimeDaysKey, d.AtRiskLeadTimeDays, MinAtRiskLeadTimeDays, MaxLeadTimeDays),
            UpliftPercent = reader.Number(UpliftPercentKey, d.UpliftPercent, 0m, MaxUpliftPercent),
            SalesOwnershipArrThreshold = reader.Number(SalesOwnershipArrThresholdKey, d.SalesOwnershipArrThreshold, 0m, MaxArrThreshold),
            SalesOwner = PolicyOwnerReader.Read(reader, SalesOwnerKey),
            MilestoneOffsetsDays = reader.WholeNumbers(
                MilestoneOffsetsDaysKey, d.MilestoneOffsetsDays, 0, MaxLeadTimeDays, RenewalMilestones.All.Count, RenewalMilestones.All.Count),
            WinBackMonths = reader.WholeNumbers(WinBackMonthsKey, d.WinBackMonths, MinWinBackMonths, MaxWinBackMonths, 0, MaxWinBackContacts),
        };

        if (!PolicyReader.IsStrictlyOrdered(policy.MilestoneOffsetsDays, descending: true))
        {
            reader.Problem(MilestoneOffsetsDaysKey + " must be strictly descending (one offset per milestone, T-120 first); it is "
                + string.Join(", ", policy.MilestoneOffsetsDays));
        }

        if (!PolicyReader.IsStrictlyOrdered(policy.WinBackMonths, descending: false))
        {
            reader.Problem(WinBackMonthsKey + " must be strictly ascending; it is " + string.Join(", ", policy.WinBackMonths));
        }

        reader.Log.ThrowIfAny();
        return policy;
    }

    /// <summary>Reads the policy, or returns <see cref="Default"/> when the variable has no value.</summary>
    /// <param name="json">The environment variable's value, or null.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyException">A value is present but refused.</exception>
    public static RenewalPolicy ParseOrDefault(string? json) => string.IsNullOrWhiteSpace(json) ? Default : Parse(json!);
}

using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Policies;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>
/// Save plan settings of spec §5, held in the environment variable <see cref="VariableName"/>:
/// value bands, escalation threshold, time modes, post-save monitoring, win-back and benchmarks.
/// </summary>
public sealed record SavePolicy
{
    /// <summary>Schema name of the environment variable holding this policy.</summary>
    public const string VariableName = Model.EnvironmentVariableNames.SavePolicy;

    /// <summary>Highest ARR threshold an admin may set.</summary>
    public const decimal MaxArrThreshold = 1_000_000_000m;

    /// <summary>Most days any time-mode threshold may have.</summary>
    public const int MaxDays = 365;

    /// <summary>Longest post-save monitoring, in weeks (a year; 002: "the first 6–12 months").</summary>
    public const int MaxMonitoringWeeks = 52;

    // Thresholds in days and weeks start at one: zero would make a mode or the monitoring meaningless.
    private const int MinDays = 1;
    private const decimal MinPercent = 0m;
    private const decimal MaxPercent = 100m;
    private const string HighValueArrFromKey = "highValueArrFrom";
    private const string MediumValueArrFromKey = "mediumValueArrFrom";
    private const string ExecutiveEscalationArrFromKey = "executiveEscalationArrFrom";
    private const string ComprehensiveFromDaysKey = "comprehensiveFromDays";
    private const string CompressedFromDaysKey = "compressedFromDays";
    private const string PostSaveMonitoringWeeksKey = "postSaveMonitoringWeeks";
    private const string WinBackMonthsKey = "winBackMonths";
    private const string SuccessBenchmarkKey = "successBenchmark";
    private const string SolidFromPercentKey = "solidFromPercent";
    private const string SolidToPercentKey = "solidToPercent";
    private const string OverInvestmentAbovePercentKey = "overInvestmentAbovePercent";

    /// <summary>The spec defaults.</summary>
    public static SavePolicy Default { get; } = new();

    /// <summary>ARR from which an account is high value (default 50,000).</summary>
    public decimal HighValueArrFrom { get; init; } = 50_000m;

    /// <summary>ARR from which an account is medium value (default 10,000).</summary>
    public decimal MediumValueArrFrom { get; init; } = 10_000m;

    /// <summary>ARR from which executive escalation is suggested (default 50,000).</summary>
    public decimal ExecutiveEscalationArrFrom { get; init; } = 50_000m;

    /// <summary>Days to renewal from which the save is comprehensive (default 90).</summary>
    public int ComprehensiveFromDays { get; init; } = 90;

    /// <summary>Days to renewal from which the save is compressed; below, emergency (default 30).</summary>
    public int CompressedFromDays { get; init; } = 30;

    /// <summary>Weeks of weekly health checks after a save (default 26).</summary>
    public int PostSaveMonitoringWeeks { get; init; } = 26;

    /// <summary>Months after a lost save of the win-back tasks (default 3, 6, 12).</summary>
    public IReadOnlyList<int> WinBackMonths { get; init; } = new[] { 3, 6, 12 };

    /// <summary>Lower end of a solid success rate (default 50).</summary>
    public decimal SolidSuccessFromPercent { get; init; } = 50m;

    /// <summary>Upper end of a solid success rate (default 60).</summary>
    public decimal SolidSuccessToPercent { get; init; } = 60m;

    /// <summary>A success rate above this suggests effort on accounts that would renew anyway (default 70).</summary>
    public decimal OverInvestmentAbovePercent { get; init; } = 70m;

    /// <summary>Reads the policy; missing keys take the default.</summary>
    /// <param name="json">The environment variable's value.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyException">Invalid JSON, an unknown key, a wrong type or a value out of range.</exception>
    public static SavePolicy Parse(string json)
    {
        var reader = PolicyReader.Open(VariableName, json);
        var d = Default;
        var benchmark = reader.Nested(SuccessBenchmarkKey);
        var policy = new SavePolicy
        {
            HighValueArrFrom = reader.Number(HighValueArrFromKey, d.HighValueArrFrom, 0m, MaxArrThreshold),
            MediumValueArrFrom = reader.Number(MediumValueArrFromKey, d.MediumValueArrFrom, 0m, MaxArrThreshold),
            ExecutiveEscalationArrFrom = reader.Number(ExecutiveEscalationArrFromKey, d.ExecutiveEscalationArrFrom, 0m, MaxArrThreshold),
            ComprehensiveFromDays = reader.WholeNumber(ComprehensiveFromDaysKey, d.ComprehensiveFromDays, MinDays, MaxDays),
            CompressedFromDays = reader.WholeNumber(CompressedFromDaysKey, d.CompressedFromDays, MinDays, MaxDays),
            PostSaveMonitoringWeeks = reader.WholeNumber(PostSaveMonitoringWeeksKey, d.PostSaveMonitoringWeeks, MinDays, MaxMonitoringWeeks),
            WinBackMonths = reader.WholeNumbers(WinBackMonthsKey, d.WinBackMonths, RenewalPolicy.MinWinBackMonths, RenewalPolicy.MaxWinBackMonths, 0, RenewalPolicy.MaxWinBackContacts),
            SolidSuccessFromPercent = benchmark.Number(SolidFromPercentKey, d.SolidSuccessFromPercent, MinPercent, MaxPercent),
            SolidSuccessToPercent = benchmark.Number(SolidToPercentKey, d.SolidSuccessToPercent, MinPercent, MaxPercent),
            OverInvestmentAbovePercent = benchmark.Number(OverInvestmentAbovePercentKey, d.OverInvestmentAbovePercent, MinPercent, MaxPercent),
        };

        if (policy.MediumValueArrFrom > policy.HighValueArrFrom)
        {
            reader.Problem(MediumValueArrFromKey + " (" + DomainText.Number(policy.MediumValueArrFrom) + ") must not be above "
                + HighValueArrFromKey + " (" + DomainText.Number(policy.HighValueArrFrom) + ")");
        }

        if (policy.CompressedFromDays >= policy.ComprehensiveFromDays)
        {
            reader.Problem(CompressedFromDaysKey + " (" + DomainText.Number(policy.CompressedFromDays) + ") must be below "
                + ComprehensiveFromDaysKey + " (" + DomainText.Number(policy.ComprehensiveFromDays) + ")");
        }

        if (!PolicyReader.IsStrictlyOrdered(policy.WinBackMonths, descending: false))
        {
            reader.Problem(WinBackMonthsKey + " must be strictly ascending; it is " + string.Join(", ", policy.WinBackMonths));
        }

        if (policy.SolidSuccessFromPercent > policy.SolidSuccessToPercent || policy.SolidSuccessToPercent > policy.OverInvestmentAbovePercent)
        {
            reader.Problem(SuccessBenchmarkKey + " must satisfy " + SolidFromPercentKey + " ≤ " + SolidToPercentKey + " ≤ " + OverInvestmentAbovePercentKey
                + "; it is " + DomainText.Number(policy.SolidSuccessFromPercent) + ", " + DomainText.Number(policy.SolidSuccessToPercent)
                + ", " + DomainText.Number(policy.OverInvestmentAbovePercent));
        }

        reader.Log.ThrowIfAny();
        return policy;
    }

    /// <summary>Reads the policy, or returns <see cref="Default"/> when the variable has no value.</summary>
    /// <param name="json">The environment variable's value, or null.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyException">A value is present but refused.</exception>
    public static SavePolicy ParseOrDefault(string? json) => string.IsNullOrWhiteSpace(json) ? Default : Parse(json!);
}

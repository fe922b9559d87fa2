using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Policies;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>
/// The concession approval matrix of spec §4, held in the environment variable <see cref="VariableName"/>:
/// discount bands, levels per concession type, sunset and rationale thresholds, and the guidance by risk.
/// </summary>
public sealed record ApprovalMatrix
{
    /// <summary>Schema name of the environment variable holding this policy.</summary>
    public const string VariableName = Model.EnvironmentVariableNames.ApprovalMatrix;

    /// <summary>Most discount bands.</summary>
    public const int MaxBands = 10;

    private const int MinBands = 1;
    private const decimal MinPercent = 0m;
    private const decimal MaxPercent = 100m;
    private const int GuidanceEnds = 2;
    private const string DiscountBandsKey = "discountBands";
    private const string UpToPercentKey = "upToPercent";
    private const string LevelKey = "level";
    private const string DiscountAboveBandsLevelKey = "discountAboveBandsLevel";
    private const string EmergencyDiscountFromPercentKey = "emergencyDiscountFromPercent";
    private const string EmergencyLevelKey = "emergencyLevel";
    private const string PaymentTermsLevelKey = "paymentTermsLevel";
    private const string ServiceLevelKey = "serviceLevel";
    private const string ContractualLevelKey = "contractualLevel";
    private const string CustomDealLevelKey = "customDealLevel";
    private const string SunsetRequiredAbovePercentKey = "sunsetRequiredAbovePercent";
    private const string SunsetWaiverLevelKey = "sunsetWaiverLevel";
    private const string RationaleRequiredFromPercentKey = "rationaleRequiredFromPercent";
    private const string GuidanceKey = "guidance";
    private const string LowKey = "low";
    private const string MediumKey = "medium";
    private const string HighKey = "high";

    /// <summary>The spec defaults.</summary>
    public static ApprovalMatrix Default { get; } = new();

    /// <summary>Bands by total discount, ascending (default ≤5 CSM, ≤15 Manager, ≤25 Director).</summary>
    public IReadOnlyList<DiscountBand> DiscountBands { get; init; } = new[]
    {
        new DiscountBand(5m, AuthorityLevel.Csm),
        new DiscountBand(15m, AuthorityLevel.Manager),
        new DiscountBand(25m, AuthorityLevel.Director),
    };

    /// <summary>Level above the last band and below the emergency threshold (default VP).</summary>
    public AuthorityLevel DiscountAboveBandsLevel { get; init; } = AuthorityLevel.Vp;

    /// <summary>Total discounts from this percentage up are emergencies (default 30).</summary>
    public decimal EmergencyDiscountFromPercent { get; init; } = 30m;

    /// <summary>Level for emergency discounts (default Executive).</summary>
    public AuthorityLevel EmergencyLevel { get; init; } = AuthorityLevel.Executive;

    /// <summary>Level for payment terms (default CSM).</summary>
    public AuthorityLevel PaymentTermsLevel { get; init; } = AuthorityLevel.Csm;

    /// <summary>Level for service concessions (default Manager).</summary>
    public AuthorityLevel ServiceLevel { get; init; } = AuthorityLevel.Manager;

    /// <summary>Level for contractual changes (default Director).</summary>
    public AuthorityLevel ContractualLevel { get; init; } = AuthorityLevel.Director;

    /// <summary>Level for custom deals (default VP).</summary>
    public AuthorityLevel CustomDealLevel { get; init; } = AuthorityLevel.Vp;

    /// <summary>Total discounts above this need a sunset (default 10).</summary>
    public decimal SunsetRequiredAbovePercent { get; init; } = 10m;

    /// <summary>Level that may waive the sunset (default VP).</summary>
    public AuthorityLevel SunsetWaiverLevel { get; init; } = AuthorityLevel.Vp;

    /// <summary>Total discounts from this up need rationale, churn risk and alternatives (default 30).</summary>
    public decimal RationaleRequiredFromPercent { get; init; } = 30m;

    /// <summary>Usual discount for low-risk accounts (default 5–10).</summary>
    public PercentRange LowRiskGuidance { get; init; } = new(5m, 10m);

    /// <summary>Usual discount for medium-risk accounts (default 15–20).</summary>
    public PercentRange MediumRiskGuidance { get; init; } = new(15m, 20m);

    /// <summary>Usual discount for high-risk accounts (default 25–30).</summary>
    public PercentRange HighRiskGuidance { get; init; } = new(25m, 30m);

    /// <summary>Reads the matrix; missing keys take the default.</summary>
    /// <param name="json">The environment variable's value.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="PolicyException">Invalid JSON, an unknown key, a wrong type or a value out of range.</exception>
    public static ApprovalMatrix Parse(string json)
    {
        var reader = PolicyReader.Open(VariableName, json);
        var d = Default;
        var levels = AuthorityLevels.JsonNames;
        var guidance = reader.Nested(GuidanceKey);
        var matrix = new ApprovalMatrix
        {
            DiscountBands = ReadBands(reader) ?? d.DiscountBands,
            DiscountAboveBandsLevel = reader.Choice(DiscountAboveBandsLevelKey, d.DiscountAboveBandsLevel, levels),
            EmergencyDiscountFromPercent = reader.Number(EmergencyDiscountFromPercentKey, d.EmergencyDiscountFromPercent, MinPercent, MaxPercent),
            EmergencyLevel = reader.Choice(EmergencyLevelKey, d.EmergencyLevel, levels),
            PaymentTermsLevel = reader.Choice(PaymentTermsLevelKey, d.PaymentTermsLevel, levels),
            ServiceLevel = reader.Choice(ServiceLevelKey, d.ServiceLevel, levels),
            ContractualLevel = reader.Choice(ContractualLevelKey, d.ContractualLevel, levels),
            CustomDealLevel = reader.Choice(CustomDealLevelKey, d.CustomDealLevel, levels),
            SunsetRequiredAbovePercent = reader.Number(SunsetRequiredAbovePercentKey, d.SunsetRequiredAbovePercent, MinPercent, MaxPercent),
            SunsetWaiverLevel = reader.Choice(SunsetWaiverLevelKey, d.SunsetWaiverLevel, levels),
            RationaleRequiredFromPercent = reader.Number(RationaleRequiredFromPercentKey, d.RationaleRequiredFromPercent, MinPercent, MaxPercent),
            LowRiskGuidance = ReadRange(guidance, LowKey, d.LowRiskGuidance),
            MediumRiskGuidance = ReadRange(guidance, MediumKey, d.MediumRiskGuidance),
            HighRiskGuidance = ReadRange(guidance, HighKey, d.HighRiskGuidance),
        };
        CheckOrder(reader, matrix);
        reader.Log.ThrowIfAny();
        return matrix;
    }

    /// <summary>Reads the matrix, or returns <see cref="Default"/> when the variable has no value.</summary>
    /// <param name="json">The environment variable's value, or null.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="PolicyException">A value is present but refused.</exception>
    public static ApprovalMatrix ParseOrDefault(string? json) => string.IsNullOrWhiteSpace(json) ? Default : Parse(json!);

    private static IReadOnlyList<DiscountBand>? ReadBands(PolicyReader reader)
    {
        var problemsBefore = reader.Log.Count;
        var items = reader.Objects(DiscountBandsKey, MinBands, MaxBands);
        if (items is null)
        {
            return null;
        }

        var bands = new List<DiscountBand>(items.Count);
        foreach (var item in items)
        {
            if (item.Raw(UpToPercentKey) is null || item.Raw(LevelKey) is null)
            {
                item.Problem(item.PathOf(UpToPercentKey) + " and " + item.PathOf(LevelKey) + " are both required in every band");
            }

            bands.Add(new DiscountBand(
                item.Number(UpToPercentKey, MinPercent, MinPercent, MaxPercent),
                item.Choice(LevelKey, AuthorityLevel.Csm, AuthorityLevels.JsonNames)));
        }

        // A band with a problem would only add confusing ordering complaints; the problem itself is reported.
        return reader.Log.Count == problemsBefore ? bands : null;
    }

    private static PercentRange ReadRange(PolicyReader guidance, string key, PercentRange defaultValue)
    {
        var ends = guidance.WholeNumbers(key, new[] { (int)defaultValue.From, (int)defaultValue.To }, (int)MinPercent, (int)MaxPercent, GuidanceEnds, GuidanceEnds);
        if (ends[0] > ends[1])
        {
            guidance.Problem(guidance.PathOf(key) + " is [" + string.Join(", ", ends) + "]; expected [from, to] with from not above to");
            return defaultValue;
        }

        return new PercentRange(ends[0], ends[1]);
    }

    private static void CheckOrder(PolicyReader reader, ApprovalMatrix matrix)
    {
        var bands = matrix.DiscountBands;
        for (var i = 1; i < bands.Count; i++)
        {
            if (bands[i].UpToPercent <= bands[i - 1].UpToPercent || bands[i].Level < bands[i - 1].Level)
            {
                reader.Problem(DiscountBandsKey + " must rise: each band's upToPercent above the previous one and its level not lower; band "
                    + DomainText.Number(i) + " (" + DomainText.Percent(bands[i].UpToPercent) + ", " + AuthorityLevels.DisplayName(bands[i].Level)
                    + ") follows " + DomainText.Percent(bands[i - 1].UpToPercent) + ", " + AuthorityLevels.DisplayName(bands[i - 1].Level));
            }
        }

        var last = bands[bands.Count - 1];
        if (matrix.EmergencyDiscountFromPercent <= last.UpToPercent)
        {
            reader.Problem(EmergencyDiscountFromPercentKey + " (" + DomainText.Number(matrix.EmergencyDiscountFromPercent)
                + ") must be above the last band's upToPercent (" + DomainText.Number(last.UpToPercent) + ")");
        }

        if (matrix.DiscountAboveBandsLevel < last.Level || matrix.EmergencyLevel < matrix.DiscountAboveBandsLevel)
        {
            reader.Problem(DiscountAboveBandsLevelKey + " must not be below the last band's level, and " + EmergencyLevelKey + " not below " + DiscountAboveBandsLevelKey);
        }
    }
}

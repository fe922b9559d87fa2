using Crm.Renewals.Plugins.Domain.Policies;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Risk;

/// <summary>
/// The risk thresholds of spec §2, held in the environment variable <see cref="VariableName"/>.
/// The default instance carries the spec's defaults; <see cref="Parse"/> reads the JSON an admin set.
/// </summary>
public sealed record RiskPolicy
{
    /// <summary>Schema name of the environment variable holding this policy.</summary>
    public const string VariableName = Model.EnvironmentVariableNames.RiskPolicy;

    /// <summary>Largest number of red flags that may be required for Red: the number of flags there are.</summary>
    public const int MaxRedFlagsForRed = 10;

    /// <summary>Longest override validity an admin may configure, in days.</summary>
    public const int MaxOverrideValidDays = 365;

    private const string HealthScoreRedFlagBelowKey = "healthScoreRedFlagBelow";
    private const string HealthScoreRedBelowKey = "healthScoreRedBelow";
    private const string HealthScoreGreenFromKey = "healthScoreGreenFrom";
    private const string UsageChangeRedFlagAtOrBelowPercentKey = "usageChangeRedFlagAtOrBelowPercent";
    private const string AdoptionRedFlagBelowPercentKey = "adoptionRedFlagBelowPercent";
    private const string NpsRedFlagBelowKey = "npsRedFlagBelow";
    private const string RedFlagsForRedKey = "redFlagsForRed";
    private const string OverrideValidDaysKey = "overrideValidDays";
    private const int MinOverrideValidDays = 1;
    private const int MinHealthScore = 0;
    private const int MaxHealthScore = 100;
    private const int MinNps = -100;
    private const int MaxNps = 100;
    private const int MinPercent = 0;
    private const int MaxPercent = 100;
    private const int MinUsageChangePercent = -100;

    // Below two, a single flag would already be Red and the spec's "one may be noise" Yellow rule could never apply.
    private const int MinRedFlagsForRed = 2;

    /// <summary>The spec defaults.</summary>
    public static RiskPolicy Default { get; } = new();

    /// <summary>A health score below this is a red flag (default 50).</summary>
    public int HealthScoreRedFlagBelow { get; init; } = 50;

    /// <summary>A health score below this makes the account Red on its own (default 35).</summary>
    public int HealthScoreRedBelow { get; init; } = 35;

    /// <summary>A health score from this up is healthy; below it (and not a flag) it is Yellow (default 70).</summary>
    public int HealthScoreGreenFrom { get; init; } = 70;

    /// <summary>A usage change at or below this percentage is a red flag (default −20).</summary>
    public decimal UsageChangeRedFlagAtOrBelowPercent { get; init; } = -20m;

    /// <summary>Adoption below this percentage is a red flag (default 50).</summary>
    public decimal AdoptionRedFlagBelowPercent { get; init; } = 50m;

    /// <summary>An NPS below this is a red flag (default 0).</summary>
    public int NpsRedFlagBelow { get; init; }

    /// <summary>This many red flags make the account Red (default 2).</summary>
    public int RedFlagsForRed { get; init; } = 2;

    /// <summary>Days a CSM override stays valid when no end is given (default 30).</summary>
    public int OverrideValidDays { get; init; } = 30;

    /// <summary>Reads the policy; missing keys take the default.</summary>
    /// <param name="json">The environment variable's value.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyException">Invalid JSON, an unknown key, a wrong type or a value out of range.</exception>
    public static RiskPolicy Parse(string json)
    {
        var reader = PolicyReader.Open(VariableName, json);
        var d = Default;
        var policy = new RiskPolicy
        {
            HealthScoreRedFlagBelow = reader.WholeNumber(HealthScoreRedFlagBelowKey, d.HealthScoreRedFlagBelow, MinHealthScore, MaxHealthScore),
            HealthScoreRedBelow = reader.WholeNumber(HealthScoreRedBelowKey, d.HealthScoreRedBelow, MinHealthScore, MaxHealthScore),
            HealthScoreGreenFrom = reader.WholeNumber(HealthScoreGreenFromKey, d.HealthScoreGreenFrom, MinHealthScore, MaxHealthScore),
            UsageChangeRedFlagAtOrBelowPercent = reader.Number(UsageChangeRedFlagAtOrBelowPercentKey, d.UsageChangeRedFlagAtOrBelowPercent, MinUsageChangePercent, MinPercent),
            AdoptionRedFlagBelowPercent = reader.Number(AdoptionRedFlagBelowPercentKey, d.AdoptionRedFlagBelowPercent, MinPercent, MaxPercent),
            NpsRedFlagBelow = reader.WholeNumber(NpsRedFlagBelowKey, d.NpsRedFlagBelow, MinNps, MaxNps),
            RedFlagsForRed = reader.WholeNumber(RedFlagsForRedKey, d.RedFlagsForRed, MinRedFlagsForRed, MaxRedFlagsForRed),
            OverrideValidDays = reader.WholeNumber(OverrideValidDaysKey, d.OverrideValidDays, MinOverrideValidDays, MaxOverrideValidDays),
        };

        if (policy.HealthScoreRedBelow > policy.HealthScoreRedFlagBelow)
        {
            reader.Problem(HealthScoreRedBelowKey + " (" + DomainText.Number(policy.HealthScoreRedBelow)
                + ") must not be above " + HealthScoreRedFlagBelowKey + " (" + DomainText.Number(policy.HealthScoreRedFlagBelow) + ")");
        }

        if (policy.HealthScoreRedFlagBelow > policy.HealthScoreGreenFrom)
        {
            reader.Problem(HealthScoreRedFlagBelowKey + " (" + DomainText.Number(policy.HealthScoreRedFlagBelow)
                + ") must not be above " + HealthScoreGreenFromKey + " (" + DomainText.Number(policy.HealthScoreGreenFrom) + ")");
        }

        reader.Log.ThrowIfAny();
        return policy;
    }

    /// <summary>
    /// Reads the policy, or returns <see cref="Default"/> when the variable has no value (null or
    /// blank), which is how an environment variable without a current value reads.
    /// </summary>
    /// <param name="json">The environment variable's value, or null.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyException">A value is present but refused.</exception>
    public static RiskPolicy ParseOrDefault(string? json) => string.IsNullOrWhiteSpace(json) ? Default : Parse(json!);
}

using Crm.Renewals.Plugins.Domain.Saves;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Mapping;

/// <summary>Maps the save domain's enums to the values of the save plan choices and back.</summary>
public static class SaveOptions
{
    /// <summary>The outcome a choice value stands for; null when empty or not a value of <c>crr_saveoutcome</c>.</summary>
    public static SaveOutcome? OutcomeOf(OptionSetValue? value) => value?.Value switch
    {
        SaveOutcomeChoice.Saved => SaveOutcome.Saved,
        SaveOutcomeChoice.PartiallySaved => SaveOutcome.PartiallySaved,
        SaveOutcomeChoice.Paused => SaveOutcome.Paused,
        SaveOutcomeChoice.Lost => SaveOutcome.Lost,
        SaveOutcomeChoice.GracefulExit => SaveOutcome.GracefulExit,
        _ => null,
    };

    /// <summary>The choice value of an outcome.</summary>
    public static OptionSetValue ToOptionSetValue(SaveOutcome outcome) => new(outcome switch
    {
        SaveOutcome.Saved => SaveOutcomeChoice.Saved,
        SaveOutcome.PartiallySaved => SaveOutcomeChoice.PartiallySaved,
        SaveOutcome.Paused => SaveOutcomeChoice.Paused,
        SaveOutcome.Lost => SaveOutcomeChoice.Lost,
        _ => SaveOutcomeChoice.GracefulExit,
    });

    /// <summary>The probability a choice value stands for; null when empty or unknown (the planner then assumes medium).</summary>
    public static SaveProbability? ProbabilityOf(OptionSetValue? value) => value?.Value switch
    {
        SaveProbabilityChoice.High => SaveProbability.High,
        SaveProbabilityChoice.Medium => SaveProbability.Medium,
        SaveProbabilityChoice.Low => SaveProbability.Low,
        _ => null,
    };

    /// <summary>The choice value of an effort level.</summary>
    public static OptionSetValue ToOptionSetValue(EffortLevel effort) => new(effort switch
    {
        EffortLevel.Full => EffortLevelChoice.Full,
        EffortLevel.Standard => EffortLevelChoice.Standard,
        EffortLevel.Light => EffortLevelChoice.Light,
        _ => EffortLevelChoice.None,
    });

    /// <summary>The choice value of a time mode.</summary>
    public static OptionSetValue ToOptionSetValue(TimeMode mode) => new(mode switch
    {
        TimeMode.Comprehensive => TimeModeChoice.Comprehensive,
        TimeMode.Compressed => TimeModeChoice.Compressed,
        _ => TimeModeChoice.Emergency,
    });
}

using System;
using System.Globalization;
using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Risk;

/// <summary>
/// Maps the account's signal choices (<c>crr_usagetrend</c>, <c>crr_supportsentiment</c>,
/// <c>crr_relationshipstrength</c>) to the domain's enumerations and back. An empty column is an
/// unknown signal (null), which the domain never counts as a red flag.
/// </summary>
public static class RiskSignalOptions
{
    /// <summary>The usage trend a choice column holds, or null when it is empty.</summary>
    /// <param name="value">The column's value.</param>
    /// <returns>The trend, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not an option of <c>crr_usagetrend</c>.</exception>
    public static UsageTrend? UsageTrendOf(OptionSetValue? value) => value?.Value switch
    {
        null => null,
        UsageTrendChoice.Growing => UsageTrend.Growing,
        UsageTrendChoice.Stable => UsageTrend.Stable,
        UsageTrendChoice.Declining => UsageTrend.Declining,
        _ => throw Unknown(value.Value, UsageTrendChoice.OptionSetName),
    };

    /// <summary>The support sentiment a choice column holds, or null when it is empty.</summary>
    /// <param name="value">The column's value.</param>
    /// <returns>The sentiment, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not an option of <c>crr_supportsentiment</c>.</exception>
    public static SupportSentiment? SupportSentimentOf(OptionSetValue? value) => value?.Value switch
    {
        null => null,
        SupportSentimentChoice.Positive => SupportSentiment.Positive,
        SupportSentimentChoice.Neutral => SupportSentiment.Neutral,
        SupportSentimentChoice.Negative => SupportSentiment.Negative,
        _ => throw Unknown(value.Value, SupportSentimentChoice.OptionSetName),
    };

    /// <summary>The relationship strength a choice column holds, or null when it is empty.</summary>
    /// <param name="value">The column's value.</param>
    /// <returns>The strength, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not an option of <c>crr_relationshipstrength</c>.</exception>
    public static RelationshipStrength? RelationshipStrengthOf(OptionSetValue? value) => value?.Value switch
    {
        null => null,
        RelationshipStrengthChoice.Strong => RelationshipStrength.Strong,
        RelationshipStrengthChoice.Moderate => RelationshipStrength.Moderate,
        RelationshipStrengthChoice.Weak => RelationshipStrength.Weak,
        _ => throw Unknown(value.Value, RelationshipStrengthChoice.OptionSetName),
    };

    /// <summary>The option value of a usage trend.</summary>
    /// <param name="trend">The trend.</param>
    /// <returns>Its value in <see cref="UsageTrendChoice"/>.</returns>
    public static OptionSetValue ToOptionSetValue(UsageTrend trend) => new(trend switch
    {
        UsageTrend.Growing => UsageTrendChoice.Growing,
        UsageTrend.Stable => UsageTrendChoice.Stable,
        UsageTrend.Declining => UsageTrendChoice.Declining,
        _ => throw new ArgumentOutOfRangeException(nameof(trend), trend, "No option of " + UsageTrendChoice.OptionSetName + " stands for this trend."),
    });

    /// <summary>The option value of a support sentiment.</summary>
    /// <param name="sentiment">The sentiment.</param>
    /// <returns>Its value in <see cref="SupportSentimentChoice"/>.</returns>
    public static OptionSetValue ToOptionSetValue(SupportSentiment sentiment) => new(sentiment switch
    {
        SupportSentiment.Positive => SupportSentimentChoice.Positive,
        SupportSentiment.Neutral => SupportSentimentChoice.Neutral,
        SupportSentiment.Negative => SupportSentimentChoice.Negative,
        _ => throw new ArgumentOutOfRangeException(nameof(sentiment), sentiment, "No option of " + SupportSentimentChoice.OptionSetName + " stands for this sentiment."),
    });

    /// <summary>The option value of a relationship strength.</summary>
    /// <param name="strength">The strength.</param>
    /// <returns>Its value in <see cref="RelationshipStrengthChoice"/>.</returns>
    public static OptionSetValue ToOptionSetValue(RelationshipStrength strength) => new(strength switch
    {
        RelationshipStrength.Strong => RelationshipStrengthChoice.Strong,
        RelationshipStrength.Moderate => RelationshipStrengthChoice.Moderate,
        RelationshipStrength.Weak => RelationshipStrengthChoice.Weak,
        _ => throw new ArgumentOutOfRangeException(nameof(strength), strength, "No option of " + RelationshipStrengthChoice.OptionSetName + " stands for this strength."),
    });

    private static ArgumentOutOfRangeException Unknown(int value, string choice) => new(
        nameof(value),
        value,
        "The value " + value.ToString(CultureInfo.InvariantCulture) + " is not an option of the choice " + choice + ".");
}

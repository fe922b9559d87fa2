using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Risk;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Risk;

public class RiskSignalOptionsTests
{
    [Fact]
    public void UsageTrendOf_EveryTrend_RoundTrips()
    {
        Assert.All(Enum.GetValues<UsageTrend>(), trend => Assert.Equal(trend, RiskSignalOptions.UsageTrendOf(RiskSignalOptions.ToOptionSetValue(trend))));
    }

    [Fact]
    public void SupportSentimentOf_EverySentiment_RoundTrips()
    {
        Assert.All(Enum.GetValues<SupportSentiment>(), sentiment => Assert.Equal(sentiment, RiskSignalOptions.SupportSentimentOf(RiskSignalOptions.ToOptionSetValue(sentiment))));
    }

    [Fact]
    public void RelationshipStrengthOf_EveryStrength_RoundTrips()
    {
        Assert.All(Enum.GetValues<RelationshipStrength>(), strength => Assert.Equal(strength, RiskSignalOptions.RelationshipStrengthOf(RiskSignalOptions.ToOptionSetValue(strength))));
    }

    [Fact]
    public void Of_EmptyColumn_IsAnUnknownSignal()
    {
        Assert.Null(RiskSignalOptions.UsageTrendOf(null));
        Assert.Null(RiskSignalOptions.SupportSentimentOf(null));
        Assert.Null(RiskSignalOptions.RelationshipStrengthOf(null));
    }

    [Fact]
    public void Of_UnknownOption_IsRefusedNamingTheChoice()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RiskSignalOptions.SupportSentimentOf(new OptionSetValue(7)));

        Assert.Contains("The value 7 is not an option of the choice crr_supportsentiment.", error.Message, StringComparison.Ordinal);
    }
}

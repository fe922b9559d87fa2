using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;

namespace Crm.Renewals.Plugins.Tests.Mapping;

public class RenewalStrategyOptionsTests
{
    [Theory]
    [InlineData(RenewalStrategy.StreamlinedConfirmation, RenewalStrategyChoice.StreamlinedConfirmation)]
    [InlineData(RenewalStrategy.ExpansionFocus, RenewalStrategyChoice.ExpansionFocus)]
    [InlineData(RenewalStrategy.ValueReinforcement, RenewalStrategyChoice.ValueReinforcement)]
    [InlineData(RenewalStrategy.SaveMode, RenewalStrategyChoice.SaveMode)]
    public void ToValue_EachStrategy_IsItsOption(RenewalStrategy strategy, int value)
    {
        Assert.Equal(value, RenewalStrategyOptions.ToValue(strategy));
        Assert.Equal(value, RenewalStrategyOptions.ToOptionSetValue(strategy).Value);
    }

    [Fact]
    public void ToValue_UndefinedStrategy_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RenewalStrategyOptions.ToValue((RenewalStrategy)99));
    }
}

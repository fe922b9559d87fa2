using Crm.Renewals.Plugins.Domain.Risk;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Mapping;

public class RiskCategoryOptionsTests
{
    [Theory]
    [InlineData(RiskCategory.Green, RiskCategoryChoice.Green)]
    [InlineData(RiskCategory.Yellow, RiskCategoryChoice.Yellow)]
    [InlineData(RiskCategory.Red, RiskCategoryChoice.Red)]
    [InlineData(RiskCategory.Expansion, RiskCategoryChoice.Expansion)]
    public void ToValue_EachCategory_IsItsOptionAndMapsBack(RiskCategory category, int value)
    {
        Assert.Equal(value, RiskCategoryOptions.ToValue(category));
        Assert.Equal(value, RiskCategoryOptions.ToOptionSetValue(category).Value);
        Assert.Equal(category, RiskCategoryOptions.FromValue(value));
        Assert.Equal(category, RiskCategoryOptions.FromOptionSetValue(new OptionSetValue(value)));
    }

    [Fact]
    public void ToValue_EveryCategory_HasADistinctOption()
    {
        var values = Enum.GetValues<RiskCategory>().Select(RiskCategoryOptions.ToValue).ToArray();

        Assert.Equal(values.Length, values.Distinct().Count());
    }

    [Fact]
    public void FromOptionSetValue_EmptyColumn_IsNull()
    {
        Assert.Null(RiskCategoryOptions.FromOptionSetValue(null));
    }

    [Fact]
    public void FromValue_UnknownOption_IsRefusedNamingTheChoice()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RiskCategoryOptions.FromValue(1));

        Assert.Contains("The value 1 is not an option of the choice crr_riskcategory.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToValue_UndefinedCategory_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskCategoryOptions.ToValue((RiskCategory)99));
    }
}

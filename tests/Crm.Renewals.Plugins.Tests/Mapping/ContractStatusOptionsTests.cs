using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Mapping;

public class ContractStatusOptionsTests
{
    [Theory]
    [InlineData(ContractStatus.Active, ContractStatusChoice.Active)]
    [InlineData(ContractStatus.Renewed, ContractStatusChoice.Renewed)]
    [InlineData(ContractStatus.Churned, ContractStatusChoice.Churned)]
    public void ToValue_EachStatus_IsItsOptionAndMapsBack(ContractStatus status, int value)
    {
        Assert.Equal(value, ContractStatusOptions.ToValue(status));
        Assert.Equal(value, ContractStatusOptions.ToOptionSetValue(status).Value);
        Assert.Equal(status, ContractStatusOptions.FromOptionSetValue(new OptionSetValue(value)));
    }

    [Theory]
    [InlineData(null)] // empty column
    [InlineData(642310099)] // an option this assembly does not know
    public void FromOptionSetValue_EmptyOrUnknown_IsNullSoThePlannerAsksForAStatus(int? value)
    {
        Assert.Null(ContractStatusOptions.FromOptionSetValue(value is int v ? new OptionSetValue(v) : null));
    }

    [Fact]
    public void ToValue_UndefinedStatus_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ContractStatusOptions.ToValue((ContractStatus)99));
    }
}

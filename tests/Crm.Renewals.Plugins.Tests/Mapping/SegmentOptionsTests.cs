using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Mapping;

public class SegmentOptionsTests
{
    [Theory]
    [InlineData(AccountSegment.Enterprise, SegmentChoice.Enterprise)]
    [InlineData(AccountSegment.MidMarket, SegmentChoice.MidMarket)]
    [InlineData(AccountSegment.Smb, SegmentChoice.SMB)]
    public void ToValue_EachSegment_IsItsOptionAndMapsBack(AccountSegment segment, int value)
    {
        Assert.Equal(value, SegmentOptions.ToValue(segment));
        Assert.Equal(segment, SegmentOptions.FromOptionSetValue(new OptionSetValue(value)));
    }

    [Fact]
    public void All_ListsEverySegmentOnce()
    {
        Assert.Equal(Enum.GetValues<AccountSegment>().OrderBy(s => s), SegmentOptions.All.OrderBy(s => s));
    }

    [Theory]
    [InlineData(null)] // empty column
    [InlineData(642310099)] // an option added to the choice later, which this assembly does not know
    public void FromOptionSetValue_EmptyOrUnknown_IsNullSoThePlannerAsksForASegment(int? value)
    {
        Assert.Null(SegmentOptions.FromOptionSetValue(value is int v ? new OptionSetValue(v) : null));
    }

    [Fact]
    public void ToValue_UndefinedSegment_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SegmentOptions.ToValue((AccountSegment)99));
    }
}

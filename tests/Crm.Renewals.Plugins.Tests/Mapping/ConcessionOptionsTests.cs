using Crm.Renewals.Plugins.Domain.Approvals;
using Crm.Renewals.Plugins.Mapping;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Tests.Mapping;

public class ConcessionOptionsTests
{
    [Fact]
    public void LevelOf_EveryLevel_MapsToItsOptionAndBack()
    {
        foreach (var level in Enum.GetValues<AuthorityLevel>())
        {
            Assert.Equal(level, ConcessionOptions.LevelOf(ConcessionOptions.ToOptionSetValue(level)));
        }

        var values = Enum.GetValues<AuthorityLevel>().Select(l => ConcessionOptions.ToOptionSetValue(l).Value).ToArray();
        Assert.Equal(values.Length, values.Distinct().Count());
    }

    [Fact]
    public void StatusOf_EveryStatus_MapsToItsOptionAndBack()
    {
        foreach (var status in Enum.GetValues<ConcessionStatus>())
        {
            Assert.Equal(status, ConcessionOptions.StatusOf(ConcessionOptions.ToOptionSetValue(status)));
        }
    }

    [Fact]
    public void StatusOf_EmptyColumn_IsDraft()
    {
        Assert.Equal(ConcessionStatus.Draft, ConcessionOptions.StatusOf(null));
    }

    [Fact]
    public void StatusOf_UnknownOption_IsRefusedNamingTheChoice()
    {
        // Found by renewals verify: an unknown status reached the gate as "failed unexpectedly".
        var error = Assert.Throws<InvalidPluginExecutionException>(() => ConcessionOptions.StatusOf(new OptionSetValue(1)));

        Assert.Equal("Status (crr_concessionstatus) 1 is not an option of crr_concessionstatus: use Draft (642310000), Submitted (642310001), Approved (642310002) or Rejected (642310003).", error.Message);
    }

    [Theory]
    [InlineData(ConcessionTypeChoice.PriceDiscount, ConcessionType.PriceDiscount)]
    [InlineData(ConcessionTypeChoice.PaymentTerms, ConcessionType.PaymentTerms)]
    [InlineData(ConcessionTypeChoice.Service, ConcessionType.Service)]
    [InlineData(ConcessionTypeChoice.Contractual, ConcessionType.Contractual)]
    [InlineData(ConcessionTypeChoice.CustomDeal, ConcessionType.CustomDeal)]
    public void TypeOf_EachOption_IsItsType(int value, ConcessionType expected)
    {
        Assert.Equal(expected, ConcessionOptions.TypeOf(new OptionSetValue(value)));
    }

    [Fact]
    public void TypeOf_UnknownOrEmpty_IsNullSoTheValidatorNamesTheColumn()
    {
        Assert.Null(ConcessionOptions.TypeOf(new OptionSetValue(1)));
        Assert.Null(ConcessionOptions.TypeOf(null));
        Assert.Null(ConcessionOptions.LevelOf(new OptionSetValue(1)));
    }

    [Fact]
    public void ToOptionSetValue_EveryChainAction_HasADistinctOption()
    {
        var values = Enum.GetValues<ApprovalAction>().Select(a => ConcessionOptions.ToOptionSetValue(a).Value).ToArray();

        Assert.Equal(values.Length, values.Distinct().Count());
        Assert.Contains(ApprovalActionChoice.ReturnedToSubmitted, values);
    }
}

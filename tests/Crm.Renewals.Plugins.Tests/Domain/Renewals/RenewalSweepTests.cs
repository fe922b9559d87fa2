using Crm.Renewals.Plugins.Domain.Renewals;

namespace Crm.Renewals.Plugins.Tests.Domain.Renewals;

public class RenewalSweepTests
{
    [Fact]
    public void Window_Today_ReadsEndDatesUpToTheLongestLeadTime()
    {
        var window = RenewalSweep.Window(new DateTime(2025, 1, 1, 6, 0, 0), RenewalPolicy.Default);

        Assert.Equal(new DateTime(2025, 1, 1), window.AsOf);
        Assert.Equal(new DateTime(2025, 1, 1), window.FromEndDate);
        Assert.Equal(new DateTime(2025, 6, 30), window.ToEndDate); // + 180 days, the at-risk lead time
    }

    [Fact]
    public void Window_LongerSegmentLeadTime_WidensTheWindow()
    {
        var window = RenewalSweep.Window(new DateTime(2025, 1, 1), RenewalPolicy.Default with { EnterpriseLeadTimeDays = 300 });

        Assert.Equal(new DateTime(2025, 10, 28), window.ToEndDate);
    }

    [Theory]
    [InlineData(null, null)] // default
    [InlineData(1, null)] // the minimum
    [InlineData(250, null)] // the maximum
    [InlineData(0, "PageSize must be from 1 to 250 (default 50); it is 0.")] // zero rows per page
    [InlineData(251, "PageSize must be from 1 to 250 (default 50); it is 251.")] // one above the maximum
    public void ValidatePageSize_Request_AcceptsOneToMax(int? requested, string? expected)
    {
        Assert.Equal(expected, RenewalSweep.ValidatePageSize(requested));
    }

    [Theory]
    [InlineData(null, 50)] // not given
    [InlineData(10, 10)] // given
    public void PageSizeOrDefault_Request_FallsBackToDefault(int? requested, int expected)
    {
        Assert.Equal(expected, RenewalSweep.PageSizeOrDefault(requested));
    }
}

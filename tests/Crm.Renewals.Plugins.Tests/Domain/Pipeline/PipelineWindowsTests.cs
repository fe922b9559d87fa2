using Crm.Renewals.Plugins.Domain.Pipeline;

namespace Crm.Renewals.Plugins.Tests.Domain.Pipeline;

public class PipelineWindowsTests
{
    // February 2026 has 28 days: its last window runs from the 22nd to March 1st (exclusive); the windows tile the months.
    [Fact]
    public void Of_TwoMonthsFromMidFebruary_FourWindowsAMonthTilingBothMonths()
    {
        var windows = PipelineWindows.Of(new DateTime(2026, 2, 17), 2);

        Assert.Equal(8, windows.Count);
        Assert.Equal(new DateTime(2026, 2, 1), windows[0].Start);
        Assert.Equal(new DateTime(2026, 2, 22), windows[3].Start);
        Assert.Equal(new DateTime(2026, 3, 1), windows[3].End);
        Assert.Equal(new DateTime(2026, 4, 1), windows[7].End);
        Assert.All(windows.Zip(windows.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
        Assert.All(windows.Take(4), window => Assert.Equal(new DateTime(2026, 2, 1), window.Month));
    }

    [Theory]
    [InlineData(0)] // nothing to show
    [InlineData(25)] // more than two years
    public void Of_MonthsOutOfRange_Refused(int months)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PipelineWindows.Of(new DateTime(2026, 1, 1), months));
    }
}

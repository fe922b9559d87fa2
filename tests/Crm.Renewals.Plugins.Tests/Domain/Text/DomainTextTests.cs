using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Tests.Domain.Text;

public class DomainTextTests
{
    [Theory]
    [InlineData(100000, "100,000")] // thousands separated
    [InlineData(12.5, "12.5")] // one decimal kept
    [InlineData(12.345, "12.35")] // two decimals at most
    [InlineData(-20, "-20")] // negative
    [InlineData(0, "0")] // zero
    public void Number_Decimal_IsInvariant(double value, string expected)
    {
        Assert.Equal(expected, DomainText.Number((decimal)value));
    }

    [Fact]
    public void Number_UnderAnotherCulture_StaysInvariant()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("1,234.5", DomainText.Number(1234.5m));
            Assert.Equal("2025-03-01", DomainText.Date(new DateTime(2025, 3, 1)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData(new string[0], "")] // nothing
    [InlineData(new[] { "a" }, "a")] // one item
    [InlineData(new[] { "a", "b" }, "a and b")] // two items
    [InlineData(new[] { "a", "b", "c" }, "a, b and c")] // three items
    public void List_Items_JoinsInWords(string[] items, string expected)
    {
        Assert.Equal(expected, DomainText.List(items));
    }

    [Theory]
    [InlineData(new[] { "a" }, "a")] // one item
    [InlineData(new[] { "a", "b", "c" }, "a, b or c")] // three items
    public void Alternatives_Items_JoinsWithOr(string[] items, string expected)
    {
        Assert.Equal(expected, DomainText.Alternatives(items));
    }

    [Theory]
    [InlineData(1, "1 day")] // singular
    [InlineData(0, "0 days")] // zero is plural
    [InlineData(2, "2 days")] // plural
    public void Count_Number_PicksSingularOrPlural(int count, string expected)
    {
        Assert.Equal(expected, DomainText.Count(count, "day", "days"));
    }

    [Fact]
    public void Range_Ends_UseAnEnDash()
    {
        Assert.Equal("30\u2013120", DomainText.Range(30m, 120m));
    }
}

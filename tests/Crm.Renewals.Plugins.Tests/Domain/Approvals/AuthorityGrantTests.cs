using Crm.Renewals.Plugins.Domain.Approvals;

namespace Crm.Renewals.Plugins.Tests.Domain.Approvals;

public class AuthorityGrantTests
{
    private static readonly DateTime Day = new(2026, 12, 3, 15, 30, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(null, null, true)] // no dates: always
    [InlineData("2026-12-03", "2026-12-03", true)] // a one-day delegation covers that whole day
    [InlineData("2026-12-04", null, false)] // a future delegation does not apply yet
    [InlineData(null, "2026-12-02", false)] // an expired delegation no longer applies
    [InlineData("2026-11-01", "2026-12-31", true)] // inside the range
    public void AppliesOn_Dates_InclusiveDays(string? from, string? to, bool expected)
    {
        var grant = new AuthorityGrant(AuthorityLevel.Director, true, Parse(from), Parse(to));

        Assert.Equal(expected, grant.AppliesOn(Day));
    }

    [Fact]
    public void AppliesOn_Inactive_Never()
    {
        Assert.False(new AuthorityGrant(AuthorityLevel.Director, false, null, null).AppliesOn(Day));
    }

    [Fact]
    public void LevelOn_SeveralValidRows_TheHighest()
    {
        var grants = new[]
        {
            new AuthorityGrant(AuthorityLevel.Manager, true, null, null),
            new AuthorityGrant(AuthorityLevel.Vp, true, Day.Date, Day.Date), // delegated for today
            new AuthorityGrant(AuthorityLevel.Executive, false, null, null), // switched off
            new AuthorityGrant(AuthorityLevel.Executive, true, Day.Date.AddDays(1), null), // starts tomorrow
        };

        Assert.Equal(AuthorityLevel.Vp, AuthorityGrant.LevelOn(grants, Day));
        Assert.Equal(AuthorityLevel.Manager, AuthorityGrant.LevelOn(grants, Day.AddDays(-1)));
        Assert.Equal(AuthorityLevel.Executive, AuthorityGrant.LevelOn(grants, Day.AddDays(1)));
    }

    [Fact]
    public void LevelOn_NoValidRow_Null()
    {
        Assert.Null(AuthorityGrant.LevelOn(new[] { new AuthorityGrant(AuthorityLevel.Csm, false, null, null) }, Day));
        Assert.Null(AuthorityGrant.LevelOn(Array.Empty<AuthorityGrant>(), Day));
    }

    private static DateTime? Parse(string? day) => day is null ? null : DateTime.SpecifyKind(DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
}

using Crm.Renewals.Plugins.Infrastructure.Configuration;

namespace Crm.Renewals.Plugins.Tests.Infrastructure.Configuration;

/// <summary>Parsed policies are reused per organization for a bounded time, never across organizations.</summary>
public sealed class PolicyCacheTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Get_SameOrganizationWithinLifetime_LoadsOnce()
    {
        var organization = Guid.NewGuid();
        var loads = 0;

        var first = PolicyCache.Get(organization, "crr_Test", Now, () => { loads++; return "policy"; });
        var second = PolicyCache.Get(organization, "crr_Test", Now + PolicyCache.Lifetime - TimeSpan.FromSeconds(1), () => { loads++; return "other"; });

        Assert.Equal(1, loads);
        Assert.Same(first, second);
    }

    [Fact]
    public void Get_AnotherOrganization_LoadsItsOwnPolicy()
    {
        var loaded = PolicyCache.Get(Guid.NewGuid(), "crr_Test", Now, () => "first organization's");

        var other = PolicyCache.Get(Guid.NewGuid(), "crr_Test", Now, () => "second organization's");

        Assert.Equal("first organization's", loaded);
        Assert.Equal("second organization's", other);
    }

    [Theory]
    [InlineData(300)] // exactly the lifetime: an admin's change takes effect after at most five minutes
    [InlineData(-1)] // a clock that went back (another operation's earlier time) does not trust a newer entry
    public void Get_OutsideTheLifetime_LoadsAgain(int secondsLater)
    {
        var organization = Guid.NewGuid();
        PolicyCache.Get(organization, "crr_Test", Now, () => "old");

        var reloaded = PolicyCache.Get(organization, "crr_Test", Now.AddSeconds(secondsLater), () => "new");

        Assert.Equal("new", reloaded);
    }

    [Fact]
    public void Get_LoadFails_CachesNothingAndPropagates()
    {
        var organization = Guid.NewGuid();

        Assert.Throws<FormatException>(() => PolicyCache.Get<string>(organization, "crr_Test", Now, () => throw new FormatException("bad JSON")));
        var loaded = PolicyCache.Get(organization, "crr_Test", Now, () => "fixed");

        Assert.Equal("fixed", loaded);
    }
}

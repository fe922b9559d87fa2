using Crm.Renewals.Plugins.Domain.Approvals;

namespace Crm.Renewals.Plugins.Tests.Domain.Approvals;

public class AuthorityGrantingTests
{
    [Theory]
    [InlineData(AuthorityLevel.Director, AuthorityLevel.Director)] // up to the level held
    [InlineData(AuthorityLevel.Director, AuthorityLevel.Manager)] // below it
    [InlineData(AuthorityLevel.Executive, AuthorityLevel.Executive)] // the top grants the top
    public void Refusal_AtOrBelowOwnLevel_Allowed(AuthorityLevel held, AuthorityLevel granted)
    {
        Assert.Null(AuthorityGranting.Refusal(held, false, false, granted));
    }

    [Fact]
    public void Refusal_CsmMakingSomeoneExecutive_RefusedNamingTheRule()
    {
        Assert.Equal(
            "You cannot grant Executive authority: you are a CSM, and nobody can grant more than they hold.",
            AuthorityGranting.Refusal(AuthorityLevel.Csm, false, false, AuthorityLevel.Executive));
    }

    [Fact]
    public void Refusal_NoAuthority_RefusedPointingToAnAdministrator()
    {
        Assert.Equal(
            "You cannot grant CSM authority: you hold no approval authority yourself. Ask a renewals administrator.",
            AuthorityGranting.Refusal(null, false, false, AuthorityLevel.Csm));
    }

    [Theory]
    [InlineData(AuthorityLevel.Vp)] // passing on the delegated level itself
    [InlineData(AuthorityLevel.Manager)] // even a lower one: a delegate does not delegate at all
    public void Refusal_Delegate_CannotDelegateFurther(AuthorityLevel granted)
    {
        Assert.Equal(
            "You cannot grant " + AuthorityLevels.DisplayName(granted) + " authority: your VP authority is delegated to you, and a delegate cannot delegate further.",
            AuthorityGranting.Refusal(AuthorityLevel.Vp, true, false, granted));
    }

    [Theory]
    [InlineData(null)] // an administrator needs no level of their own
    [InlineData(AuthorityLevel.Csm)] // nor a high one
    public void Refusal_Administrator_AnyLevel(AuthorityLevel? held)
    {
        Assert.Null(AuthorityGranting.Refusal(held, false, true, AuthorityLevel.Executive));
    }
}

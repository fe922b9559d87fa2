using Crm.Renewals.Plugins.Domain.Approvals;

namespace Crm.Renewals.Plugins.Tests.Domain.Approvals;

public class AuthorityGrantingTests
{
    private static readonly DateTime Today = new(2026, 12, 3);
    private static readonly DateTime InAWeek = Today.AddDays(7);

    [Theory]
    [InlineData(AuthorityLevel.Director, AuthorityLevel.Director)] // up to the level held
    [InlineData(AuthorityLevel.Director, AuthorityLevel.Manager)] // below it
    [InlineData(AuthorityLevel.Executive, AuthorityLevel.Executive)] // the top lends the top
    public void DelegationRefusal_AtOrBelowOwnLevel_Allowed(AuthorityLevel held, AuthorityLevel lent)
    {
        Assert.Null(AuthorityGranting.DelegationRefusal(Lend(lent), [Own(held)], Today));
    }

    [Fact]
    public void DelegationRefusal_CsmMakingSomeoneExecutive_RefusedNamingTheRule()
    {
        Assert.Equal(
            "You cannot delegate Executive authority: on 2026-12-03 you are a CSM, and nobody can grant more than they hold.",
            AuthorityGranting.DelegationRefusal(Lend(AuthorityLevel.Executive), [Own(AuthorityLevel.Csm)], Today));
    }

    [Fact]
    public void DelegationRefusal_NoAuthority_RefusedPointingToAnAdministrator()
    {
        Assert.Equal(
            "You cannot delegate CSM authority: you hold no approval authority of your own on 2026-12-03. Ask a renewals administrator.",
            AuthorityGranting.DelegationRefusal(Lend(AuthorityLevel.Csm), [], Today));
    }

    [Theory]
    [InlineData(AuthorityLevel.Vp)] // passing on the delegated level itself
    [InlineData(AuthorityLevel.Manager)] // or a lower one with nothing of their own
    public void DelegationRefusal_DelegateWithoutOwnLevel_CannotDelegateFurther(AuthorityLevel lent)
    {
        Assert.Equal(
            "You cannot delegate " + AuthorityLevels.DisplayName(lent) + " authority: on 2026-12-03 your VP authority is delegated to you, and a delegate cannot delegate further.",
            AuthorityGranting.DelegationRefusal(Lend(lent), [Own(AuthorityLevel.Vp) with { IsDelegated = true }], Today));
    }

    // A manager who is also covering for a VP still lends their own Manager level, never the VP level.
    [Fact]
    public void DelegationRefusal_DelegateLendingTheirOwnLowerLevel_Allowed()
    {
        AuthorityGrant[] grants = [Own(AuthorityLevel.Manager), Own(AuthorityLevel.Vp) with { IsDelegated = true }];

        Assert.Null(AuthorityGranting.DelegationRefusal(Lend(AuthorityLevel.Manager), grants, Today));
    }

    // Lending for days one does not hold the level oneself would outlive the authority it comes from.
    [Fact]
    public void DelegationRefusal_OwnAuthorityEndsBeforeTheDelegation_RefusedNamingTheFirstDayNotCovered()
    {
        var ending = Own(AuthorityLevel.Director) with { ValidTo = Today.AddDays(3) };

        Assert.Equal(
            "You cannot delegate Director authority: you hold no approval authority of your own on 2026-12-07. Ask a renewals administrator.",
            AuthorityGranting.DelegationRefusal(Lend(AuthorityLevel.Director), [ending], Today));
    }

    [Fact]
    public void DelegationRefusal_ToSelf_RefusedAskingForAColleague()
    {
        Assert.Equal(
            "You cannot delegate Manager authority to yourself: choose the colleague who approves while you are away.",
            AuthorityGranting.DelegationRefusal(Lend(AuthorityLevel.Manager) with { ToSelf = true }, [Own(AuthorityLevel.Manager)], Today));
    }

    [Theory]
    [InlineData(-1, 7, "You cannot delegate Manager authority from 2026-12-02: that day is in the past; start today or later.")] // backdated
    [InlineData(5, 2, "You cannot delegate Manager authority until 2026-12-05: that is before its first day, 2026-12-08.")] // ends before it starts
    public void DelegationRefusal_DatesOutOfOrder_RefusedNamingTheDate(int fromDays, int toDays, string refusal)
    {
        var request = new DelegationRequest(AuthorityLevel.Manager, Today.AddDays(fromDays), Today.AddDays(toDays), ToSelf: false);

        Assert.Equal(refusal, AuthorityGranting.DelegationRefusal(request, [Own(AuthorityLevel.Manager)], Today));
    }

    private static DelegationRequest Lend(AuthorityLevel level) => new(level, null, InAWeek, ToSelf: false);

    private static AuthorityGrant Own(AuthorityLevel level) => new(level, IsActive: true, ValidFrom: null, ValidTo: null);
}

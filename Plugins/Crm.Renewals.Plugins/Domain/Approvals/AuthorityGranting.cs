namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>
/// Who may give an approval authority (spec §4, issue 11): nobody grants more than they hold, so a CSM cannot make
/// themselves (or anyone) Executive; a user holding level L grants up to L; an administrator grants any level; and a
/// delegate, whose level that day is only lent to them, cannot lend it on.
/// </summary>
public static class AuthorityGranting
{
    /// <summary>Why the grant is refused, or null when it is allowed.</summary>
    /// <param name="grantorLevel">The level the granting user holds on the grant's first day, or null for none.</param>
    /// <param name="grantorLevelIsDelegated">True when that level comes only from a delegation to the granting user.</param>
    /// <param name="grantorIsAdministrator">True for a renewals administrator (the role that maintains authorities).</param>
    /// <param name="granted">The level the grant gives.</param>
    /// <returns>The refusal in words the user can act on, or null.</returns>
    public static string? Refusal(AuthorityLevel? grantorLevel, bool grantorLevelIsDelegated, bool grantorIsAdministrator, AuthorityLevel granted)
    {
        if (grantorIsAdministrator)
        {
            return null;
        }

        var what = "You cannot grant " + AuthorityLevels.DisplayName(granted) + " authority: ";
        if (grantorLevel is not AuthorityLevel held)
        {
            return what + "you hold no approval authority yourself. Ask a renewals administrator.";
        }

        if (grantorLevelIsDelegated)
        {
            return what + "your " + AuthorityLevels.DisplayName(held) + " authority is delegated to you, and a delegate cannot delegate further.";
        }

        return granted > held
            ? what + "you are " + AuthorityLevels.WithArticle(held) + ", and nobody can grant more than they hold."
            : null;
    }
}

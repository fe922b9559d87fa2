using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Plugins.Domain.Text;

namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>
/// Who may lend an approval authority (spec §4, issue 11): nobody grants more than they hold, so a CSM cannot make
/// themselves (or anyone) Executive; a user lends up to the level they hold in their own right on every day of the
/// delegation; and a delegate, whose level is only lent to them, cannot lend it on. Administrators do not delegate:
/// they give authorities directly (their role writes the rows), so these rules are the path for everyone else.
/// </summary>
public static class AuthorityGranting
{
    /// <summary>Why the delegation is refused, or null when it is allowed.</summary>
    /// <param name="request">The delegation asked for.</param>
    /// <param name="grantorGrants">Every authority row of the user lending, their own and those delegated to them.</param>
    /// <param name="today">Today, in the organization's calendar.</param>
    /// <returns>The refusal in words the user can act on, or null.</returns>
    public static string? DelegationRefusal(DelegationRequest request, IEnumerable<AuthorityGrant> grantorGrants, DateTime today)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var what = "You cannot delegate " + AuthorityLevels.DisplayName(request.Level) + " authority";
        if (request.ToSelf)
        {
            return what + " to yourself: choose the colleague who approves while you are away.";
        }

        var from = (request.ValidFrom ?? today).Date;
        var to = request.ValidTo.Date;
        if (from < today.Date)
        {
            return what + " from " + DomainText.Date(from) + ": that day is in the past; start today or later.";
        }

        if (to < from)
        {
            return what + " until " + DomainText.Date(to) + ": that is before its first day, " + DomainText.Date(from) + ".";
        }

        var grants = (grantorGrants ?? throw new ArgumentNullException(nameof(grantorGrants))).ToList();
        var own = grants.Where(grant => !grant.IsDelegated).ToList();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var held = AuthorityGrant.LevelOn(own, day);
            if (held >= request.Level)
            {
                continue;
            }

            var onDay = " on " + DomainText.Date(day);
            if (AuthorityGrant.LevelOn(grants, day) is AuthorityLevel lent && lent >= request.Level)
            {
                return what + ":" + onDay + " your " + AuthorityLevels.DisplayName(lent) + " authority is delegated to you, and a delegate cannot delegate further.";
            }

            return held is AuthorityLevel level
                ? what + ":" + onDay + " you are " + AuthorityLevels.WithArticle(level) + ", and nobody can grant more than they hold."
                : what + ": you hold no approval authority of your own" + onDay + ". Ask a renewals administrator.";
        }

        return null;
    }
}

using System;

namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>One approval authority row of a user: a level, valid from/to (inclusive days), and an active flag.</summary>
/// <param name="Level">The level granted.</param>
/// <param name="IsActive">False when switched off.</param>
/// <param name="ValidFrom">First day it applies, or null for always.</param>
/// <param name="ValidTo">Last day it applies, or null for open-ended.</param>
/// <param name="IsDelegated">True when another approver lent it (it counts for approving, not for lending on).</param>
public sealed record AuthorityGrant(AuthorityLevel Level, bool IsActive, DateTime? ValidFrom, DateTime? ValidTo, bool IsDelegated = false)
{
    /// <summary>True when the grant applies on <paramref name="day"/>.</summary>
    /// <param name="day">The day (time of day ignored).</param>
    /// <returns>Active, started and not ended that day.</returns>
    public bool AppliesOn(DateTime day) =>
        IsActive && (ValidFrom is not DateTime from || from.Date <= day.Date) && (ValidTo is not DateTime to || to.Date >= day.Date);

    /// <summary>A user's level on a day: the highest grant that applies then (spec §4, dated delegation), or null for none.</summary>
    /// <param name="grants">The user's grants.</param>
    /// <param name="day">The day.</param>
    /// <returns>The level, or null.</returns>
    public static AuthorityLevel? LevelOn(System.Collections.Generic.IEnumerable<AuthorityGrant> grants, DateTime day)
    {
        AuthorityLevel? highest = null;
        foreach (var grant in grants ?? throw new ArgumentNullException(nameof(grants)))
        {
            if (grant.AppliesOn(day) && (highest is null || grant.Level > highest))
            {
                highest = grant.Level;
            }
        }

        return highest;
    }
}

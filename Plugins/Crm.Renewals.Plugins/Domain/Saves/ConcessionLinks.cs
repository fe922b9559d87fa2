using System;
using System.Collections.Generic;
using System.Linq;

namespace Crm.Renewals.Plugins.Domain.Saves;

/// <summary>
/// The concessions an outcome names as granted in the save (spec §5 "concessions linked"): each must exist and not name
/// another account than the plan's, so a save's cost is never booked against another customer.
/// </summary>
public static class ConcessionLinks
{
    /// <summary>Every problem with the concessions named; empty when all may be linked.</summary>
    /// <param name="named">The concession ids the call names.</param>
    /// <param name="found">The named concessions that exist, with their account (null when none).</param>
    /// <param name="planAccountId">The save plan's account.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> Problems(IEnumerable<Guid> named, IReadOnlyDictionary<Guid, Guid?> found, Guid? planAccountId)
    {
        if (named is null)
        {
            throw new ArgumentNullException(nameof(named));
        }

        if (found is null)
        {
            throw new ArgumentNullException(nameof(found));
        }

        var problems = new List<string>();
        foreach (var id in named.Distinct())
        {
            if (!found.TryGetValue(id, out var account))
            {
                problems.Add("Concession " + id.ToString("D") + " does not exist; name only concessions of this account.");
            }
            else if (account is Guid other && other != planAccountId)
            {
                problems.Add("Concession " + id.ToString("D") + " belongs to another account; name only concessions of this save plan's account.");
            }
        }

        return problems;
    }
}

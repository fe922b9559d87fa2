using System.Collections.Generic;
using Crm.Renewals.Plugins.Domain.Policies;

namespace Crm.Renewals.Plugins.Domain.Approvals;

/// <summary>Names of the authority levels: as users read them and as the approval matrix JSON spells them.</summary>
public static class AuthorityLevels
{
    /// <summary>The JSON spellings used in <see cref="ApprovalMatrix"/>, lowest level first.</summary>
    public static IReadOnlyList<PolicyChoice<AuthorityLevel>> JsonNames { get; } = new[]
    {
        new PolicyChoice<AuthorityLevel>("csm", AuthorityLevel.Csm),
        new PolicyChoice<AuthorityLevel>("manager", AuthorityLevel.Manager),
        new PolicyChoice<AuthorityLevel>("director", AuthorityLevel.Director),
        new PolicyChoice<AuthorityLevel>("vp", AuthorityLevel.Vp),
        new PolicyChoice<AuthorityLevel>("executive", AuthorityLevel.Executive),
    };

    /// <summary>The level as users read it: CSM, Manager, Director, VP, Executive.</summary>
    /// <param name="level">The level.</param>
    /// <returns>Its display name.</returns>
    public static string DisplayName(AuthorityLevel level) => level switch
    {
        AuthorityLevel.Csm => "CSM",
        AuthorityLevel.Vp => "VP",
        _ => level.ToString(),
    };

    /// <summary>The display name with its indefinite article: "a Manager", "an Executive".</summary>
    /// <param name="level">The level.</param>
    /// <returns>"a"/"an" and the display name.</returns>
    public static string WithArticle(AuthorityLevel level) =>
        (level == AuthorityLevel.Executive ? "an " : "a ") + DisplayName(level);

    /// <summary>The higher of two levels.</summary>
    /// <param name="a">One level.</param>
    /// <param name="b">The other.</param>
    /// <returns>The higher one.</returns>
    public static AuthorityLevel Max(AuthorityLevel a, AuthorityLevel b) => a >= b ? a : b;
}

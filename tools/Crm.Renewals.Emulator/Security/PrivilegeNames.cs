using System;
using System.Security.Cryptography;
using System.Text;

namespace Crm.Renewals.Emulator.Security;

/// <summary>Privilege names as Dataverse spells them, and the stable id the emulator gives each.</summary>
public static class PrivilegeNames
{
    /// <summary>Impersonation: calling the platform on behalf of another user (CallerId).</summary>
    public const string ActOnBehalfOfAnotherUser = "prvActOnBehalfOfAnotherUser";

    private const string ActivitySchemaName = "Activity";

    /// <summary>A table privilege: <c>prv</c> + action + schema name, e.g. <c>prvReadcrr_SavePlan</c>, <c>prvCreateOpportunity</c>.</summary>
    /// <param name="action">The action.</param>
    /// <param name="schemaName">The table's schema name.</param>
    /// <returns>The privilege name.</returns>
    public static string For(PrivilegeAction action, string schemaName) => "prv" + action + schemaName;

    /// <summary>
    /// The privilege a table's rows need: activity tables (task, email, opportunityclose…) share the Activity privileges
    /// (<c>prvReadActivity</c>), as in Dataverse; every other table has its own.
    /// </summary>
    /// <param name="action">The action.</param>
    /// <param name="table">The table.</param>
    /// <returns>The privilege name.</returns>
    public static string For(PrivilegeAction action, Solution.Model.TableModel table) =>
        For(action, (table ?? throw new ArgumentNullException(nameof(table))).IsActivity ? ActivitySchemaName : table.SchemaName);


    /// <summary>The privilege's id: derived from its name, so it is the same in every emulated organization.</summary>
    /// <param name="privilegeName">The name.</param>
    /// <returns>The id.</returns>
    public static Guid IdOf(string privilegeName)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(privilegeName));
        return new Guid(hash.AsSpan(0, 16));
    }
}

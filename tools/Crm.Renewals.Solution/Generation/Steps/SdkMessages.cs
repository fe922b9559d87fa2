using System;
using System.Collections.Generic;

namespace Crm.Renewals.Solution.Generation.Steps;

/// <summary>
/// The <c>sdkmessageid</c> a step file names its message by. Platform messages have the same id in every
/// environment: the ids below are the ones Microsoft's "Use messages with the SDK for .NET"
/// (powerapps-docs, <c>developer/data-platform/org-service/use-messages.md</c>, section "Table support for
/// messages") shows for the messages of the account table; Create's id also appears in real exported steps.
/// </summary>
/// <remarks>
/// Not established: the ids of <c>Win</c> and <c>Lose</c> (opportunity). No Microsoft page or exported step
/// found states them, and guessing an id would produce a solution that fails at import. A step on such a
/// message runs in the emulator, but <c>renewals solution generate</c> writes no step file and no root
/// component for it (it warns instead), so <c>Solution/src</c> stays packable by Microsoft's tools. To ship
/// the step, read the id once from any environment
/// (<c>GET [org]/api/data/v9.2/sdkmessages?$select=sdkmessageid&amp;$filter=name eq 'Win'</c>, see
/// <see cref="IdQuery"/>), add it here and run <c>tools/renewals solution generate</c>.
/// </remarks>
public static class SdkMessages
{
    private static readonly Dictionary<string, Guid> Ids = new(StringComparer.Ordinal)
    {
        ["Assign"] = new Guid("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Create"] = new Guid("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Delete"] = new Guid("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetState"] = new Guid("1cbebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetStateDynamicEntity"] = new Guid("1dbebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Update"] = new Guid("20bebb1b-ea3e-db11-86a7-000a3a5473e8"),
    };

    /// <summary>The message id, or null when it is not established (see remarks).</summary>
    /// <param name="messageName">Message name as Dataverse spells it (case-sensitive).</param>
    /// <returns>The id or null.</returns>
    public static Guid? IdOf(string messageName) => Ids.TryGetValue(messageName, out Guid id) ? id : null;

    /// <summary>The Web API query that reads a message's id from any environment.</summary>
    /// <param name="messageName">Message name as Dataverse spells it.</param>
    /// <returns>E.g. <c>GET [org]/api/data/v9.2/sdkmessages?$select=sdkmessageid&amp;$filter=name eq 'Win'</c>.</returns>
    public static string IdQuery(string messageName) =>
        "GET [org]/api/data/v9.2/sdkmessages?$select=sdkmessageid&$filter=name eq '" + messageName + "'";
}

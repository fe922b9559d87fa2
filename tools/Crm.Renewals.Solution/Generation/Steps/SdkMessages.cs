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
/// A step on a message not listed here cannot be generated (a step file must name its message by id); closing a
/// renewal therefore listens to the Create of the <c>opportunityclose</c> activity that Win and Lose create,
/// rather than to Win and Lose, whose ids no public source states.
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

    /// <summary>The message id, or null when it is not listed (see remarks).</summary>
    /// <param name="messageName">Message name as Dataverse spells it (case-sensitive).</param>
    /// <returns>The id or null.</returns>
    public static Guid? IdOf(string messageName) => Ids.TryGetValue(messageName, out Guid id) ? id : null;
}

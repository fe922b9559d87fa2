using System;
using Crm.Renewals.Plugins.Domain.Json;
using Crm.Renewals.Plugins.Domain.Policies;

namespace Crm.Renewals.Plugins.Domain.Renewals;

/// <summary>
/// Reads an owner setting: <c>null</c>, or <c>{"table":"systemuser"|"team","id":"&lt;guid&gt;"}</c>.
/// The table names are Dataverse's logical names, which is what an admin copies from the maker portal.
/// </summary>
internal static class PolicyOwnerReader
{
    /// <summary>Logical name of the user table.</summary>
    public const string UserTable = "systemuser";

    /// <summary>Logical name of the team table.</summary>
    public const string TeamTable = "team";

    private const string TableKey = "table";
    private const string IdKey = "id";

    public static OwnerReference? Read(PolicyReader parent, string key)
    {
        var owner = parent.NestedOrNull(key);
        if (owner is null)
        {
            return null;
        }

        var table = owner.Raw(TableKey);
        var id = owner.Raw(IdKey);
        OwnerType? type = table is JsonString t
            ? t.Value switch
            {
                UserTable => OwnerType.User,
                TeamTable => OwnerType.Team,
                _ => null,
            }
            : null;
        if (type is null)
        {
            owner.Problem(owner.PathOf(TableKey) + " is " + (table?.Describe() ?? "missing") + "; allowed \"" + UserTable + "\", \"" + TeamTable + "\"");
        }

        Guid parsed = Guid.Empty;
        var validId = id is JsonString idText && Guid.TryParse(idText.Value, out parsed) && parsed != Guid.Empty;
        if (!validId)
        {
            owner.Problem(owner.PathOf(IdKey) + " is " + (id?.Describe() ?? "missing") + "; expected the user's or team's id as a GUID string");
        }

        return type is OwnerType ownerType && validId ? new OwnerReference(ownerType, parsed) : null;
    }
}

using System;
using Crm.Renewals.Plugins.Domain.Renewals;
using Crm.Renewals.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Plugins.Renewals;

/// <summary>Owner lookups (<c>ownerid</c>) ⇄ the domain's <see cref="OwnerReference"/>.</summary>
internal static class OwnerReferences
{
    /// <summary>The owner a lookup names, or null when it is empty or names neither a user nor a team.</summary>
    public static OwnerReference? FromEntityReference(EntityReference? owner) => owner switch
    {
        { LogicalName: SystemUser.EntityLogicalName } when owner.Id != Guid.Empty => new OwnerReference(OwnerType.User, owner.Id),
        { LogicalName: Team.EntityLogicalName } when owner.Id != Guid.Empty => new OwnerReference(OwnerType.Team, owner.Id),
        _ => null,
    };

    /// <summary>The lookup value that assigns a record to <paramref name="owner"/>.</summary>
    public static EntityReference ToEntityReference(OwnerReference owner) =>
        new(owner.Type == OwnerType.Team ? Team.EntityLogicalName : SystemUser.EntityLogicalName, owner.Id);
}

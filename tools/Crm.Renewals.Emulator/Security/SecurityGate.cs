using System;
using System.Linq;
using Crm.Renewals.Emulator.Messages;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Security;

/// <summary>
/// The privilege check of each message, run after PreValidation (which, as in Dataverse, runs before the platform
/// checks the caller's permissions): Create, Read, Write and Delete at a depth that reaches the row; Append on the row
/// and AppendTo on the row a lookup it sets points at; Assign when an update changes the owner; a Custom API's
/// execute privilege. SYSTEM is never checked. Queries are filtered, not refused (<see cref="CanRead"/>).
/// </summary>
internal sealed class SecurityGate
{
    private readonly EmulatedOrganization organization;

    public SecurityGate(EmulatedOrganization organization) => this.organization = organization;

    /// <summary>The privileges a call runs with: the caller's, intersected with the impersonator's under CallerId; null for SYSTEM.</summary>
    public EffectivePrivileges? PrivilegesOf(CallerContext caller)
    {
        if (caller.UserId == organization.Identities.SystemUserId)
        {
            return null;
        }

        var own = organization.Security.Of(caller.UserId);
        if (caller.ImpersonatorId is not Guid impersonatorId || impersonatorId == organization.Identities.SystemUserId)
        {
            return own;
        }

        // Impersonation needs prvActOnBehalfOfAnotherUser given to the impersonator directly, not through a team.
        var impersonator = organization.Security.Of(impersonatorId);
        if (!impersonator.IsSystemAdministrator && !impersonator.Direct.Contains(PrivilegeNames.ActOnBehalfOfAnotherUser))
        {
            throw AccessChecker.Missing(impersonator, PrivilegeNames.ActOnBehalfOfAnotherUser, "calling on behalf of user " + caller.UserId.ToString("D") + " (it must be given to the user directly, not through a team)");
        }

        return own.IntersectWith(impersonator);
    }

    /// <summary>Refuses the operation when its caller lacks a privilege it needs.</summary>
    /// <exception cref="OrganizationFaultException">PrivilegeDenied, naming the privilege.</exception>
    public void Authorize(CoreMessage core, MessageOperation operation)
    {
        if (PrivilegesOf(operation.Caller) is not { IsSystemAdministrator: false } privileges)
        {
            return;
        }

        switch (core.Name)
        {
            case MessageNames.Create when operation.TargetEntity is { } created:
                AuthorizeCreate(privileges, operation, created);
                break;
            case MessageNames.Update when operation.TargetEntity is { } changed && Stored(operation) is { } row:
                AuthorizeUpdate(privileges, Table(operation), row, changed);
                break;
            case MessageNames.Delete when Stored(operation) is { } row:
                organization.Access.Require(privileges, PrivilegeAction.Delete, Table(operation), row);
                break;
            case MessageNames.Retrieve when Stored(operation) is { } row:
                organization.Access.Require(privileges, PrivilegeAction.Read, Table(operation), row);
                break;
            default:
                if (organization.Metadata.FindCustomApi(core.Name)?.ExecutePrivilegeName is { } privilege)
                {
                    AccessChecker.RequireHeld(privileges, privilege, "custom API " + core.Name);
                }

                break;
        }
    }

    /// <summary>True when the call may read the row (queries leave out the rows it may not).</summary>
    public bool CanRead(EffectivePrivileges? privileges, Entity row) =>
        privileges is null || organization.Access.Allows(privileges, PrivilegeAction.Read, organization.Metadata.Schema(row.LogicalName), row);

    private void AuthorizeCreate(EffectivePrivileges privileges, MessageOperation operation, Entity created)
    {
        var table = Table(operation);
        var row = new Entity(created.LogicalName, created.Id);
        foreach (var column in created.Attributes)
        {
            row[column.Key] = column.Value;
        }

        if (table.IsUserOwned && !row.Contains(SystemColumns.OwnerId))
        {
            row[SystemColumns.OwnerId] = new EntityReference(PlatformTables.SystemUser, operation.UserId);
        }

        // The new row's business unit is its owner's (a user's or a team's), as the platform will stamp it.
        if (table.IsUserOwned && row.GetAttributeValue<EntityReference>(SystemColumns.OwnerId) is { } owner
            && organization.Store.Find(owner.LogicalName, owner.Id) is { } ownerRow && organization.Security.BusinessUnitOf(ownerRow) is Guid unit)
        {
            row[SystemColumns.OwningBusinessUnit] = new EntityReference(PlatformTables.BusinessUnit, unit);
        }

        organization.Access.Require(privileges, PrivilegeAction.Create, table, row);
        AuthorizeLookups(privileges, table, row, created);
    }

    private void AuthorizeUpdate(EffectivePrivileges privileges, TableSchema table, Entity row, Entity changed)
    {
        organization.Access.Require(privileges, PrivilegeAction.Write, table, row);
        if (changed.GetAttributeValue<EntityReference>(SystemColumns.OwnerId) is { } owner && owner.Id != row.GetAttributeValue<EntityReference>(SystemColumns.OwnerId)?.Id)
        {
            organization.Access.Require(privileges, PrivilegeAction.Assign, table, row);
        }

        AuthorizeLookups(privileges, table, row, changed);
    }

    // Setting a lookup needs Append on the row and AppendTo on the row it points at; the owner is Assign's business.
    private void AuthorizeLookups(EffectivePrivileges privileges, TableSchema table, Entity row, Entity written)
    {
        var lookups = written.Attributes
            .Where(column => column.Key != SystemColumns.OwnerId && column.Value is EntityReference && table.Has(column.Key))
            .Select(column => (EntityReference)column.Value!)
            .Where(reference => organization.Metadata.HasTable(reference.LogicalName))
            .ToList();
        if (lookups.Count == 0)
        {
            return;
        }

        organization.Access.Require(privileges, PrivilegeAction.Append, table, row);
        foreach (var reference in lookups)
        {
            if (organization.Store.Find(organization.Metadata.Schema(reference.LogicalName).LogicalName, reference.Id) is { } target)
            {
                organization.Access.Require(privileges, PrivilegeAction.AppendTo, organization.Metadata.Schema(target.LogicalName), target);
            }
        }
    }

    private TableSchema Table(MessageOperation operation) => organization.Metadata.Schema(operation.PrimaryEntityName);

    private Entity? Stored(MessageOperation operation) =>
        operation.PrimaryEntityId == Guid.Empty ? null : operation.PreImageSource ?? organization.Store.Find(operation.PrimaryEntityName, operation.PrimaryEntityId);
}

using System;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Store;
using Crm.Renewals.Emulator.Validation;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Users;

/// <summary>
/// The identities of an organization. The seeded users, business unit, team and currency have the same
/// ids in every organization (each has its own store), which keeps tests and the demo repeatable; the
/// organization id itself is new for each organization, because plugins may cache per organization.
/// </summary>
internal sealed class OrganizationIdentities
{
    public const string DefaultOrganizationName = "emulator";

    private readonly RecordStore store;

    public OrganizationIdentities(RecordStore store, Guid organizationId)
    {
        this.store = store;
        OrganizationId = organizationId;
    }

    public Guid OrganizationId { get; }

    public string OrganizationName => DefaultOrganizationName;

    /// <summary>The root business unit.</summary>
    public Guid RootBusinessUnitId { get; } = new("0e1d5c2a-7b4f-4c21-9a63-5d0f1e2a3b41");

    /// <summary>SYSTEM: what <c>CreateOrganizationService(null)</c> runs as.</summary>
    public Guid SystemUserId { get; } = new("0e1d5c2a-7b4f-4c21-9a63-5d0f1e2a3b42");

    /// <summary>The administrator that <c>org.Service</c> acts as.</summary>
    public Guid DefaultUserId { get; } = new("0e1d5c2a-7b4f-4c21-9a63-5d0f1e2a3b43");

    /// <summary>The default (owner) team of the root business unit.</summary>
    public Guid DefaultTeamId { get; } = new("0e1d5c2a-7b4f-4c21-9a63-5d0f1e2a3b44");

    /// <summary>The organization's base currency (US Dollar).</summary>
    public Guid BaseCurrencyId { get; } = new("0e1d5c2a-7b4f-4c21-9a63-5d0f1e2a3b45");

    /// <summary>The business unit of a user, which must exist.</summary>
    /// <exception cref="OrganizationFaultException">No such user.</exception>
    public Guid BusinessUnitOf(Guid userId)
    {
        var user = store.Find(PlatformTables.SystemUser, userId) ?? throw ValidationFaults.MissingRecord(PlatformTables.SystemUser, userId);
        return user.GetAttributeValue<EntityReference>(SystemColumns.BusinessUnitId)?.Id ?? RootBusinessUnitId;
    }
}

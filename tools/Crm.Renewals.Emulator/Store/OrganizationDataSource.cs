using System;
using System.Collections.Generic;
using System.Linq;
using Crm.Renewals.Emulator.Query;
using Crm.Renewals.Emulator.Security;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Store;

/// <summary>What the query engine sees of an organization for one request: metadata, stored rows, clock and caller.</summary>
internal sealed class OrganizationDataSource : IQueryDataSource
{
    private readonly EmulatedOrganization organization;

    private readonly EffectivePrivileges? privileges;

    /// <summary>Rows of the organization as a caller may read them.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="callerId">The user the query runs as.</param>
    /// <param name="privileges">The caller's privileges; null (SYSTEM) reads everything.</param>
    public OrganizationDataSource(EmulatedOrganization organization, Guid callerId, EffectivePrivileges? privileges)
    {
        this.organization = organization;
        CallerId = callerId;
        this.privileges = privileges;
    }

    public DateTime UtcNow => organization.Clock.UtcNow;

    public Guid CallerId { get; }

    public TimeZoneInfo TimeZone => organization.UserTimeZones.TryGetValue(CallerId, out var zone) ? zone : TimeZoneInfo.Utc;

    public TableModel GetTable(string logicalName) => organization.Metadata.GetTable(logicalName);

    public IEnumerable<Entity> GetRows(string logicalName)
    {
        organization.Metadata.Schema(logicalName);
        var rows = organization.Store.Rows(logicalName);

        // Rows the caller may not read are absent from the results (root and linked tables alike), never an error.
        return privileges is null || privileges.IsSystemAdministrator ? rows : rows.Where(row => organization.Authorization.CanRead(privileges, row));
    }
}

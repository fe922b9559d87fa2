using System;
using System.Collections.Generic;
using Crm.Renewals.Emulator.Query;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Store;

/// <summary>What the query engine sees of an organization for one request: metadata, stored rows, clock and caller.</summary>
internal sealed class OrganizationDataSource : IQueryDataSource
{
    private readonly EmulatedOrganization organization;

    public OrganizationDataSource(EmulatedOrganization organization, Guid callerId)
    {
        this.organization = organization;
        CallerId = callerId;
    }

    public DateTime UtcNow => organization.Clock.UtcNow;

    public Guid CallerId { get; }

    public TableModel GetTable(string logicalName) => organization.Metadata.GetTable(logicalName);

    public IEnumerable<Entity> GetRows(string logicalName)
    {
        organization.Metadata.Schema(logicalName);
        return organization.Store.Rows(logicalName);
    }
}

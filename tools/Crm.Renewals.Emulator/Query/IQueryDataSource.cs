using System;
using System.Collections.Generic;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Query;

/// <summary>What the query engine reads: metadata and the stored rows of one organization.</summary>
public interface IQueryDataSource
{
    /// <summary>The metadata of a table; throws a clear fault for an unknown table.</summary>
    /// <param name="logicalName">Logical name of the table.</param>
    /// <returns>The table's metadata.</returns>
    TableModel GetTable(string logicalName);

    /// <summary>The stored rows of a table. The engine must not mutate them and returns copies.</summary>
    /// <param name="logicalName">Logical name of the table.</param>
    /// <returns>The stored rows.</returns>
    IEnumerable<Entity> GetRows(string logicalName);

    /// <summary>The emulator clock, for the today / last-x-days / ... operators.</summary>
    DateTime UtcNow { get; }

    /// <summary>The calling user, for <c>EqualUserId</c>.</summary>
    Guid CallerId { get; }

    /// <summary>
    /// The calling user's time zone (their user setting): "today", "last 7 days", "on 2026-03-01" are days in it.
    /// UTC unless the user's setting says otherwise.
    /// </summary>
    TimeZoneInfo TimeZone => TimeZoneInfo.Utc;
}

using System;
using System.Linq;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Time;
using Crm.Renewals.Emulator.Validation;
using Crm.Renewals.Solution.Model;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Store;

/// <summary>
/// Turns a validated Create or Update into the row the store keeps: column values normalized,
/// platform columns (created/modified on/by, owner and owning business unit, state and status,
/// composed full name, row version) maintained, required columns and alternate keys enforced.
/// </summary>
internal sealed class RecordWriter
{
    private readonly RecordStore store;
    private readonly AlternateKeys keys;
    private readonly ColumnValues values;
    private readonly EmulatorClock clock;
    private readonly Guid baseCurrencyId;
    private long rowVersion;

    public RecordWriter(RecordStore store, AlternateKeys keys, ColumnValues values, EmulatorClock clock, Guid baseCurrencyId)
    {
        this.store = store;
        this.keys = keys;
        this.values = values;
        this.clock = clock;
        this.baseCurrencyId = baseCurrencyId;
    }

    /// <summary>Validates and stores a new row.</summary>
    /// <param name="table">The table.</param>
    /// <param name="target">The caller's columns.</param>
    /// <param name="id">The new row's id.</param>
    /// <param name="callerId">The user the write is made as.</param>
    /// <param name="keepPlatformColumns">True when seeding: caller-given createdon and the like are kept (to seed history).</param>
    /// <returns>The stored row (never to be changed or handed out).</returns>
    public Entity Create(TableSchema table, Entity target, Guid id, Guid callerId, bool keepPlatformColumns)
    {
        var row = new Entity(table.LogicalName, id);
        Apply(table, row, target, id, isCreate: true, keepPlatformColumns);
        row[table.PrimaryIdColumn] = id;
        var caller = UserReference(callerId);
        SetIfMissing(table, row, SystemColumns.CreatedOn, clock.UtcNow, keepPlatformColumns);
        SetIfMissing(table, row, SystemColumns.ModifiedOn, row.Attributes.TryGetValue(SystemColumns.CreatedOn, out var createdOn) ? createdOn! : clock.UtcNow, keepPlatformColumns);
        SetIfMissing(table, row, SystemColumns.CreatedBy, caller, keepPlatformColumns);
        SetIfMissing(table, row, SystemColumns.ModifiedBy, caller, keepPlatformColumns);
        if (table.IsUserOwned)
        {
            if (!row.Contains(SystemColumns.OwnerId))
            {
                row[SystemColumns.OwnerId] = values.Reference(table, table.Find(SystemColumns.OwnerId)!, caller);
            }

            SetOwningBusinessUnit(table, row);
        }

        ApplyBooleanDefaults(table, row);
        StateRules.ApplyOnCreate(table, row);
        ComposeFullName(table, row, target);
        var missing = table.Columns.Where(column => column.IsSystemRequired && !row.Contains(column.LogicalName)).Select(column => column.LogicalName).ToArray();
        if (missing.Length > 0)
        {
            throw ValidationFaults.RequiredMissing(table.LogicalName, missing);
        }

        return Store(table, row);
    }

    /// <summary>Validates and stores the changes of <paramref name="target"/> over <paramref name="existing"/>.</summary>
    /// <returns>The stored row (never to be changed or handed out).</returns>
    public Entity Update(TableSchema table, Entity existing, Entity target, Guid callerId)
    {
        var row = new Entity(table.LogicalName, existing.Id);
        foreach (var attribute in existing.Attributes)
        {
            row.Attributes[attribute.Key] = attribute.Value;
        }

        Apply(table, row, target, existing.Id, isCreate: false, keepPlatformColumns: false);
        if (table.IsUserOwned && target.Contains(SystemColumns.OwnerId))
        {
            SetOwningBusinessUnit(table, row);
        }

        StateRules.ApplyOnUpdate(table, row, target);
        ComposeFullName(table, row, target);
        SetIfMissing(table, row, SystemColumns.ModifiedOn, clock.UtcNow, keep: false);
        SetIfMissing(table, row, SystemColumns.ModifiedBy, UserReference(callerId), keep: false);
        return Store(table, row);
    }

    private EntityReference UserReference(Guid userId) => new(PlatformTables.SystemUser, userId)
    {
        Name = store.Find(PlatformTables.SystemUser, userId)?.GetAttributeValue<string>(SystemColumns.FullName),
    };

    private void Apply(TableSchema table, Entity row, Entity target, Guid id, bool isCreate, bool keepPlatformColumns)
    {
        foreach (var attribute in target.Attributes)
        {
            if (attribute.Key == table.PrimaryIdColumn)
            {
                if (attribute.Value is not null && !attribute.Value.Equals(id))
                {
                    throw new OrganizationFaultException(
                        ErrorCodes.InvalidArgument,
                        "The " + table.PrimaryIdColumn + " attribute of the " + table.LogicalName + " target does not match its Id " + id.ToString("D") + ".");
                }

                continue;
            }

            var column = table.Find(attribute.Key) ?? throw ValidationFaults.UnknownColumn(table.LogicalName, attribute.Key);
            // Like the platform, a column the API may not set (createdon, fullname...) is ignored, not refused.
            if (!keepPlatformColumns && !(isCreate ? column.Model.IsValidForCreate : column.Model.IsValidForUpdate))
            {
                continue;
            }

            if (attribute.Value is null)
            {
                if (!isCreate && column.IsSystemRequired)
                {
                    throw ValidationFaults.CannotBeNull(attribute.Key);
                }

                row.Attributes.Remove(attribute.Key);
                continue;
            }

            row[attribute.Key] = values.Normalize(table, column, attribute.Value);
        }
    }

    private Entity Store(TableSchema table, Entity row)
    {
        CurrencyRules.Apply(table, row, store, baseCurrencyId);
        // The key values are locked before they are checked: a concurrent write of the same values waits for this
        // transaction, then finds them taken (or free again after a rollback).
        store.LockKeys(row);
        keys.EnsureUnique(table, row);
        var version = System.Threading.Interlocked.Increment(ref rowVersion);
        row.RowVersion = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (table.Has(SystemColumns.VersionNumber))
        {
            row[SystemColumns.VersionNumber] = version;
        }

        store.Put(row);
        return row;
    }

    // Yes/no columns always hold a value: an unset one takes the column's default.
    private static void ApplyBooleanDefaults(TableSchema table, Entity row)
    {
        foreach (var column in table.Columns)
        {
            if (column.Type == ColumnType.Boolean && !row.Contains(column.LogicalName))
            {
                row[column.LogicalName] = column.Model.DefaultValue == 1;
            }
        }
    }

    private static void SetIfMissing(TableSchema table, Entity row, string column, object value, bool keep)
    {
        if (table.Has(column) && !(keep && row.Contains(column)))
        {
            row[column] = value;
        }
    }

    // The owner's business unit, and owninguser or owningteam after the owner's kind, follow the owner.
    private void SetOwningBusinessUnit(TableSchema table, Entity row)
    {
        if (row.GetAttributeValue<EntityReference>(SystemColumns.OwnerId) is not { } owner)
        {
            return;
        }

        if (table.Has(SystemColumns.OwningBusinessUnit)
            && store.Find(owner.LogicalName, owner.Id)?.GetAttributeValue<EntityReference>(SystemColumns.BusinessUnitId) is { } businessUnit)
        {
            row[SystemColumns.OwningBusinessUnit] = new EntityReference(businessUnit.LogicalName, businessUnit.Id) { Name = businessUnit.Name };
        }

        var isTeam = owner.LogicalName == PlatformTables.Team;
        SetOrRemove(table, row, SystemColumns.OwningUser, isTeam ? null : new EntityReference(owner.LogicalName, owner.Id) { Name = owner.Name });
        SetOrRemove(table, row, SystemColumns.OwningTeam, isTeam ? new EntityReference(owner.LogicalName, owner.Id) { Name = owner.Name } : null);
    }

    private static void SetOrRemove(TableSchema table, Entity row, string column, EntityReference? value)
    {
        if (!table.Has(column))
        {
            return;
        }

        if (value is null)
        {
            row.Attributes.Remove(column);
        }
        else
        {
            row[column] = value;
        }
    }

    // The platform composes fullname ("First Last") on users and contacts; it is not writable.
    private static void ComposeFullName(TableSchema table, Entity row, Entity target)
    {
        if (table.Has(SystemColumns.FullName) && table.Has(SystemColumns.FirstName) && table.Has(SystemColumns.LastName)
            && (target.Contains(SystemColumns.FirstName) || target.Contains(SystemColumns.LastName)))
        {
            var parts = new[] { row.GetAttributeValue<string>(SystemColumns.FirstName), row.GetAttributeValue<string>(SystemColumns.LastName) };
            row[SystemColumns.FullName] = string.Join(" ", parts.Where(part => !string.IsNullOrWhiteSpace(part)));
        }
    }
}

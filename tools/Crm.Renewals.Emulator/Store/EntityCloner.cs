using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Store;

/// <summary>
/// Deep copies of SDK values, so that nothing a caller or a plugin holds shares an instance with the
/// store (the reference leaks other emulators are known for).
/// </summary>
public static class EntityCloner
{
    /// <summary>A deep copy of <paramref name="source"/>: attributes, key attributes, formatted values and related entities.</summary>
    /// <param name="source">The entity to copy.</param>
    /// <returns>The copy.</returns>
    public static Entity Clone(Entity source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var copy = new Entity { LogicalName = source.LogicalName, Id = source.Id, RowVersion = source.RowVersion, EntityState = source.EntityState };
        foreach (var attribute in source.Attributes)
        {
            copy.Attributes[attribute.Key] = CloneValue(attribute.Value);
        }

        foreach (var key in source.KeyAttributes)
        {
            copy.KeyAttributes[key.Key] = CloneValue(key.Value);
        }

        foreach (var formatted in source.FormattedValues)
        {
            copy.FormattedValues[formatted.Key] = formatted.Value;
        }

        foreach (var related in source.RelatedEntities)
        {
            copy.RelatedEntities[new Relationship(related.Key.SchemaName) { PrimaryEntityRole = related.Key.PrimaryEntityRole }] = CloneCollection(related.Value);
        }

        return copy;
    }

    /// <summary>A deep copy of an attribute or parameter value; immutable values are returned as they are.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The copy.</returns>
    public static object? CloneValue(object? value) => value switch
    {
        null => null,
        EntityReference reference => CloneReference(reference),
        OptionSetValue option => new OptionSetValue(option.Value),
        Money money => new Money(money.Value),
        OptionSetValueCollection options => new OptionSetValueCollection(options.Select(option => new OptionSetValue(option.Value)).ToList()),
        Entity entity => Clone(entity),
        EntityCollection collection => CloneCollection(collection),
        EntityReferenceCollection references => new EntityReferenceCollection(references.Select(CloneReference).ToList()),
        AliasedValue aliased => new AliasedValue(aliased.EntityLogicalName, aliased.AttributeLogicalName, CloneValue(aliased.Value)),
        byte[] bytes => bytes.ToArray(),
        string[] strings => strings.ToArray(),
        _ => value,
    };

    /// <summary>A copy of an entity reference, including its name and key attributes.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>The copy.</returns>
    public static EntityReference CloneReference(EntityReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var copy = new EntityReference { LogicalName = reference.LogicalName, Id = reference.Id, Name = reference.Name, RowVersion = reference.RowVersion };
        // Checked for null: the SDK does not document that a reference always has a key collection.
        if (reference.KeyAttributes is { Count: > 0 } keys)
        {
            foreach (var key in keys)
            {
                copy.KeyAttributes[key.Key] = CloneValue(key.Value);
            }
        }

        return copy;
    }

    private static EntityCollection CloneCollection(EntityCollection source) =>
        new(source.Entities.Select(Clone).ToList())
        {
            EntityName = source.EntityName,
            MoreRecords = source.MoreRecords,
            PagingCookie = source.PagingCookie,
            TotalRecordCount = source.TotalRecordCount,
            TotalRecordCountLimitExceeded = source.TotalRecordCountLimitExceeded,
            MinActiveRowVersion = source.MinActiveRowVersion,
        };
}

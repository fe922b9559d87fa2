using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// A reference to a record by table and id (or alternate key). Equality compares <see cref="Id"/>,
/// <see cref="LogicalName"/> (ordinal) and <see cref="KeyAttributes"/>; <see cref="Name"/> is ignored
/// and <c>==</c> stays reference equality.
/// </summary>
public sealed class EntityReference : IExtensibleDataObject
{
    private KeyAttributeCollection _keyAttributes;

    /// <summary>Creates an empty reference.</summary>
    public EntityReference()
    {
    }

    /// <summary>Creates a reference to a table with no id yet.</summary>
    /// <param name="logicalName">The table's logical name.</param>
    public EntityReference(string logicalName)
    {
        LogicalName = logicalName;
    }

    /// <summary>Creates a reference by id.</summary>
    /// <param name="logicalName">The table's logical name.</param>
    /// <param name="id">The record id.</param>
    public EntityReference(string logicalName, Guid id)
    {
        LogicalName = logicalName;
        Id = id;
    }

    /// <summary>Creates a reference by a single-column alternate key; <see cref="Id"/> stays empty.</summary>
    /// <param name="logicalName">The table's logical name.</param>
    /// <param name="keyName">The key column.</param>
    /// <param name="keyValue">The key value.</param>
    public EntityReference(string logicalName, string keyName, object keyValue)
    {
        LogicalName = logicalName;
        KeyAttributes.Add(keyName, keyValue);
    }

    /// <summary>Creates a reference by alternate key; <see cref="Id"/> stays empty.</summary>
    /// <param name="logicalName">The table's logical name.</param>
    /// <param name="keyAttributeCollection">The key columns and values (used as is, not copied).</param>
    public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
    {
        LogicalName = logicalName;
        _keyAttributes = keyAttributeCollection;
    }

    /// <summary>Gets or sets data the serializer did not recognise, kept for round-tripping.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Gets or sets the record id.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the alternate-key values; created empty on first read.</summary>
    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    /// <summary>Gets or sets the table's logical name.</summary>
    public string LogicalName { get; set; }

    /// <summary>Gets or sets the record's primary name, when the platform supplied it.</summary>
    public string Name { get; set; }

    /// <summary>Gets or sets the record's row version, for optimistic concurrency.</summary>
    public string RowVersion { get; set; }

    /// <summary>Tells whether <paramref name="obj"/> references the same record.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>True when id, logical name and key attributes are equal.</returns>
    public override bool Equals(object obj)
    {
        if (obj is not EntityReference other)
        {
            return false;
        }

        return ReferenceEquals(this, other)
            || (Id == other.Id
                && string.Equals(LogicalName, other.LogicalName, StringComparison.Ordinal)
                && KeyAttributesEqual(_keyAttributes, other._keyAttributes));
    }

    /// <summary>Hashes the id and logical name, consistently with <see cref="Equals(object)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        int nameHash = LogicalName == null ? 0 : StringComparer.Ordinal.GetHashCode(LogicalName);
        return Id.GetHashCode() ^ nameHash;
    }

    // A missing collection and an empty one are the same set of keys.
    private static bool KeyAttributesEqual(KeyAttributeCollection left, KeyAttributeCollection right)
    {
        int leftCount = left?.Count ?? 0;
        int rightCount = right?.Count ?? 0;
        if (leftCount != rightCount)
        {
            return false;
        }

        if (leftCount == 0)
        {
            return true;
        }

        foreach (var pair in left)
        {
            if (!right.TryGetValue(pair.Key, out object otherValue) || !Equals(pair.Value, otherValue))
            {
                return false;
            }
        }

        return true;
    }
}

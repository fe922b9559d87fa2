using System;
using System.ComponentModel;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// A record of any table (late bound). <see cref="Id"/> and the primary-key column in <see cref="Attributes"/>
/// are independent; equality is reference equality.
/// </summary>
public class Entity : IExtensibleDataObject
{
    private AttributeCollection _attributes;
    private FormattedValueCollection _formattedValues;
    private KeyAttributeCollection _keyAttributes;
    private RelatedEntityCollection _relatedEntities;

    /// <summary>Creates a record with no table name.</summary>
    public Entity()
    {
    }

    /// <summary>Creates a record of a table.</summary>
    /// <param name="entityName">The table's logical name.</param>
    public Entity(string entityName)
    {
        LogicalName = entityName;
    }

    /// <summary>Creates a record of a table with an id.</summary>
    /// <param name="entityName">The table's logical name.</param>
    /// <param name="id">The record id.</param>
    public Entity(string entityName, Guid id)
    {
        LogicalName = entityName;
        Id = id;
    }

    /// <summary>Creates a record identified by a single-column alternate key; <see cref="Id"/> stays empty.</summary>
    /// <param name="entityName">The table's logical name.</param>
    /// <param name="keyName">The key column.</param>
    /// <param name="keyValue">The key value.</param>
    public Entity(string entityName, string keyName, object keyValue)
    {
        LogicalName = entityName;
        KeyAttributes.Add(keyName, keyValue);
    }

    /// <summary>Creates a record identified by an alternate key; <see cref="Id"/> stays empty.</summary>
    /// <param name="entityName">The table's logical name.</param>
    /// <param name="keyAttributes">The key columns and values (used as is, not copied).</param>
    public Entity(string entityName, KeyAttributeCollection keyAttributes)
    {
        LogicalName = entityName;
        _keyAttributes = keyAttributes;
    }

    /// <summary>Gets or sets the column values; created empty on first read.</summary>
    public AttributeCollection Attributes
    {
        get => _attributes ??= new AttributeCollection();
        set => _attributes = value;
    }

    /// <summary>Gets or sets the change-tracking state, null when not tracked.</summary>
    public EntityState? EntityState { get; set; }

    /// <summary>Gets or sets data the serializer did not recognise, kept for round-tripping.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Gets or sets the display strings of the column values; created empty on first read.</summary>
    public FormattedValueCollection FormattedValues
    {
        get => _formattedValues ??= new FormattedValueCollection();
        set => _formattedValues = value;
    }

    /// <summary>Gets or sets whether a file column's content is loaded lazily.</summary>
    public bool HasLazyFileAttribute { get; set; }

    /// <summary>Gets or sets the record id; virtual as in the official assembly, so early-bound classes can override it.</summary>
    public virtual Guid Id { get; set; }

    /// <summary>
    /// Gets or sets a column value. The getter throws <see cref="System.Collections.Generic.KeyNotFoundException"/>
    /// for a column not in <see cref="Attributes"/>; the setter adds or overwrites.
    /// </summary>
    /// <param name="attributeName">The column's logical name.</param>
    public object this[string attributeName]
    {
        get => Attributes[attributeName];
        set => Attributes[attributeName] = value;
    }

    /// <summary>Gets or sets the alternate-key values; created empty on first read.</summary>
    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    /// <summary>Gets or sets the lazily loaded file column's name.</summary>
    public string LazyFileAttributeKey { get; set; }

    /// <summary>Gets or sets the lazily loaded file column's content.</summary>
    public Lazy<object> LazyFileAttributeValue { get; set; }

    /// <summary>Gets or sets the name of the column holding the lazily loaded file's size.</summary>
    public string LazyFileSizeAttributeKey { get; set; }

    /// <summary>Gets or sets the lazily loaded file's size.</summary>
    public int LazyFileSizeAttributeValue { get; set; }

    /// <summary>Gets or sets the table's logical name.</summary>
    public string LogicalName { get; set; }

    /// <summary>Gets or sets related records by relationship; created empty on first read.</summary>
    public RelatedEntityCollection RelatedEntities
    {
        get => _relatedEntities ??= new RelatedEntityCollection();
        set => _relatedEntities = value;
    }

    /// <summary>Gets or sets the row version, for optimistic concurrency.</summary>
    public string RowVersion { get; set; }

    /// <summary>Tells whether the column is present (even with a null value); names are case-sensitive.</summary>
    /// <param name="attributeName">The column's logical name.</param>
    /// <returns>True when present.</returns>
    public bool Contains(string attributeName) => Attributes.Contains(attributeName);

    /// <summary>
    /// Reads a column as <typeparamref name="T"/>: a missing or null column gives <c>default(T)</c>;
    /// otherwise the value is cast directly, so a value of another type throws <see cref="InvalidCastException"/>.
    /// </summary>
    /// <typeparam name="T">The column's .NET type (use a nullable value type to tell missing from zero).</typeparam>
    /// <param name="attributeLogicalName">The column's logical name.</param>
    /// <returns>The value or the default.</returns>
    public virtual T GetAttributeValue<T>(string attributeLogicalName)
    {
        if (string.IsNullOrWhiteSpace(attributeLogicalName))
        {
            throw new ArgumentNullException(nameof(attributeLogicalName));
        }

        if (!Attributes.TryGetValue(attributeLogicalName, out object value) || value == null)
        {
            return default;
        }

        return (T)value;
    }

    /// <summary>
    /// Makes a shallow copy as <typeparamref name="T"/>, sharing <see cref="Attributes"/> and the other collections.
    /// <see cref="Entity"/> itself always works; a derived type must carry
    /// <c>Microsoft.Xrm.Sdk.Client.EntityLogicalNameAttribute</c> naming this record's <see cref="LogicalName"/>,
    /// otherwise <see cref="NotSupportedException"/> is thrown.
    /// </summary>
    /// <typeparam name="T">The target type.</typeparam>
    /// <returns>A new instance sharing this record's state.</returns>
    public T ToEntity<T>()
        where T : Entity
    {
        if (typeof(T) == typeof(Entity))
        {
            var copy = new Entity();
            ShallowCopyTo(copy);
            return (T)copy;
        }

        EarlyBoundTypeCheck.EnsureConvertible(typeof(T), LogicalName);
        T typed = (T)Activator.CreateInstance(typeof(T));
        ShallowCopyTo(typed);
        return typed;
    }

    /// <summary>Creates a reference to this record: logical name, id and row version only (no name, no keys).</summary>
    /// <returns>The reference.</returns>
    public EntityReference ToEntityReference() => new(LogicalName, Id) { RowVersion = RowVersion };

    /// <summary>
    /// Reads a column without throwing: false when missing or null; a value of another type is converted
    /// with the <see cref="TypeDescriptor"/> converter of <typeparamref name="T"/> when it can convert from that type.
    /// </summary>
    /// <typeparam name="T">The wanted type.</typeparam>
    /// <param name="attributeKey">The column's logical name.</param>
    /// <param name="result">The value, or the default when false is returned.</param>
    /// <returns>True when a value was produced.</returns>
    public bool TryGetAttributeValue<T>(string attributeKey, out T result)
    {
        result = default;
        if (!Attributes.TryGetValue(attributeKey, out object value) || value == null)
        {
            return false;
        }

        if (value is T typed)
        {
            result = typed;
            return true;
        }

        TypeConverter converter = TypeDescriptor.GetConverter(typeof(T));
        if (!converter.CanConvertFrom(value.GetType()))
        {
            return false;
        }

        result = (T)converter.ConvertFrom(value);
        return true;
    }

    private void ShallowCopyTo(Entity target)
    {
        target.Id = Id;
        target.LogicalName = LogicalName;
        target.EntityState = EntityState;
        target.RowVersion = RowVersion;
        target.ExtensionData = ExtensionData;
        target._attributes = Attributes;
        target._formattedValues = FormattedValues;
        target._relatedEntities = RelatedEntities;
        target._keyAttributes = KeyAttributes;
    }
}

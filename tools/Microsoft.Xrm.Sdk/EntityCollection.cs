using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A page of records returned by RetrieveMultiple, with its paging state.</summary>
public sealed class EntityCollection : IExtensibleDataObject
{
    private DataCollection<Entity> _entities;

    /// <summary>Creates an empty collection.</summary>
    public EntityCollection()
    {
    }

    /// <summary>Creates a collection over <paramref name="list"/> (wrapped, not copied).</summary>
    /// <param name="list">The records.</param>
    public EntityCollection(IList<Entity> list)
    {
        _entities = new DataCollection<Entity>(list);
    }

    /// <summary>Gets or sets the records; created empty on first read.</summary>
    public DataCollection<Entity> Entities
    {
        get => _entities ??= new DataCollection<Entity>();
        set => _entities = value;
    }

    /// <summary>Gets or sets the logical name of the records' table.</summary>
    public string EntityName { get; set; }

    /// <summary>Gets or sets data the serializer did not recognise, kept for round-tripping.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Gets or sets a record by position in <see cref="Entities"/>.</summary>
    /// <param name="index">The zero-based position.</param>
    public Entity this[int index]
    {
        get => Entities[index];
        set => Entities[index] = value;
    }

    /// <summary>Gets or sets the lowest active row version, for change tracking.</summary>
    public string MinActiveRowVersion { get; set; }

    /// <summary>Gets or sets whether another page exists.</summary>
    public bool MoreRecords { get; set; }

    /// <summary>Gets or sets the cookie to request the next page with.</summary>
    public string PagingCookie { get; set; }

    /// <summary>Gets or sets the total record count, when requested.</summary>
    public int TotalRecordCount { get; set; }

    /// <summary>Gets or sets whether the total count exceeded the platform's counting limit.</summary>
    public bool TotalRecordCountLimitExceeded { get; set; }
}

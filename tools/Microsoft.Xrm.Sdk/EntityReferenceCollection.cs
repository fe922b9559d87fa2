using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>An ordered list of record references, as used by Associate and Disassociate.</summary>
public sealed class EntityReferenceCollection : DataCollection<EntityReference>
{
    /// <summary>Creates an empty collection.</summary>
    public EntityReferenceCollection()
    {
    }

    /// <summary>Creates a collection over <paramref name="list"/> (wrapped, not copied).</summary>
    /// <param name="list">The references.</param>
    public EntityReferenceCollection(IList<EntityReference> list)
        : base(list)
    {
    }
}

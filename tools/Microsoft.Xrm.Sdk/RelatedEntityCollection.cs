namespace Microsoft.Xrm.Sdk;

/// <summary>Records related to an <see cref="Entity"/>, grouped by relationship.</summary>
public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
{
    /// <summary>Creates an empty collection.</summary>
    public RelatedEntityCollection()
    {
    }

    /// <summary>Gets whether the collection is read-only; false for a collection created in code.</summary>
    public override bool IsReadOnly => false;
}

namespace Microsoft.Xrm.Sdk.Tests;

/// <summary>behaviour.md lines on <see cref="EntityCollection"/> defaults.</summary>
public sealed class EntityCollectionTests
{
    [Fact]
    public void PagingProperties_NewCollection_AreDefaults()
    {
        var collection = new EntityCollection();

        Assert.False(collection.MoreRecords);
        Assert.Null(collection.PagingCookie);
        Assert.Equal(0, collection.TotalRecordCount);
    }

    [Fact]
    public void Constructor_List_HoldsItsEntitiesAndNoEntityName()
    {
        var collection = new EntityCollection(new List<Entity> { new("account") });

        Assert.Single(collection.Entities);
        Assert.Null(collection.EntityName);
    }
}

namespace Microsoft.Xrm.Sdk.Tests;

/// <summary>behaviour.md lines on <see cref="AttributeCollection"/>: Add rejects duplicates, the indexer overwrites.</summary>
public sealed class AttributeCollectionTests
{
    [Fact]
    public void Add_DuplicateKey_ThrowsArgumentExceptionNamingTheKey()
    {
        var attributes = new AttributeCollection { { "x", 1 } };

        var error = Assert.Throws<ArgumentException>(() => attributes.Add("x", 2));

        Assert.Equal("An item with the same key has already been added. Key: x", error.Message);
    }

    [Fact]
    public void Indexer_SetExistingKey_Overwrites()
    {
        var attributes = new AttributeCollection { { "x", 1 } };

        attributes["x"] = 2;

        Assert.Equal(2, attributes["x"]);
        Assert.Single(attributes);
    }

    [Fact]
    public void Keys_AfterAdds_KeepInsertionOrder()
    {
        var attributes = new AttributeCollection { { "b", 1 }, { "a", 2 } };

        Assert.Equal(new[] { "b", "a" }, attributes.Keys);
    }
}

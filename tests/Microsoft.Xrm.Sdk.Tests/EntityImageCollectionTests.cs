namespace Microsoft.Xrm.Sdk.Tests;

/// <summary>behaviour.md lines on <see cref="EntityImageCollection"/>: a missing image throws on the indexer, not on TryGetValue.</summary>
public sealed class EntityImageCollectionTests
{
    private const string PreImage = "PreImage";

    [Fact]
    public void Indexer_MissingImage_ThrowsKeyNotFoundNamingTheAlias()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => new EntityImageCollection()[PreImage]);

        Assert.Equal("The given key 'PreImage' was not present in the dictionary.", error.Message);
    }

    [Fact]
    public void TryGetValue_MissingImage_ReturnsFalse()
    {
        Assert.False(new EntityImageCollection().TryGetValue(PreImage, out Entity? image));
        Assert.Null(image);
    }
}

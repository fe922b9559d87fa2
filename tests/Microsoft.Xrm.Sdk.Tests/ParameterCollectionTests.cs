namespace Microsoft.Xrm.Sdk.Tests;

/// <summary>behaviour.md lines on <see cref="ParameterCollection"/>, plus its typed helpers.</summary>
public sealed class ParameterCollectionTests
{
    private const string Target = "Target";

    [Fact]
    public void Indexer_MissingKey_ThrowsKeyNotFoundNamingTheKey()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => new ParameterCollection()[Target]);

        Assert.Equal("The given key 'Target' was not present in the dictionary.", error.Message);
    }

    [Fact]
    public void Contains_MissingKey_ReturnsFalse() =>
        Assert.False(new ParameterCollection().Contains(Target));

    [Fact]
    public void AddOrUpdateIfNotNull_NullValue_LeavesCollectionUnchanged()
    {
        var parameters = new ParameterCollection();

        parameters.AddOrUpdateIfNotNull(Target, null!);

        Assert.False(parameters.Contains(Target));
    }

    [Fact]
    public void AddOrUpdateIfNotNull_ExistingKey_Overwrites()
    {
        var parameters = new ParameterCollection { { Target, 1 } };

        parameters.AddOrUpdateIfNotNull(Target, 2);

        Assert.Equal(2, parameters[Target]);
    }

    [Fact]
    public void TryGetValueOfT_ValueOfRequestedType_ReturnsIt()
    {
        var reference = new EntityReference("account", Guid.NewGuid());
        var parameters = new ParameterCollection { { Target, reference } };

        Assert.True(parameters.TryGetValue(Target, out EntityReference? found));
        Assert.Same(reference, found);
    }

    [Fact]
    public void TryGetValueOfT_Missing_ReturnsFalse() =>
        Assert.False(new ParameterCollection().TryGetValue(Target, out EntityReference? _));
}

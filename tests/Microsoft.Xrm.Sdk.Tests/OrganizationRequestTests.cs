namespace Microsoft.Xrm.Sdk.Tests;

/// <summary>behaviour.md lines on <see cref="OrganizationRequest"/>.</summary>
public sealed class OrganizationRequestTests
{
    [Fact]
    public void Parameters_NewRequest_IsEmpty() =>
        Assert.Empty(new OrganizationRequest().Parameters);

    [Fact]
    public void Indexer_MissingParameter_ThrowsKeyNotFoundNamingTheKey()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => new OrganizationRequest()["missing"]);

        Assert.Equal("The given key 'missing' was not present in the dictionary.", error.Message);
    }

    [Fact]
    public void Indexer_SetParameter_StoresInParameters()
    {
        var request = new OrganizationRequest("new_CustomApi") { ["Amount"] = 5 };

        Assert.Equal(5, request.Parameters["Amount"]);
        Assert.Equal("new_CustomApi", request.RequestName);
    }
}

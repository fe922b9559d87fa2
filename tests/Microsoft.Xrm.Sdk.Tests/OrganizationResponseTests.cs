namespace Microsoft.Xrm.Sdk.Tests;

/// <summary>behaviour.md lines on <see cref="OrganizationResponse"/>.</summary>
public sealed class OrganizationResponseTests
{
    [Fact]
    public void ResultsContains_MissingKey_ReturnsFalse() =>
        Assert.False(new OrganizationResponse().Results.Contains("missing"));

    [Fact]
    public void Indexer_SetResult_StoresInResults()
    {
        var response = new OrganizationResponse { ["Score"] = 7 };

        Assert.Equal(7, response.Results["Score"]);
    }
}

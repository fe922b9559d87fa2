namespace Microsoft.Xrm.Sdk.Tests;

/// <summary><see cref="Entity.Id"/> is virtual in Microsoft's assembly; generated early-bound classes depend on it.</summary>
public sealed class EarlyBoundEntityTests
{
    [Fact]
    public void Id_SetThroughTheBaseType_RunsTheEarlyBoundOverride()
    {
        var id = Guid.NewGuid();
        Entity account = new EarlyBoundAccount();

        account.Id = id;

        Assert.Equal(id, account.Id);
        Assert.Equal(id, account["accountid"]);
    }
}

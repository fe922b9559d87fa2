namespace Microsoft.Xrm.Sdk.Tests;

/// <summary>behaviour.md lines on <see cref="EntityReference"/>: equality ignores Name, <c>==</c> is by reference.</summary>
public sealed class EntityReferenceTests
{
    private const string Account = "account";
    private static readonly Guid RecordId = new("0f7a3e2c-4b61-4d0e-8f5e-2a9d6c1b7e33");

    [Fact]
    public void Equals_SameIdAndLogicalName_ReturnsTrue() =>
        Assert.True(new EntityReference(Account, RecordId) { Name = "A" }.Equals(new EntityReference(Account, RecordId) { Name = "B" }));

    [Fact]
    public void Equals_DifferentLogicalName_ReturnsFalse() =>
        Assert.False(new EntityReference(Account, RecordId).Equals(new EntityReference("contact", RecordId)));

    [Fact]
    public void Equals_LogicalNameDiffersInCase_ReturnsFalse() =>
        Assert.False(new EntityReference(Account, RecordId).Equals(new EntityReference("Account", RecordId)));

    [Fact]
    public void GetHashCode_EqualReferences_AreEqual() =>
        Assert.Equal(new EntityReference(Account, RecordId).GetHashCode(), new EntityReference(Account, RecordId).GetHashCode());

    [Fact]
    public void EqualityOperator_EqualReferences_IsReferenceComparison()
    {
        object left = new EntityReference(Account, RecordId);
        object right = new EntityReference(Account, RecordId);

        Assert.False(left == right);
    }

    [Fact]
    public void ToString_Always_ReturnsTypeName() =>
        Assert.Equal("Microsoft.Xrm.Sdk.EntityReference", new EntityReference(Account, RecordId).ToString());

    [Fact]
    public void Constructor_AlternateKey_SetsKeyAndLeavesIdEmpty()
    {
        var reference = new EntityReference(Account, "K1", "value-1");

        Assert.Equal(Guid.Empty, reference.Id);
        Assert.Equal(new[] { "K1" }, reference.KeyAttributes.Keys);
        Assert.Equal("value-1", reference.KeyAttributes["K1"]);
    }
}

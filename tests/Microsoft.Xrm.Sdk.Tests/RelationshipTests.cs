namespace Microsoft.Xrm.Sdk.Tests;

/// <summary>behaviour.md and §3.1 lines on <see cref="Relationship"/>.</summary>
public sealed class RelationshipTests
{
    private const string SchemaName = "account_primary_contact";

    [Fact]
    public void PrimaryEntityRole_ConstructedWithName_IsNull() =>
        Assert.Null(new Relationship(SchemaName).PrimaryEntityRole);

    [Fact]
    public void Equals_SameSchemaNameAndRole_ReturnsTrue() =>
        Assert.True(new Relationship(SchemaName).Equals(new Relationship(SchemaName)));

    [Fact]
    public void Equals_DifferentRole_ReturnsFalse() =>
        Assert.False(new Relationship(SchemaName).Equals(new Relationship(SchemaName) { PrimaryEntityRole = EntityRole.Referencing }));

    // Observed on Microsoft's assembly: schema name, a dot, then the role when there is one.
    [Fact]
    public void ToString_WithoutRole_ReturnsSchemaNameAndDot() =>
        Assert.Equal(SchemaName + ".", new Relationship(SchemaName).ToString());

    [Fact]
    public void ToString_WithRole_ReturnsSchemaNameDotRole() =>
        Assert.Equal(SchemaName + ".Referencing", new Relationship(SchemaName) { PrimaryEntityRole = EntityRole.Referencing }.ToString());
}

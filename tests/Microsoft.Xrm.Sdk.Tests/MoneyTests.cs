namespace Microsoft.Xrm.Sdk.Tests;

/// <summary>behaviour.md lines on <see cref="Money"/>: value equality, reference <c>==</c>, no ToString override.</summary>
public sealed class MoneyTests
{
    [Fact]
    public void Equals_SameValue_ReturnsTrue() =>
        Assert.True(new Money(1).Equals(new Money(1)));

    [Fact]
    public void Equals_DifferentValue_ReturnsFalse() =>
        Assert.False(new Money(1).Equals(new Money(2)));

    [Fact]
    public void EqualityOperator_SameValue_IsReferenceComparison()
    {
        object left = new Money(1);
        object right = new Money(1);

        Assert.False(left == right);
    }

    [Fact]
    public void ToString_Always_ReturnsTypeName() =>
        Assert.Equal("Microsoft.Xrm.Sdk.Money", new Money(1).ToString());

    [Fact]
    public void Value_DefaultConstructor_IsZero() =>
        Assert.Equal(0m, new Money().Value);
}

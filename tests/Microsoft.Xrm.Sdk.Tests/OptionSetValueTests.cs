namespace Microsoft.Xrm.Sdk.Tests;

/// <summary>behaviour.md lines on <see cref="OptionSetValue"/>: value equality and no ToString override.</summary>
public sealed class OptionSetValueTests
{
    [Fact]
    public void Equals_SameValue_ReturnsTrue() =>
        Assert.True(new OptionSetValue(1).Equals(new OptionSetValue(1)));

    [Fact]
    public void Equals_DifferentValue_ReturnsFalse() =>
        Assert.False(new OptionSetValue(1).Equals(new OptionSetValue(2)));

    [Fact]
    public void ToString_Always_ReturnsTypeName() =>
        Assert.Equal("Microsoft.Xrm.Sdk.OptionSetValue", new OptionSetValue(1).ToString());

    [Fact]
    public void Value_DefaultConstructor_IsZero() =>
        Assert.Equal(0, new OptionSetValue().Value);
}

using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Tests.Query;

/// <summary>behaviour.md lines on <see cref="ColumnSet"/>.</summary>
public sealed class ColumnSetTests
{
    [Fact]
    public void AllColumns_ConstructedWithTrue_IsTrue() =>
        Assert.True(new ColumnSet(true).AllColumns);

    [Fact]
    public void Columns_DefaultConstructor_IsEmpty() =>
        Assert.Empty(new ColumnSet().Columns);

    [Fact]
    public void AddColumn_AfterParamsConstructor_AppendsInOrder()
    {
        var columns = new ColumnSet("name", "revenue");

        columns.AddColumn("ownerid");

        Assert.Equal(new[] { "name", "revenue", "ownerid" }, columns.Columns);
        Assert.False(columns.AllColumns);
    }
}

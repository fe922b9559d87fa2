using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Tests.Query;

/// <summary>behaviour.md lines on <see cref="LinkEntity"/>.</summary>
public sealed class LinkEntityTests
{
    [Fact]
    public void JoinOperator_DefaultConstructor_IsInner() =>
        Assert.Equal(JoinOperator.Inner, new LinkEntity().JoinOperator);

    // Observed on Microsoft's assembly: a link added to a link keeps the outer link's LinkFromEntityName (the
    // server joins it from the linked table all the same; only the property reads surprisingly).
    [Fact]
    public void AddLink_FromLink_KeepsTheOuterLinkFromEntityName()
    {
        var link = new LinkEntity("account", "contact", "primarycontactid", "contactid", JoinOperator.LeftOuter);

        LinkEntity nested = link.AddLink("systemuser", "ownerid", "systemuserid");

        Assert.Equal("account", nested.LinkFromEntityName);
        Assert.Equal("systemuser", nested.LinkToEntityName);
        Assert.Equal(JoinOperator.Inner, nested.JoinOperator);
        Assert.Same(nested, Assert.Single(link.LinkEntities));
    }
}

using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Tests.Query;

/// <summary>behaviour.md lines on <see cref="LinkEntity"/>.</summary>
public sealed class LinkEntityTests
{
    [Fact]
    public void JoinOperator_DefaultConstructor_IsInner() =>
        Assert.Equal(JoinOperator.Inner, new LinkEntity().JoinOperator);

    [Fact]
    public void AddLink_FromLink_LinksFromTheLinkedEntity()
    {
        var link = new LinkEntity("account", "contact", "primarycontactid", "contactid", JoinOperator.LeftOuter);

        LinkEntity nested = link.AddLink("systemuser", "ownerid", "systemuserid");

        Assert.Equal("contact", nested.LinkFromEntityName);
    }
}

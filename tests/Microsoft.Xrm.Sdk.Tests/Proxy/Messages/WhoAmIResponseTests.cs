using Microsoft.Crm.Sdk.Messages;

namespace Microsoft.Xrm.Sdk.Tests.Proxy.Messages;

/// <summary>The result keys <see cref="WhoAmIResponse"/> reads.</summary>
public sealed class WhoAmIResponseTests
{
    [Fact]
    public void Properties_ResultsSet_ReadUserBusinessUnitAndOrganizationKeys()
    {
        Guid user = Guid.NewGuid(), businessUnit = Guid.NewGuid(), organization = Guid.NewGuid();

        var response = new WhoAmIResponse { ["UserId"] = user, ["BusinessUnitId"] = businessUnit, ["OrganizationId"] = organization };

        Assert.Equal((user, businessUnit, organization), (response.UserId, response.BusinessUnitId, response.OrganizationId));
    }
}

using System.Xml.Linq;

namespace Crm.Renewals.Solution.Tests.Reading;

/// <summary>
/// The daily sweep writes renewals as SYSTEM, so calling it must need the privilege of the work it does:
/// a user who may not create opportunities must not be able to create them through the sweep.
/// </summary>
public sealed class CustomApiPrivilegeTests
{
    [Fact]
    public void GenerateRenewals_Definition_RequiresTheCreateOpportunityPrivilege()
    {
        var file = Path.Combine(RepositoryFolders.SolutionSource, "customapis", "crr_GenerateRenewals", "customapi.xml");

        var privilege = XDocument.Load(file).Root!.Element("executeprivilegename")?.Value;

        Assert.Equal("prvCreateOpportunity", privilege);
    }
}

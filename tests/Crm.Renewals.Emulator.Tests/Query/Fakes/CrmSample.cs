using Microsoft.Xrm.Sdk;

namespace Crm.Renewals.Emulator.Tests.Query.Fakes;

/// <summary>
/// A small related data set: accounts Contoso (primary contact Ann; contacts Ann and Cid), Fabrikam
/// (primary contact Bob; contact Bob) and Litware (no contacts), and contact Dee without an account.
/// </summary>
public sealed class CrmSample
{
    public CrmSample()
    {
        Source.Add(Contoso, Fabrikam, Litware, Ann, Bob, Cid, Dee);
        Contoso["primarycontactid"] = Ann.ToEntityReference();
        Fabrikam["primarycontactid"] = Bob.ToEntityReference();
        Ann["parentcustomerid"] = Contoso.ToEntityReference();
        Cid["parentcustomerid"] = Contoso.ToEntityReference();
        Bob["parentcustomerid"] = Fabrikam.ToEntityReference();
    }

    public FakeQueryDataSource Source { get; } = FakeQueryDataSource.WithTestTables();

    public Entity Contoso { get; } = new("account") { ["name"] = "Contoso", ["numberofemployees"] = 50 };

    public Entity Fabrikam { get; } = new("account") { ["name"] = "Fabrikam", ["numberofemployees"] = 20 };

    public Entity Litware { get; } = new("account") { ["name"] = "Litware" };

    public Entity Ann { get; } = new("contact") { ["fullname"] = "Ann", ["emailaddress1"] = "ann@contoso.com" };

    public Entity Bob { get; } = new("contact") { ["fullname"] = "Bob" };

    public Entity Cid { get; } = new("contact") { ["fullname"] = "Cid" };

    public Entity Dee { get; } = new("contact") { ["fullname"] = "Dee" };
}

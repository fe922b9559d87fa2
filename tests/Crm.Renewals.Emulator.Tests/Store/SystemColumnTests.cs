using Crm.Renewals.Emulator.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Store;

public class SystemColumnTests
{
    [Fact]
    public void Create_SetsCreatedAndModifiedFromClockAndCaller()
    {
        var org = Organizations.New();
        var user = org.Users.CreateUser("Ada Lovelace");

        var id = org.ServiceFor(user).Create(Organizations.Widget());

        var row = org.Find(Widget, id)!;
        Assert.Equal(org.Clock.UtcNow, row["createdon"]);
        Assert.Equal(org.Clock.UtcNow, row["modifiedon"]);
        Assert.Equal(user.Id, row.GetAttributeValue<EntityReference>("createdby").Id);
        Assert.Equal(user.Id, row.GetAttributeValue<EntityReference>("modifiedby").Id);
    }

    [Fact]
    public void Create_WithoutOwner_OwnerIsTheCaller()
    {
        var org = Organizations.New();
        var user = org.Users.CreateUser("Ada Lovelace");

        var id = org.ServiceFor(user).Create(Organizations.Widget());

        Assert.Equal(user.Id, org.Find(Widget, id)!.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void Create_WithoutState_StartsActiveWithDefaultStatus()
    {
        var org = Organizations.New();

        var id = org.Service.Create(Organizations.Widget());

        var row = org.Find(Widget, id)!;
        Assert.Equal(0, row.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(ActiveStatus, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void Create_StatusOnly_TakesTheStatusState()
    {
        var org = Organizations.New();

        var id = org.Service.Create(new Entity(Widget) { [Name] = "Old", ["statuscode"] = new OptionSetValue(RetiredStatus) });

        Assert.Equal(InactiveState, org.Find(Widget, id)!.GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void Create_UnsetYesNoColumn_TakesItsDefault()
    {
        var org = Organizations.New();

        var id = org.Service.Create(Organizations.Widget());

        Assert.True((bool)org.Find(Widget, id)![Active]);
    }

    [Fact]
    public void Create_CallerSetsCreatedOn_PlatformValueWins()
    {
        var org = Organizations.New();

        var id = org.Service.Create(new Entity(Widget) { [Name] = "Gear", ["createdon"] = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc) });

        Assert.Equal(org.Clock.UtcNow, org.Find(Widget, id)!["createdon"]);
    }

    [Fact]
    public void Update_AfterClockAdvanced_MovesModifiedOnButNotCreatedOn()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());
        var created = org.Clock.UtcNow;
        org.Clock.AdvanceDays(3);

        org.Service.Update(new Entity(Widget, id) { [Quantity] = 1 });

        var row = org.Find(Widget, id)!;
        Assert.Equal(created, row["createdon"]);
        Assert.Equal(created.AddDays(3), row["modifiedon"]);
    }

    [Fact]
    public void Update_StateWithoutStatus_SetsTheStatesDefaultStatus()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());

        org.Service.Update(new Entity(Widget, id) { ["statecode"] = new OptionSetValue(InactiveState) });

        Assert.Equal(InactiveStatus, org.Find(Widget, id)!.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [Fact]
    public void Create_LocalOrUnspecifiedDateTime_IsStoredAsUtc()
    {
        var org = Organizations.New();
        var unspecified = new DateTime(2026, 3, 1, 10, 30, 0, DateTimeKind.Unspecified);
        var local = new DateTime(2026, 3, 1, 10, 30, 0, DateTimeKind.Local);

        var first = org.Service.Create(new Entity(Widget) { [Name] = "A", [Due] = unspecified });
        var second = org.Service.Create(new Entity(Widget) { [Name] = "B", [Due] = local });

        var firstDue = (DateTime)org.Service.Retrieve(Widget, first, new ColumnSet(Due))[Due];
        var secondDue = (DateTime)org.Service.Retrieve(Widget, second, new ColumnSet(Due))[Due];
        Assert.Equal(DateTimeKind.Utc, firstDue.Kind);
        Assert.Equal(unspecified.Ticks, firstDue.Ticks);
        Assert.Equal(local.ToUniversalTime(), secondDue);
    }

    [Fact]
    public void Create_DateOnlyColumn_DropsTheTime()
    {
        var org = Organizations.New();

        var id = org.Service.Create(new Entity(Widget) { [Name] = "A", [Day] = new DateTime(2026, 3, 1, 17, 45, 0, DateTimeKind.Utc) });

        Assert.Equal(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), org.Find(Widget, id)![Day]);
    }

    [Fact]
    public void Create_Contact_ComposesFullName()
    {
        var org = Organizations.New();

        var id = org.Service.Create(new Entity("contact") { ["firstname"] = "Ada", ["lastname"] = "Lovelace" });

        Assert.Equal("Ada Lovelace", org.Find("contact", id)!["fullname"]);
    }

    [Fact]
    public void Create_MoneyAndDecimal_AreRoundedToColumnPrecision()
    {
        var org = Organizations.New();

        var id = org.Service.Create(new Entity(Widget) { [Name] = "A", [Price] = new Money(10.125m), [Ratio] = 1.005m });

        var row = org.Find(Widget, id)!;
        Assert.Equal(10.13m, row.GetAttributeValue<Money>(Price).Value);
        Assert.Equal(1.01m, row[Ratio]);
    }
}

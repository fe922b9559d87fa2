using Crm.Renewals.Emulator.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Store;

public class CreateAndRetrieveTests
{
    [Fact]
    public void Create_NewRow_ReturnsIdAndStoresColumns()
    {
        var org = Organizations.New();

        var id = org.Service.Create(new Entity(Widget) { [Name] = "Gear", [Quantity] = 7, [Color] = new OptionSetValue(Green) });

        var stored = org.Service.Retrieve(Widget, id, new ColumnSet(true));
        Assert.Equal("Gear", stored[Name]);
        Assert.Equal(7, stored[Quantity]);
        Assert.Equal(Green, stored.GetAttributeValue<OptionSetValue>(Color).Value);
        Assert.Equal(id, stored[WidgetId]);
    }

    [Fact]
    public void Create_WithCallerChosenId_KeepsThatId()
    {
        var org = Organizations.New();
        var chosen = Guid.NewGuid();

        var id = org.Service.Create(new Entity(Widget, chosen) { [Name] = "Gear" });

        Assert.Equal(chosen, id);
    }

    [Fact]
    public void Create_IdGivenOnlyAsPrimaryKeyColumn_UsesIt()
    {
        var org = Organizations.New();
        var chosen = Guid.NewGuid();

        var id = org.Service.Create(new Entity(Widget) { [Name] = "Gear", [WidgetId] = chosen });

        Assert.Equal(chosen, id);
    }

    [Fact]
    public void Create_ExistingId_ThrowsDuplicateRecordFault()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());

        var fault = Organizations.Fault(() => org.Service.Create(new Entity(Widget, id) { [Name] = "Again" }));

        Assert.Equal(ErrorCodes.DuplicateRecord, fault.ErrorCode);
    }

    [Fact]
    public void Create_CallerChangesEntityAfterwards_StoredRowUnchanged()
    {
        var org = Organizations.New();
        var widget = Organizations.Widget("Original");
        var account = new EntityReference("account", org.Service.Create(Organizations.Account()));
        widget[Account] = account;
        var id = org.Service.Create(widget);

        widget[Name] = "Changed";
        account.Id = Guid.NewGuid();

        var stored = org.Service.Retrieve(Widget, id, new ColumnSet(Name, Account));
        Assert.Equal("Original", stored[Name]);
        Assert.NotEqual(account.Id, stored.GetAttributeValue<EntityReference>(Account).Id);
    }

    [Fact]
    public void Retrieve_CallerChangesResult_StoredRowUnchanged()
    {
        var org = Organizations.New();
        var id = org.Service.Create(new Entity(Widget) { [Name] = "Gear", [Color] = new OptionSetValue(Red) });
        var first = org.Service.Retrieve(Widget, id, new ColumnSet(true));

        first[Name] = "Changed";
        first.GetAttributeValue<OptionSetValue>(Color).Value = Blue;

        var second = org.Service.Retrieve(Widget, id, new ColumnSet(true));
        Assert.Equal("Gear", second[Name]);
        Assert.Equal(Red, second.GetAttributeValue<OptionSetValue>(Color).Value);
    }

    [Fact]
    public void Retrieve_ColumnSet_ReturnsRequestedColumnsAndPrimaryKeyOnly()
    {
        var org = Organizations.New();
        var id = org.Service.Create(new Entity(Widget) { [Name] = "Gear", [Quantity] = 3 });

        var row = org.Service.Retrieve(Widget, id, new ColumnSet(Quantity));

        Assert.Equal(new[] { Quantity, WidgetId }.Order(), row.Attributes.Keys.Order());
    }

    [Fact]
    public void Retrieve_ColumnWithoutValue_IsAbsent()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());

        var row = org.Service.Retrieve(Widget, id, new ColumnSet(Quantity, Name));

        Assert.False(row.Contains(Quantity));
    }

    [Fact]
    public void Retrieve_ChoiceAndLookup_CarryFormattedValuesAndLookupName()
    {
        var org = Organizations.New();
        var accountId = org.Service.Create(Organizations.Account("Fabrikam"));
        var id = org.Service.Create(new Entity(Widget) { [Name] = "Gear", [Color] = new OptionSetValue(Blue), [Account] = new EntityReference("account", accountId) });

        var row = org.Service.Retrieve(Widget, id, new ColumnSet(Color, Account));

        Assert.Equal("Blue", row.FormattedValues[Color]);
        Assert.Equal("Fabrikam", row.GetAttributeValue<EntityReference>(Account).Name);
    }

    [Fact]
    public void Retrieve_UnknownColumnInColumnSet_ThrowsFaultNamingTableAndColumn()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());

        var fault = Organizations.Fault(() => org.Service.Retrieve(Widget, id, new ColumnSet("test_missing")));

        Assert.Equal(ErrorCodes.QueryBuilderNoAttribute, fault.ErrorCode);
        Assert.Contains("'test_widget' entity doesn't contain attribute with Name = 'test_missing'", fault.Message);
    }

    [Fact]
    public void Retrieve_MissingRow_ThrowsObjectDoesNotExist()
    {
        var org = Organizations.New();
        var id = Guid.NewGuid();

        var fault = Organizations.Fault(() => org.Service.Retrieve(Widget, id, new ColumnSet(true)));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
        Assert.Equal($"test_widget With Id = {id:D} Does Not Exist", fault.Message);
    }

    [Fact]
    public void Retrieve_UnknownTable_ThrowsFaultNamingTable()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Retrieve("test_nothing", Guid.NewGuid(), new ColumnSet(true)));

        Assert.Equal(ErrorCodes.QueryBuilderNoEntity, fault.ErrorCode);
        Assert.Contains("'test_nothing'", fault.Message);
    }

    [Fact]
    public void Retrieve_ByAlternateKey_FindsRow()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget(code: "W-1"));

        var response = (Microsoft.Xrm.Sdk.Messages.RetrieveResponse)org.Service.Execute(new Microsoft.Xrm.Sdk.Messages.RetrieveRequest
        {
            Target = new EntityReference(Widget, Code, "w-1"),
            ColumnSet = new ColumnSet(Name),
        });

        Assert.Equal(id, response.Entity.Id);
    }

    [Fact]
    public void RetrieveMultiple_CallerChangesResult_StoredRowUnchanged()
    {
        var org = Organizations.New();
        org.Service.Create(new Entity(Widget) { [Name] = "Gear", [Color] = new OptionSetValue(Red) });
        var first = org.Service.RetrieveMultiple(new QueryExpression(Widget) { ColumnSet = new ColumnSet(true) }).Entities.Single();

        first[Name] = "Changed";
        first.GetAttributeValue<OptionSetValue>(Color).Value = Blue;

        var stored = org.Rows(Widget).Single();
        Assert.Equal("Gear", stored[Name]);
        Assert.Equal(Red, stored.GetAttributeValue<OptionSetValue>(Color).Value);
    }
}

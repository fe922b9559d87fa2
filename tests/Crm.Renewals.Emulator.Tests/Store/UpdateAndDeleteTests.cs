using Crm.Renewals.Emulator.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Store;

public class UpdateAndDeleteTests
{
    [Fact]
    public void Update_SomeColumns_LeavesOtherColumnsUntouched()
    {
        var org = Organizations.New();
        var id = org.Service.Create(new Entity(Widget) { [Name] = "Gear", [Quantity] = 1 });

        org.Service.Update(new Entity(Widget, id) { [Quantity] = 2 });

        var row = org.Service.Retrieve(Widget, id, new ColumnSet(Name, Quantity));
        Assert.Equal("Gear", row[Name]);
        Assert.Equal(2, row[Quantity]);
    }

    [Fact]
    public void Update_NullValue_ClearsColumn()
    {
        var org = Organizations.New();
        var id = org.Service.Create(new Entity(Widget) { [Name] = "Gear", [Quantity] = 1 });

        org.Service.Update(new Entity(Widget, id) { [Quantity] = null });

        Assert.False(org.Service.Retrieve(Widget, id, new ColumnSet(Quantity)).Contains(Quantity));
    }

    [Fact]
    public void Update_WithoutIdOrKey_ThrowsFaultAskingForId()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Update(new Entity(Widget) { [Quantity] = 2 }));

        Assert.Contains("Entity Id must be specified for Update", fault.Message);
    }

    [Fact]
    public void Update_MissingRow_ThrowsObjectDoesNotExist()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Update(new Entity(Widget, Guid.NewGuid()) { [Quantity] = 2 }));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
    }

    [Fact]
    public void Update_ByAlternateKey_UpdatesThatRow()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget(code: "W-7"));

        org.Service.Update(new Entity(Widget, Code, "W-7") { [Quantity] = 9 });

        Assert.Equal(9, org.Find(Widget, id)![Quantity]);
    }

    [Fact]
    public void Update_KeyAttributesThatAreNotAKey_ThrowsFaultListingTheKeys()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Update(new Entity(Widget, Name, "Gear") { [Quantity] = 9 }));

        Assert.Contains("do not match an alternate key of table 'test_widget'", fault.Message);
        Assert.Contains("test_widget_code (test_code)", fault.Message);
    }

    [Fact]
    public void Update_PrimaryKeyColumnDifferentFromId_ThrowsFault()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());

        var fault = Organizations.Fault(() => org.Service.Update(new Entity(Widget, id) { [WidgetId] = Guid.NewGuid() }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
    }

    [Fact]
    public void Delete_ExistingRow_RemovesIt()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());

        org.Service.Delete(Widget, id);

        Assert.Null(org.Find(Widget, id));
    }

    [Fact]
    public void Delete_MissingRow_ThrowsObjectDoesNotExist()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Delete(Widget, Guid.NewGuid()));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
    }

    [Fact]
    public void Delete_ByAlternateKey_RemovesThatRow()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget(code: "W-2"));

        org.Service.Execute(new DeleteRequest { Target = new EntityReference(Widget, Code, "W-2") });

        Assert.Null(org.Find(Widget, id));
    }

    [Fact]
    public void Delete_CascadeRelationship_DeletesChildRows()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());
        var part = org.Service.Create(new Entity(Part) { [Name] = "Bolt", [WidgetLookup] = new EntityReference(Widget, id) });

        org.Service.Delete(Widget, id);

        Assert.Null(org.Find(Part, part));
    }

    [Fact]
    public void Delete_RemoveLinkRelationship_ClearsChildLookup()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());
        var note = org.Service.Create(new Entity(Note) { [Name] = "Memo", [WidgetLookup] = new EntityReference(Widget, id) });

        org.Service.Delete(Widget, id);

        var remaining = org.Find(Note, note);
        Assert.NotNull(remaining);
        Assert.False(remaining.Contains(WidgetLookup));
    }

    [Fact]
    public void Delete_RestrictRelationshipWithChildren_ThrowsAndKeepsEverything()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());
        var part = org.Service.Create(new Entity(Part) { [Name] = "Bolt", [WidgetLookup] = new EntityReference(Widget, id) });
        org.Service.Create(new Entity(Gadget) { [Name] = "Lever", [WidgetLookup] = new EntityReference(Widget, id) });

        var fault = Organizations.Fault(() => org.Service.Delete(Widget, id));

        Assert.Equal(ErrorCodes.CannotDeleteDueToAssociation, fault.ErrorCode);
        Assert.Contains(GadgetsRelationship, fault.Message);
        Assert.NotNull(org.Find(Widget, id));
        Assert.NotNull(org.Find(Part, part));
    }

    [Fact]
    public void Update_ByAlternateKeyThatMatchesNoRow_ThrowsObjectDoesNotExist()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Update(new Entity(Widget, Code, "W-404") { [Quantity] = 9 }));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
        Assert.Contains("(test_code)", fault.Message);
    }

    [Fact]
    public void Update_WithRelatedEntities_IsRefusedNotIgnored()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());
        var change = new Entity(Widget, id) { [Quantity] = 3 };
        change.RelatedEntities[new Relationship(TestSchema.PartsRelationship)] = new EntityCollection([new Entity(TestSchema.Part) { [TestSchema.Name] = "Bolt" }]);

        var fault = Organizations.Fault(() => org.Service.Update(change));

        Assert.Equal(ErrorCodes.NotSupported, fault.ErrorCode);
        Assert.Contains("related entities are supported by Create only", fault.Message, StringComparison.Ordinal);
        Assert.False(org.Find(Widget, id)!.Contains(Quantity));
        Assert.Empty(org.Rows(TestSchema.Part));
    }
}

using Crm.Renewals.Emulator.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Store;

public class RelationshipTests
{
    [Fact]
    public void Associate_OneToMany_SetsChildLookup()
    {
        var org = Organizations.New();
        var widget = org.Service.Create(Organizations.Widget());
        var part = org.Service.Create(new Entity(Part) { [Name] = "Bolt" });

        org.Service.Associate(Widget, widget, new Relationship(PartsRelationship), [new EntityReference(Part, part)]);

        Assert.Equal(widget, org.Find(Part, part)!.GetAttributeValue<EntityReference>(WidgetLookup).Id);
    }

    [Fact]
    public void Associate_FromReferencingSide_SetsTargetLookup()
    {
        var org = Organizations.New();
        var widget = org.Service.Create(Organizations.Widget());
        var part = org.Service.Create(new Entity(Part) { [Name] = "Bolt" });

        org.Service.Associate(Part, part, new Relationship(PartsRelationship), [new EntityReference(Widget, widget)]);

        Assert.Equal(widget, org.Find(Part, part)!.GetAttributeValue<EntityReference>(WidgetLookup).Id);
    }

    [Fact]
    public void Disassociate_LinkedChild_ClearsLookup()
    {
        var org = Organizations.New();
        var widget = org.Service.Create(Organizations.Widget());
        var part = org.Service.Create(new Entity(Part) { [Name] = "Bolt", [WidgetLookup] = new EntityReference(Widget, widget) });

        org.Service.Disassociate(Widget, widget, new Relationship(PartsRelationship), [new EntityReference(Part, part)]);

        Assert.False(org.Find(Part, part)!.Contains(WidgetLookup));
    }

    [Fact]
    public void Disassociate_ChildNotLinked_ThrowsFault()
    {
        var org = Organizations.New();
        var widget = org.Service.Create(Organizations.Widget());
        var part = org.Service.Create(new Entity(Part) { [Name] = "Bolt" });

        var fault = Organizations.Fault(() => org.Service.Disassociate(Widget, widget, new Relationship(PartsRelationship), [new EntityReference(Part, part)]));

        Assert.Contains("is not associated with", fault.Message);
    }

    [Fact]
    public void Associate_UnknownRelationship_ThrowsFaultExplainingManyToMany()
    {
        var org = Organizations.New();
        var widget = org.Service.Create(Organizations.Widget());

        var fault = Organizations.Fault(() => org.Service.Associate(Widget, widget, new Relationship("test_widget_tags"), [new EntityReference(Part, Guid.NewGuid())]));

        Assert.Contains("many-to-many relationships are not modelled", fault.Message);
    }

    [Fact]
    public void Create_DeepInsertOfChildren_CreatesThemLinkedInTheSameCall()
    {
        var org = Organizations.New();
        var widget = Organizations.Widget();
        widget.RelatedEntities[new Relationship(PartsRelationship)] = new EntityCollection([new Entity(Part) { [Name] = "Bolt" }, new Entity(Part) { [Name] = "Nut" }]);

        var id = org.Service.Create(widget);

        var parts = org.Rows(Part);
        Assert.Equal(2, parts.Count);
        Assert.All(parts, part => Assert.Equal(id, part.GetAttributeValue<EntityReference>(WidgetLookup).Id));
    }

    [Fact]
    public void Create_DeepInsertOfReferencedRow_CreatesItFirstAndSetsTheLookup()
    {
        var org = Organizations.New();
        var widget = Organizations.Widget();
        widget.RelatedEntities[new Relationship(WidgetAccountRelationship)] = new EntityCollection([Organizations.Account("Northwind")]);

        var id = org.Service.Create(widget);

        var account = org.Find(Widget, id)!.GetAttributeValue<EntityReference>(Account);
        Assert.Equal("Northwind", org.Find("account", account.Id)!["name"]);
    }

    [Fact]
    public void Create_DeepInsertChildFails_NothingIsCreated()
    {
        var org = Organizations.New();
        var widget = Organizations.Widget();
        widget.RelatedEntities[new Relationship(PartsRelationship)] = new EntityCollection([new Entity(Part) { [Name] = new string('x', 51) }]);

        Organizations.Fault(() => org.Service.Create(widget));

        Assert.Empty(org.Rows(Widget));
        Assert.Empty(org.Rows(Part));
    }

    [Fact]
    public void Create_DeepInsertWithUnknownRelationship_ThrowsFaultListingRelationships()
    {
        var org = Organizations.New();
        var widget = Organizations.Widget();
        widget.RelatedEntities[new Relationship("test_nope")] = new EntityCollection([new Entity(Part)]);

        var fault = Organizations.Fault(() => org.Service.Create(widget));

        Assert.Contains("test_nope", fault.Message);
        Assert.Contains(PartsRelationship, fault.Message);
    }

    [Fact]
    public void Associate_RowsOfTablesTheRelationshipDoesNotLink_ThrowsFault()
    {
        var org = Organizations.New();
        var widget = org.Service.Create(Organizations.Widget());
        var gadget = org.Service.Create(new Entity(Gadget) { [Name] = "Lever" });

        var fault = Organizations.Fault(() => org.Service.Associate(Widget, widget, new Relationship(PartsRelationship), [new EntityReference(Gadget, gadget)]));

        Assert.Contains("links test_part to test_widget, not test_gadget to test_widget", fault.Message);
    }

    [Fact]
    public void Create_DeepInsertOfTwoReferencedRows_ThrowsBecauseTheLookupHoldsOne()
    {
        var org = Organizations.New();
        var widget = Organizations.Widget();
        widget.RelatedEntities[new Relationship(WidgetAccountRelationship)] = new EntityCollection([Organizations.Account("A"), Organizations.Account("B")]);

        var fault = Organizations.Fault(() => org.Service.Create(widget));

        Assert.Contains("give exactly one related account, not 2", fault.Message);
        Assert.Empty(org.Rows("account"));
    }
}

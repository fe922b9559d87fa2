using Crm.Renewals.Emulator.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Store;

public class UpsertAndKeyTests
{
    [Fact]
    public void Upsert_KeyNotFound_CreatesRowWithKeyValues()
    {
        var org = Organizations.New();

        var response = (UpsertResponse)org.Service.Execute(new UpsertRequest { Target = new Entity(Widget, Code, "W-1") { [Name] = "Gear" } });

        Assert.True(response.RecordCreated);
        Assert.Equal("W-1", org.Find(Widget, response.Target.Id)![Code]);
    }

    [Fact]
    public void Upsert_KeyFound_UpdatesExistingRow()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget("Gear", "W-1"));

        var response = (UpsertResponse)org.Service.Execute(new UpsertRequest { Target = new Entity(Widget, Code, "W-1") { [Quantity] = 5 } });

        Assert.False(response.RecordCreated);
        Assert.Equal(id, response.Target.Id);
        Assert.Equal(5, org.Find(Widget, id)![Quantity]);
        Assert.Single(org.Rows(Widget));
    }

    // Dataverse strips the key columns from the Target's attributes when Upsert updates: the update step sees only the rest.
    [Fact]
    public void Upsert_KeyFoundWithTheKeyAlsoInTheAttributes_UpdatesWithoutWritingTheKeyColumn()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget("Gear", "W-1"));
        Entity? seen = null;
        org.RegisterStep(Steps.On("Update", Widget, Plugins.Registration.PipelineStage.PreOperation, call => seen = call.Target));

        org.Service.Execute(new UpsertRequest { Target = new Entity(Widget, Code, "W-1") { [Code] = "W-1", [Quantity] = 5 } });

        Assert.False(seen!.Contains(Code));
        Assert.Equal(5, seen[Quantity]);
        Assert.Equal("W-1", org.Find(Widget, id)![Code]);
    }

    [Fact]
    public void Upsert_ById_CreatesThenUpdates()
    {
        var org = Organizations.New();
        var id = Guid.NewGuid();

        var first = (UpsertResponse)org.Service.Execute(new UpsertRequest { Target = new Entity(Widget, id) { [Name] = "Gear" } });
        var second = (UpsertResponse)org.Service.Execute(new UpsertRequest { Target = new Entity(Widget, id) { [Name] = "Cog" } });

        Assert.True(first.RecordCreated);
        Assert.False(second.RecordCreated);
        Assert.Equal("Cog", org.Find(Widget, id)![Name]);
    }

    [Fact]
    public void Upsert_RunsTheCreateOrUpdateMessageItPerforms()
    {
        var org = Organizations.New();

        org.Service.Execute(new UpsertRequest { Target = new Entity(Widget, Code, "W-1") { [Name] = "Gear" } });
        org.Service.Execute(new UpsertRequest { Target = new Entity(Widget, Code, "W-1") { [Quantity] = 1 } });

        Assert.Equal(["Upsert", "Create", "Upsert", "Update"], org.Log.Requests.Select(request => request.MessageName));
    }

    [Fact]
    public void Create_DuplicateAlternateKey_ThrowsDuplicateRecordFault()
    {
        var org = Organizations.New();
        org.Service.Create(Organizations.Widget("First", "W-1"));

        var fault = Organizations.Fault(() => org.Service.Create(Organizations.Widget("Second", "W-1")));

        Assert.Equal(ErrorCodes.DuplicateRecordEntityKey, fault.ErrorCode);
        Assert.Equal(
            "A record that has the attribute values W-1 already exists. The entity key test_widget_code requires that this set of attributes contains unique values. Select unique values and try again.",
            fault.Message);
    }

    [Fact]
    public void Create_KeyDifferingOnlyInCase_IsADuplicate()
    {
        var org = Organizations.New();
        org.Service.Create(Organizations.Widget("First", "W-1"));

        var fault = Organizations.Fault(() => org.Service.Create(Organizations.Widget("Second", "w-1")));

        Assert.Equal(ErrorCodes.DuplicateRecordEntityKey, fault.ErrorCode);
    }

    [Fact]
    public void Update_ToTakenKey_ThrowsDuplicateRecordFault()
    {
        var org = Organizations.New();
        org.Service.Create(Organizations.Widget("First", "W-1"));
        var second = org.Service.Create(Organizations.Widget("Second", "W-2"));

        var fault = Organizations.Fault(() => org.Service.Update(new Entity(Widget, second) { [Code] = "W-1" }));

        Assert.Equal(ErrorCodes.DuplicateRecordEntityKey, fault.ErrorCode);
    }

    [Fact]
    public void Create_RowsWithoutKeyValue_AreNotDuplicates()
    {
        var org = Organizations.New();

        org.Service.Create(Organizations.Widget("First"));
        org.Service.Create(Organizations.Widget("Second"));

        Assert.Equal(2, org.Rows(Widget).Count);
    }

    [Fact]
    public void Upsert_WithoutIdOrKey_ThrowsFault()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Execute(new UpsertRequest { Target = Organizations.Widget() }));

        Assert.Contains("Entity Id must be specified for Upsert", fault.Message);
    }
}

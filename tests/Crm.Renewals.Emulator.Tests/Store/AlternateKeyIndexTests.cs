using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Store;

public class AlternateKeyIndexTests
{
    [Fact]
    public void Create_KeyTakenByAnUpdate_ThrowsDuplicateAndOldKeyIsFree()
    {
        var org = Organizations.New();
        var first = org.Service.Create(Organizations.Widget("First", "W-1"));
        org.Service.Update(new Entity(Widget, first) { [Code] = "W-2" });

        var fault = Organizations.Fault(() => org.Service.Create(Organizations.Widget("Second", "w-2")));
        var third = org.Service.Create(Organizations.Widget("Third", "W-1"));

        Assert.Equal(ErrorCodes.DuplicateRecordEntityKey, fault.ErrorCode);
        Assert.Equal(third, KeyOwner(org, "W-1"));
    }

    [Fact]
    public void Create_KeyOfARolledBackCreate_Succeeds()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call =>
        {
            if ((string)call.Target[Name] == "Doomed")
            {
                throw new InvalidPluginExecutionException("no");
            }
        }));
        Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Create(Organizations.Widget("Doomed", "W-1")));

        var id = org.Service.Create(Organizations.Widget("Kept", "W-1"));

        Assert.Equal(id, KeyOwner(org, "W-1"));
    }

    [Fact]
    public void Update_KeyChangeRolledBack_OldKeyStaysTakenAndNewKeyIsFree()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget("First", "W-1"));
        org.RegisterStep(Steps.On("Update", Widget, PipelineStage.PostOperation, _ => throw new InvalidPluginExecutionException("no")));
        Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Update(new Entity(Widget, id) { [Code] = "W-2" }));

        var fault = Organizations.Fault(() => org.Seed(Organizations.Widget("Second", "W-1")));
        org.Seed(Organizations.Widget("Third", "W-2"));

        Assert.Equal(ErrorCodes.DuplicateRecordEntityKey, fault.ErrorCode);
        Assert.Equal(id, KeyOwner(org, "W-1"));
    }

    [Fact]
    public void Create_KeyOfADeletedRow_Succeeds()
    {
        var org = Organizations.New();
        var deleted = org.Service.Create(Organizations.Widget("First", "W-1"));
        org.Service.Delete(Widget, deleted);

        var id = org.Service.Create(Organizations.Widget("Second", "W-1"));

        Assert.Equal(id, KeyOwner(org, "W-1"));
    }

    [Fact]
    public void Restore_AfterKeysChanged_BringsBackTheSnapshotsKeys()
    {
        var org = Organizations.New();
        var kept = org.Service.Create(Organizations.Widget("Kept", "W-1"));
        var snapshot = org.Snapshot();
        org.Service.Delete(Widget, kept);
        org.Service.Create(Organizations.Widget("Replacement", "W-1"));
        org.Service.Create(Organizations.Widget("Added", "W-2"));

        org.Restore(snapshot);
        var fault = Organizations.Fault(() => org.Service.Create(Organizations.Widget("Again", "W-1")));
        var added = org.Service.Create(Organizations.Widget("Added", "W-2"));

        Assert.Equal(ErrorCodes.DuplicateRecordEntityKey, fault.ErrorCode);
        Assert.Equal(kept, KeyOwner(org, "W-1"));
        Assert.Equal(added, KeyOwner(org, "W-2"));
    }

    [Fact]
    public void Retrieve_ByKeyAfterKeyColumnUpdated_FindsRowUnderNewKeyOnly()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget("Gear", "W-1"));
        org.Service.Update(new Entity(Widget, id) { [Code] = "W-2" });

        var missing = Organizations.Fault(() => Retrieve(org, "W-1"));
        org.Service.Update(new Entity(Widget, Code, "W-2") { [Quantity] = 3 });
        var upserted = (UpsertResponse)org.Service.Execute(new UpsertRequest { Target = new Entity(Widget, Code, "W-1") { [Name] = "New" } });

        Assert.Equal(id, Retrieve(org, "w-2").Id);
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, missing.ErrorCode);
        Assert.Equal(3, org.Find(Widget, id)![Quantity]);
        Assert.True(upserted.RecordCreated);
        Assert.NotEqual(id, upserted.Target.Id);
    }

    [Fact]
    public void Create_KeyColumnCleared_RowsWithoutKeyValueNeverCollide()
    {
        var org = Organizations.New();
        var first = org.Service.Create(Organizations.Widget("First", "W-1"));
        org.Service.Update(new Entity(Widget, first) { [Code] = null });

        org.Service.Create(Organizations.Widget("Second"));
        var third = org.Service.Create(Organizations.Widget("Third", "W-1"));

        Assert.Equal(third, KeyOwner(org, "W-1"));
    }

    private static Entity Retrieve(OrganizationEmulator org, string code) =>
        ((RetrieveResponse)org.Service.Execute(new RetrieveRequest { Target = new EntityReference(Widget, Code, code), ColumnSet = new ColumnSet(Name) })).Entity;

    private static Guid KeyOwner(OrganizationEmulator org, string code) => Retrieve(org, code).Id;
}

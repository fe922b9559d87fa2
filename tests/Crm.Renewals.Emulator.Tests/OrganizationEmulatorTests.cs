using Crm.Renewals.Emulator.Configuration;
using Crm.Renewals.Emulator.Metadata;
using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests;

public class OrganizationEmulatorTests
{
    [Fact]
    public void NewOrganizations_ShareNoRows()
    {
        var first = Organizations.New();
        var second = Organizations.New();

        first.Service.Create(Organizations.Widget());

        Assert.Empty(second.Rows(Widget));
    }

    [Fact]
    public void NewOrganizations_HaveDistinctOrganizationIds()
    {
        // Plugins may cache configuration per organization; two tests must never share an id.
        Assert.NotEqual(Organizations.New().OrganizationId, Organizations.New().OrganizationId);
    }

    [Fact]
    public void Seed_StoresRowsWithoutRunningPlugins_AndCanBeChained()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, _ => { }, out var behavior));
        var first = Organizations.Widget("First");
        var second = Organizations.Widget("Second");

        org.Seed(first).Seed(second);

        Assert.Equal(0, behavior.Executions);
        Assert.Empty(org.Log.Requests);
        Assert.NotEqual(Guid.Empty, first.Id);
        Assert.Equal("Second", org.Find(Widget, second.Id)![Name]);
    }

    [Fact]
    public void Seed_KeepsGivenCreatedOnToSeedHistory()
    {
        var org = Organizations.New();
        var createdOn = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);

        org.Seed(new Entity(Widget) { [Name] = "Old", ["createdon"] = createdOn });

        Assert.Equal(createdOn, org.Rows(Widget).Single()["createdon"]);
    }

    [Fact]
    public void Seed_InvalidRow_IsRefusedLikeACreate()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Seed(new Entity(Widget) { [Quantity] = "many" }));

        Assert.Contains("Incorrect attribute value type System.String", fault.Message);
    }

    [Fact]
    public void Seed_ExistingId_Throws()
    {
        var org = Organizations.New();
        var widget = Organizations.Widget();
        org.Seed(widget);

        Assert.Throws<ArgumentException>(() => org.Seed(new Entity(Widget, widget.Id) { [Name] = "Again" }));
    }

    [Fact]
    public void SeedThroughPipeline_RunsPluginsAndSetsIds()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, _ => { }, out var behavior));
        var widget = Organizations.Widget();

        org.SeedThroughPipeline(widget);

        Assert.Equal(1, behavior.Executions);
        Assert.NotNull(org.Find(Widget, widget.Id));
    }

    [Fact]
    public void Restore_ReturnsToTheSnapshotAsOftenAsNeeded()
    {
        var org = Organizations.New();
        var kept = org.Service.Create(Organizations.Widget("Kept"));
        var snapshot = org.Snapshot();

        org.Service.Create(Organizations.Widget("Added"));
        org.Service.Update(new Entity(Widget, kept) { [Name] = "Changed" });
        org.Clock.AdvanceDays(10);
        org.Restore(snapshot);
        var afterFirstRestore = org.Rows(Widget).Select(row => (string)row[Name]).ToArray();
        org.Service.Delete(Widget, kept);
        org.Restore(snapshot);

        Assert.Equal(["Kept"], afterFirstRestore);
        Assert.Equal(["Kept"], org.Rows(Widget).Select(row => (string)row[Name]));
        Assert.Equal(snapshot.UtcNow, org.Clock.UtcNow);
    }

    [Fact]
    public void RowsFingerprint_SameRows_SameFingerprintAndAnyChangedValueChangesIt()
    {
        var org = Organizations.New();
        var kept = org.Service.Create(Organizations.Widget("Kept"));
        var before = org.Snapshot().RowsFingerprint;

        var unchanged = org.Snapshot().RowsFingerprint;
        org.Service.Update(new Entity(Widget, kept) { [Name] = "Changed" });
        var changed = org.Snapshot().RowsFingerprint;
        org.Service.Update(new Entity(Widget, kept) { [Name] = "Kept" });

        Assert.Equal(before, unchanged);
        Assert.NotEqual(before, changed);
        // The emulator's clock stands still between calls, so writing the old value back gives the old rows exactly.
        Assert.Equal(before, org.Snapshot().RowsFingerprint);
    }

    // A request the platform refuses leaves every row as it was: the fingerprint shows it.
    [Fact]
    public void RowsFingerprint_RefusedRequest_IsUnchanged()
    {
        var org = Organizations.New();
        org.Service.Create(Organizations.Widget("Kept"));
        var before = org.Snapshot().RowsFingerprint;

        Assert.ThrowsAny<Exception>(() => org.Service.Update(new Entity(Widget, Guid.NewGuid()) { [Name] = "Nobody" }));

        Assert.Equal(before, org.Snapshot().RowsFingerprint);
    }

    [Fact]
    public void Restore_WaitingAsyncJobsReturnToTheSnapshot()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, _ => { }, mode: ExecutionMode.Asynchronous));
        var snapshot = org.Snapshot();
        org.Service.Create(Organizations.Widget());

        org.Restore(snapshot);

        Assert.Equal(0, org.PendingAsyncJobCount);
    }

    [Fact]
    public void Restore_SnapshotOfAnotherOrganization_Throws()
    {
        var snapshot = Organizations.New().Snapshot();

        Assert.Throws<ArgumentException>(() => Organizations.New().Restore(snapshot));
    }

    [Fact]
    public void NewOrganization_HasTheSolutionsEnvironmentVariableDefinitionsWithDefaults()
    {
        var org = Organizations.New();

        var definition = org.Rows(PlatformTables.EnvironmentVariableDefinition).Single();

        Assert.Equal(Setting, definition[EnvironmentVariableColumns.SchemaName]);
        Assert.Equal(SettingDefault, definition[EnvironmentVariableColumns.DefaultValue]);
        Assert.Empty(org.Rows(PlatformTables.EnvironmentVariableValue));
    }

    [Fact]
    public void SetEnvironmentVariable_CreatesThenReplacesTheValueRow()
    {
        var org = Organizations.New();

        org.SetEnvironmentVariable(Setting, "off").SetEnvironmentVariable(Setting, "auto");

        var value = org.Rows(PlatformTables.EnvironmentVariableValue).Single();
        Assert.Equal("auto", value[EnvironmentVariableColumns.Value]);
        Assert.Equal(org.Rows(PlatformTables.EnvironmentVariableDefinition).Single().Id, value.GetAttributeValue<EntityReference>(EnvironmentVariableColumns.DefinitionId).Id);
    }

    [Fact]
    public void SetEnvironmentVariable_UnknownSchemaName_ThrowsListingDefinitions()
    {
        var org = Organizations.New();

        var exception = Assert.Throws<ArgumentException>(() => org.SetEnvironmentVariable("test_Unknown", "x"));

        Assert.Contains("Defined: test_Setting", exception.Message);
    }

    [Fact]
    public void Find_ReturnsACopy()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget("Gear"));

        org.Find(Widget, id)![Name] = "Changed";

        Assert.Equal("Gear", org.Service.Retrieve(Widget, id, new ColumnSet(Name))[Name]);
    }

    [Fact]
    public async Task Organizations_UsedFromParallelTests_StayIsolatedAndConsistent()
    {
        var counts = await Task.WhenAll(Enumerable.Range(0, 8).Select(index => Task.Run(() =>
        {
            var org = Organizations.New();
            for (var row = 0; row <= index; row++)
            {
                org.Service.Create(Organizations.Widget());
            }

            return org.Rows(Widget).Count;
        })));

        Assert.Equal(Enumerable.Range(1, 8), counts);
    }

    [Fact]
    public void ForSolution_CreatesAnOrganizationOfTheRepositorySolution()
    {
        var org = OrganizationEmulator.ForSolution();

        Assert.Same(OrganizationMetadata.ForRepositorySolution(), org.Metadata);
        Assert.NotEmpty(org.Rows(PlatformTables.EnvironmentVariableDefinition));
    }

    [Fact]
    public void Seed_RowWithRelatedEntities_ThrowsPointingToSeedThroughPipeline()
    {
        var org = Organizations.New();
        var widget = Organizations.Widget();
        widget.RelatedEntities[new Relationship(PartsRelationship)] = new EntityCollection([new Entity(Part)]);

        var exception = Assert.Throws<ArgumentException>(() => org.Seed(widget));

        Assert.Contains("use SeedThroughPipeline", exception.Message);
    }
}

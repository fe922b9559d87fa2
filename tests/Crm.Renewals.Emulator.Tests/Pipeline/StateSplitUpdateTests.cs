using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Pipeline;

/// <summary>
/// An Update of statecode/statuscode plus other columns: PreOperation and PostOperation steps run once for
/// the other columns, then once for the state/status columns ("Behavior of specialized update operations").
/// </summary>
public class StateSplitUpdateTests
{
    private const string StateCode = "statecode";
    private const string StatusCode = "statuscode";

    [Fact]
    public void Update_StateAndOtherColumns_PreAndPostOperationRunOncePerPartWithItsColumns()
    {
        var org = Organizations.New();
        var seen = new List<string>();
        org.RegisterStep(Steps.On("Update", Widget, PipelineStage.PreValidation, call => seen.Add("10:" + Columns(call.Target))))
            .RegisterStep(Steps.On("Update", Widget, PipelineStage.PreOperation, call => seen.Add("20:" + Columns(call.Target))))
            .RegisterStep(Steps.On("Update", Widget, PipelineStage.PostOperation, call => seen.Add("40:" + Columns(call.Target, StateCode, StatusCode, Name))));
        var id = org.Service.Create(Organizations.Widget());

        org.Service.Update(InactiveRenamed(id));

        Assert.Equal(
            [
                "10:statecode,statuscode,test_name",
                "20:test_name",
                "40:test_name",
                "20:statecode,statuscode",
                "40:statecode,statuscode",
            ],
            seen);
    }

    [Fact]
    public void Update_StateAndOtherColumns_BothPartsAreStored()
    {
        var org = Organizations.New();
        var id = org.Service.Create(Organizations.Widget());

        org.Service.Update(InactiveRenamed(id));

        var row = org.Find(Widget, id)!;
        Assert.Equal("Renamed", row[Name]);
        Assert.Equal(InactiveState, row.GetAttributeValue<OptionSetValue>(StateCode).Value);
        Assert.Equal(InactiveStatus, row.GetAttributeValue<OptionSetValue>(StatusCode).Value);
    }

    [Fact]
    public void Update_FilteringAttributes_SelectThePassHoldingTheColumn()
    {
        var org = Organizations.New();
        var nameTargets = new List<string>();
        var stateTargets = new List<string>();
        org.RegisterStep(Steps.On("Update", Widget, PipelineStage.PostOperation, call => nameTargets.Add(Columns(call.Target, StateCode, Name)), filteringAttributes: [Name]))
            .RegisterStep(Steps.On("Update", Widget, PipelineStage.PreOperation, call => stateTargets.Add(Columns(call.Target)), filteringAttributes: [StateCode]));
        var id = org.Service.Create(Organizations.Widget());

        org.Service.Update(InactiveRenamed(id));

        Assert.Equal(["test_name"], nameTargets);
        Assert.Equal(["statecode,statuscode"], stateTargets);
    }

    [Fact]
    public void Update_StatePassPreImage_ShowsTheRowAfterTheFirstPass()
    {
        var org = Organizations.New();
        var preNames = new List<string>();
        org.RegisterStep(Steps.On(
            "Update",
            Widget,
            PipelineStage.PostOperation,
            call => preNames.Add(call.Context.PreEntityImages["Before"].GetAttributeValue<string>(Name)),
            images: [Steps.Image("Before", ImageType.PreImage, Name)]));
        var id = org.Service.Create(Organizations.Widget("Original"));

        org.Service.Update(InactiveRenamed(id));

        Assert.Equal(["Original", "Renamed"], preNames);
    }

    [Fact]
    public void Update_FaultInStatePass_RollsBackTheFirstPass()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Update", Widget, PipelineStage.PreOperation, call =>
        {
            if (call.Target.Contains(StateCode))
            {
                throw new InvalidPluginExecutionException("No deactivation.");
            }
        }));
        var id = org.Service.Create(Organizations.Widget("Original"));

        Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Update(InactiveRenamed(id)));

        var row = org.Find(Widget, id)!;
        Assert.Equal("Original", row[Name]);
        Assert.Equal(0, row.GetAttributeValue<OptionSetValue>(StateCode).Value);
    }

    [Fact]
    public void Update_OnlyStateColumns_RunsOnce()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Update", Widget, PipelineStage.PostOperation, _ => { }, out var post));
        var id = org.Service.Create(Organizations.Widget());

        org.Service.Update(new Entity(Widget, id) { [WidgetId] = id, [StateCode] = new OptionSetValue(InactiveState), [StatusCode] = new OptionSetValue(InactiveStatus) });

        Assert.Equal(1, post.Executions);
    }

    [Fact]
    public void Update_OnlyOtherColumns_RunsOnce()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Update", Widget, PipelineStage.PreOperation, _ => { }, out var pre));
        var id = org.Service.Create(Organizations.Widget());

        org.Service.Update(new Entity(Widget, id) { [Name] = "Renamed", [Quantity] = 3 });

        Assert.Equal(1, pre.Executions);
    }

    private static Entity InactiveRenamed(Guid id) => new(Widget, id)
    {
        [Name] = "Renamed",
        [StateCode] = new OptionSetValue(InactiveState),
        [StatusCode] = new OptionSetValue(InactiveStatus),
    };

    // The Target's columns in name order, or only those of interest (PostOperation adds platform columns).
    private static string Columns(Entity target, params string[] only) => string.Join(
        ",",
        target.Attributes.Keys.Where(column => only.Length == 0 || only.Contains(column)).Order(StringComparer.Ordinal));
}

using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Pipeline;

public class StageOrderTests
{
    [Fact]
    public void Create_StepsAtEveryStage_RunInStageThenRankOrder()
    {
        var org = Organizations.New();
        var order = new List<string>();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, _ => order.Add("40")))
            .RegisterStep(Steps.On("Create", Widget, PipelineStage.PreOperation, _ => order.Add("20 rank 2"), rank: 2))
            .RegisterStep(Steps.On("Create", Widget, PipelineStage.PreOperation, _ => order.Add("20 rank 1"), rank: 1))
            .RegisterStep(Steps.On("Create", Widget, PipelineStage.PreValidation, _ => order.Add("10")));

        org.Service.Create(Organizations.Widget());

        Assert.Equal(["10", "20 rank 1", "20 rank 2", "40"], order);
    }

    [Fact]
    public void Create_StepsOfEqualRank_RunInRegistrationOrder()
    {
        var org = Organizations.New();
        var order = new List<string>();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PreOperation, _ => order.Add("first")))
            .RegisterStep(Steps.On("Create", Widget, PipelineStage.PreOperation, _ => order.Add("second")));

        org.Service.Create(Organizations.Widget());

        Assert.Equal(["first", "second"], order);
    }

    [Fact]
    public void Create_StepOnOtherTableOrMessage_DoesNotRun()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Part, PipelineStage.PostOperation, _ => { }, out var otherTable))
            .RegisterStep(Steps.On("Update", Widget, PipelineStage.PostOperation, _ => { }, out var otherMessage));

        org.Service.Create(Organizations.Widget());

        Assert.Equal(0, otherTable.Executions);
        Assert.Equal(0, otherMessage.Executions);
    }

    [Fact]
    public void Create_StepWithoutTable_RunsForEveryTable()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", "", PipelineStage.PostOperation, _ => { }, out var anyTable));

        org.Service.Create(Organizations.Widget());
        org.Service.Create(Organizations.Account());

        Assert.Equal(2, anyTable.Executions);
    }

    [Fact]
    public void Update_FilteringAttributes_RunOnlyWhenAFilteredColumnIsInTheTarget()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Update", Widget, PipelineStage.PostOperation, _ => { }, out var filtered, filteringAttributes: [Quantity, Price]));
        var id = org.Service.Create(Organizations.Widget());

        org.Service.Update(new Entity(Widget, id) { [Name] = "Renamed" });
        org.Service.Update(new Entity(Widget, id) { [Price] = new Money(3m) });

        Assert.Equal(1, filtered.Executions);
    }

    [Fact]
    public void Create_PreOperationChangesTarget_ChangeIsStored()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PreOperation, call => call.Target[Quantity] = 42));

        var id = org.Service.Create(Organizations.Widget());

        Assert.Equal(42, org.Find(Widget, id)![Quantity]);
    }

    [Fact]
    public void Create_PreValidationReplacesTarget_ReplacementIsStored()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PreValidation, call => call.Context.InputParameters["Target"] = new Entity(Widget) { [Name] = "Replaced" }));

        var id = org.Service.Create(Organizations.Widget("Original"));

        Assert.Equal("Replaced", org.Find(Widget, id)![Name]);
    }

    [Fact]
    public void Create_PostOperation_SeesIdAndPlatformColumnsInTargetAndOutput()
    {
        var org = Organizations.New();
        Entity? target = null;
        object? outputId = null;
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call =>
        {
            target = call.Target;
            outputId = call.Context.OutputParameters["id"];
        }));

        var id = org.Service.Create(Organizations.Widget());

        Assert.Equal(id, target!.Id);
        Assert.Equal(id, outputId);
        Assert.True(target.Contains("ownerid") && target.Contains("createdon") && target.Contains("statecode"));
    }

    [Fact]
    public void Delete_Target_IsAnEntityReference()
    {
        var org = Organizations.New();
        object? target = null;
        org.RegisterStep(Steps.On("Delete", Widget, PipelineStage.PreOperation, call => target = call.Context.InputParameters["Target"]));
        var id = org.Service.Create(Organizations.Widget());

        org.Service.Delete(Widget, id);

        Assert.Equal(new EntityReference(Widget, id), target);
    }

    [Fact]
    public void Create_PreOperation_OutputParametersAreStillEmpty()
    {
        var org = Organizations.New();
        int? outputs = null;
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PreOperation, call => outputs = call.Context.OutputParameters.Count));

        org.Service.Create(Organizations.Widget());

        Assert.Equal(0, outputs);
    }

    [Fact]
    public void RetrieveMultiple_PostOperationStep_SeesTheResult()
    {
        var org = Organizations.New();
        org.Service.Create(Organizations.Widget());
        int? count = null;
        org.RegisterStep(Steps.On("RetrieveMultiple", Widget, PipelineStage.PostOperation, call => count = ((EntityCollection)call.Context.OutputParameters["EntityCollection"]).Entities.Count));

        org.Service.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(Widget));

        Assert.Equal(1, count);
    }
}

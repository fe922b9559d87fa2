using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Pipeline;

public class ExecutionContextTests
{
    [Fact]
    public void SharedVariables_SetAtPreValidation_AreReadThroughParentContextLater()
    {
        var org = Organizations.New();
        object? viaParentAt20 = null;
        object? viaParentAt40 = null;
        bool? directAt40 = null;
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PreValidation, call => call.Context.SharedVariables["checked"] = "yes"))
            .RegisterStep(Steps.On("Create", Widget, PipelineStage.PreOperation, call => viaParentAt20 = call.Context.ParentContext.SharedVariables["checked"]))
            .RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call =>
            {
                viaParentAt40 = call.Context.ParentContext.SharedVariables["checked"];
                directAt40 = call.Context.SharedVariables.Contains("checked");
            }));

        org.Service.Create(Organizations.Widget());

        Assert.Equal("yes", viaParentAt20);
        Assert.Equal("yes", viaParentAt40);
        Assert.False(directAt40);
    }

    // The ParentContext hop is documented for Create, Update and Delete only; other messages share one collection.
    [Fact]
    public void SharedVariables_SetAtPreValidationOfACustomApi_AreSeenDirectlyAtPostOperation()
    {
        var org = Organizations.New().RegisterCustomApi(new CustomApiBinding(EchoApi, typeof(CustomApis.EchoApiPlugin)));
        object? direct = null;
        org.RegisterStep(Steps.On(EchoApi, string.Empty, PipelineStage.PreValidation, call => call.Context.SharedVariables["checked"] = "yes"))
            .RegisterStep(Steps.On(EchoApi, string.Empty, PipelineStage.PostOperation, call => direct = call.Context.SharedVariables["checked"]));

        org.Service.Execute(new OrganizationRequest(EchoApi) { ["Text"] = "hi" });

        Assert.Equal("yes", direct);
    }

    [Fact]
    public void SharedVariables_SetAtPreOperation_AreSeenDirectlyAtPostOperation()
    {
        var org = Organizations.New();
        object? seen = null;
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PreOperation, call => call.Context.SharedVariables["total"] = 3))
            .RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call => seen = call.Context.SharedVariables["total"]));

        org.Service.Create(Organizations.Widget());

        Assert.Equal(3, seen);
    }

    [Fact]
    public void Depth_NestedCallFromPlugin_IsOneMore()
    {
        var org = Organizations.New();
        var depths = new List<(string Message, int Depth)>();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call =>
            {
                depths.Add(("Create", call.Context.Depth));
                call.Service.Create(new Entity(Part) { [Name] = "Bolt" });
            }))
            .RegisterStep(Steps.On("Create", Part, PipelineStage.PostOperation, call => depths.Add(("Create part", call.Context.Depth))));

        org.Service.Create(Organizations.Widget());

        Assert.Equal([("Create", 1), ("Create part", 2)], depths);
    }

    [Fact]
    public void Depth_PluginUpdatingItsOwnTableForever_FailsAsSuspectedLoopAndRollsBack()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Update", Widget, PipelineStage.PostOperation, call =>
            call.Service.Update(new Entity(Widget, call.Context.PrimaryEntityId) { [Quantity] = call.Context.Depth })));
        var id = org.Service.Create(new Entity(Widget) { [Name] = "Loop", [Quantity] = 0 });

        var fault = Organizations.Fault(() => org.Service.Update(new Entity(Widget, id) { [Quantity] = 100 }));

        Assert.Contains("infinite loop", fault.Message);
        Assert.Contains("depth 9; the maximum is 8", fault.Message);
        Assert.Equal(0, org.Find(Widget, id)![Quantity]);
    }

    [Fact]
    public void IsInTransaction_TopLevelPreValidationIsOutside_OtherStagesAndNestedPreValidationAreInside()
    {
        var org = Organizations.New();
        var seen = new List<(string Where, bool InTransaction)>();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PreValidation, call => seen.Add(("widget 10", call.Context.IsInTransaction))))
            .RegisterStep(Steps.On("Create", Widget, PipelineStage.PreOperation, call => seen.Add(("widget 20", call.Context.IsInTransaction))))
            .RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call =>
            {
                seen.Add(("widget 40", call.Context.IsInTransaction));
                call.Service.Create(new Entity(Part) { [Name] = "Bolt" });
            }))
            .RegisterStep(Steps.On("Create", Part, PipelineStage.PreValidation, call => seen.Add(("part 10", call.Context.IsInTransaction))));

        org.Service.Create(Organizations.Widget());

        Assert.Equal([("widget 10", false), ("widget 20", true), ("widget 40", true), ("part 10", true)], seen);
    }

    [Fact]
    public void Context_DescribesTheOperation()
    {
        var org = Organizations.New();
        org.Clock.Set(new DateTime(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc));
        IPluginExecutionContext? context = null;
        org.RegisterStep(Steps.On("Update", Widget, PipelineStage.PostOperation, call => context = call.Context));
        var id = org.Service.Create(Organizations.Widget());

        org.Service.Update(new Entity(Widget, id) { [Quantity] = 1 });

        Assert.Equal("Update", context!.MessageName);
        Assert.Equal(Widget, context.PrimaryEntityName);
        Assert.Equal(id, context.PrimaryEntityId);
        Assert.Equal(40, context.Stage);
        Assert.Equal(0, context.Mode);
        Assert.Equal(org.Clock.UtcNow, context.OperationCreatedOn);
        Assert.Equal(org.OrganizationId, context.OrganizationId);
        Assert.Equal(org.RootBusinessUnit.Id, context.BusinessUnitId);
        Assert.Equal("sdkmessageprocessingstep", context.OwningExtension.LogicalName);
    }

    [Fact]
    public void CorrelationId_IsSharedByNestedCallsAndNewPerTopLevelCall()
    {
        var org = Organizations.New();
        var correlations = new List<Guid>();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call =>
            {
                correlations.Add(call.Context.CorrelationId);
                call.Service.Create(new Entity(Part) { [Name] = "Bolt" });
            }))
            .RegisterStep(Steps.On("Create", Part, PipelineStage.PostOperation, call => correlations.Add(call.Context.CorrelationId)));

        org.Service.Create(Organizations.Widget());
        org.Service.Create(Organizations.Widget());

        Assert.Equal(correlations[0], correlations[1]);
        Assert.Equal(correlations[2], correlations[3]);
        Assert.NotEqual(correlations[0], correlations[2]);
    }

    [Fact]
    public void UserIds_NestedCallAsSystem_ChangesUserButKeepsInitiatingUser()
    {
        var org = Organizations.New();
        var csm = org.Users.CreateUser("Casey Success");
        (Guid User, Guid Initiating)? outer = null;
        (Guid User, Guid Initiating)? nested = null;
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call =>
            {
                outer = (call.Context.UserId, call.Context.InitiatingUserId);
                call.Factory.CreateOrganizationService(null).Create(new Entity(Part) { [Name] = "Bolt" });
            }))
            .RegisterStep(Steps.On("Create", Part, PipelineStage.PostOperation, call => nested = (call.Context.UserId, call.Context.InitiatingUserId)));

        org.ServiceFor(csm).Create(Organizations.Widget());

        Assert.Equal((csm.Id, csm.Id), outer);
        Assert.Equal((org.SystemUser.Id, csm.Id), nested);
        Assert.Equal(org.SystemUser.Id, org.Rows(Part).Single().GetAttributeValue<EntityReference>("createdby").Id);
    }

    [Fact]
    public void ServiceProvider_AnswersTheFourPlatformServicesAndNullOtherwise()
    {
        var org = Organizations.New();
        IServiceProvider? provider = null;
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call => provider = call.Provider));

        org.Service.Create(Organizations.Widget());

        Assert.Same(provider!.GetService(typeof(IPluginExecutionContext)), provider.GetService(typeof(IExecutionContext)));
        Assert.NotNull(provider.GetService(typeof(ITracingService)));
        Assert.NotNull(provider.GetService(typeof(IOrganizationServiceFactory)));
        Assert.Null(provider.GetService(typeof(IEnvironmentVariableService)));
        Assert.Null(provider.GetService(typeof(IOrganizationService)));
    }

    [Fact]
    public void ParentContext_OfNestedPreValidation_IsTheCallingStepsContext()
    {
        var org = Organizations.New();
        IPluginExecutionContext? caller = null;
        IPluginExecutionContext? parent = null;
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call =>
            {
                caller = call.Context;
                call.Service.Create(new Entity(Part) { [Name] = "Bolt" });
            }))
            .RegisterStep(Steps.On("Create", Part, PipelineStage.PreValidation, call => parent = call.Context.ParentContext));

        org.Service.Create(Organizations.Widget());

        Assert.Same(caller, parent);
    }
}

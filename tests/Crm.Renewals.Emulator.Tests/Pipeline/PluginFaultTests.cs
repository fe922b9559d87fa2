using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Plugins.Registration;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Pipeline;

public class PluginFaultTests
{
    [Fact]
    public void InvalidPluginExecutionException_ReachesTheCallerUnwrapped()
    {
        var org = Organizations.New();
        var thrown = new InvalidPluginExecutionException("Discount needs a VP");
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PreOperation, _ => throw thrown));

        var caught = Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Create(Organizations.Widget()));

        Assert.Same(thrown, caught);
    }

    [Fact]
    public void InvalidPluginExecutionException_FromNestedCall_ReachesTheTopLevelCallerUnwrapped()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call => call.Service.Create(new Entity(Part) { [Name] = "Bolt" })))
            .RegisterStep(Steps.On("Create", Part, PipelineStage.PreOperation, _ => throw new InvalidPluginExecutionException("No bolts")));

        var caught = Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Create(Organizations.Widget()));

        Assert.Equal("No bolts", caught.Message);
    }

    // In the sandbox a plugin's own service calls fail with FaultException<OrganizationServiceFault>, never with the
    // platform's internal exceptions: a plugin written against the emulator catches what it will catch in Dataverse.
    [Fact]
    public void NestedCallFailures_ReachTheCallingPluginAsOrganizationServiceFaults()
    {
        var org = Organizations.New();
        var faults = new List<(Type Type, int Code, string Message)>();
        org.RegisterStep(Steps.On("Create", Part, PipelineStage.PreOperation, call =>
        {
            if ((string)call.Target[Name] == "refused")
            {
                throw new InvalidPluginExecutionException("No bolts");
            }
        }));
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call =>
        {
            foreach (var attempt in new Action[]
            {
                () => call.Service.Create(new Entity(Part) { [Name] = "refused" }),
                () => call.Service.Retrieve(Part, Guid.NewGuid(), new Microsoft.Xrm.Sdk.Query.ColumnSet(true)),
            })
            {
                try
                {
                    attempt();
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    faults.Add((fault.GetType(), fault.Detail.ErrorCode, fault.Detail.Message));
                }
            }
        }));

        Organizations.Fault(() => org.Service.Create(Organizations.Widget()));

        Assert.Equal(2, faults.Count);
        Assert.Equal((-2147220891, "No bolts"), (faults[0].Code, faults[0].Message));
        Assert.Equal(ErrorCodes.TransactionNotStarted, faults[1].Code); // the refused create aborted the transaction
    }

    [Fact]
    public void OtherException_BecomesTheIsvUnexpectedFaultNamingPluginAndException()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PreOperation, _ => throw new InvalidOperationException("boom")));

        var fault = Organizations.Fault(() => org.Service.Create(Organizations.Widget()));

        Assert.Equal(ErrorCodes.IsvUnExpected, fault.ErrorCode);
        Assert.StartsWith("An unexpected error occurred from ISV code.", fault.Message);
        Assert.Contains(typeof(DelegatePlugin).FullName!, fault.Message);
        Assert.Contains("System.InvalidOperationException: boom", fault.Message);
        Assert.IsType<InvalidOperationException>(fault.InnerException);
    }

    [Fact]
    public void PlatformFault_FromNestedCall_ReachesTheCallerWithItsCode()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call => call.Service.Create(new Entity(Part) { ["test_unknown"] = 1 })));

        var fault = Organizations.Fault(() => org.Service.Create(Organizations.Widget()));

        Assert.Equal(ErrorCodes.QueryBuilderNoAttribute, fault.ErrorCode);
    }

    [Fact]
    public void ServiceForUnknownUser_Fails()
    {
        var org = Organizations.New();
        var stranger = Guid.NewGuid();

        var fault = Organizations.Fault(() => org.ServiceFor(stranger).Create(Organizations.Widget()));

        Assert.Equal($"systemuser With Id = {stranger:D} Does Not Exist", fault.Message);
    }

    [Fact]
    public void PluginConstructorThrows_FailsTheOperationWithTheIsvFault()
    {
        var org = Organizations.New();
        org.RegisterStep(new StepRegistration(Guid.NewGuid(), typeof(BrokenConstructorPlugin), "Create", Widget, PipelineStage.PostOperation));

        var fault = Organizations.Fault(() => org.Service.Create(Organizations.Widget()));

        Assert.Equal(ErrorCodes.IsvUnExpected, fault.ErrorCode);
        Assert.Contains("The constructor of plug-in " + typeof(BrokenConstructorPlugin).FullName + " threw FormatException: bad configuration", fault.Message);
        Assert.Empty(org.Rows(Widget));
    }
}

using Crm.Renewals.Emulator.Log;
using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Plugins.Registration;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Transactions;

public class RollbackTests
{
    [Fact]
    public void PostOperationThrows_CreateIsRolledBack()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, _ => throw new InvalidPluginExecutionException("refused")));

        Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Create(Organizations.Widget()));

        Assert.Empty(org.Rows(Widget));
    }

    [Fact]
    public void LaterStepThrows_NestedPluginWritesAreRolledBackToo()
    {
        var org = Organizations.New();
        var id = org.Service.Create(new Entity(Widget) { [Name] = "Gear", [Quantity] = 1 });
        org.RegisterStep(Steps.On("Update", Widget, PipelineStage.PostOperation, call =>
            {
                call.Service.Create(new Entity(Part) { [Name] = "Bolt", [WidgetLookup] = new EntityReference(Widget, call.Context.PrimaryEntityId) });
                call.Service.Delete(Part, call.Service.Create(new Entity(Part) { [Name] = "Temporary" }));
            }, rank: 1))
            .RegisterStep(Steps.On("Update", Widget, PipelineStage.PostOperation, _ => throw new InvalidPluginExecutionException("refused"), rank: 2));

        Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Update(new Entity(Widget, id) { [Quantity] = 2 }));

        Assert.Equal(1, org.Find(Widget, id)![Quantity]);
        Assert.Empty(org.Rows(Part));
    }

    [Fact]
    public void NestedStepThrows_WholeTopLevelOperationIsRolledBack()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call => call.Service.Create(new Entity(Part) { [Name] = "Bolt" })))
            .RegisterStep(Steps.On("Create", Part, PipelineStage.PostOperation, _ => throw new InvalidPluginExecutionException("no parts today")));

        Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Create(Organizations.Widget()));

        Assert.Empty(org.Rows(Widget));
        Assert.Empty(org.Rows(Part));
    }

    [Fact]
    public void RolledBackRequests_AreMarkedInTheLog()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, call => call.Service.Create(new Entity(Part) { [Name] = "Bolt" })))
            .RegisterStep(Steps.On("Create", Part, PipelineStage.PostOperation, _ => throw new InvalidPluginExecutionException("no")));

        Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Create(Organizations.Widget()));

        Assert.All(org.Log.Requests, request => Assert.True(request.RolledBack));
        Assert.All(org.Log.Requests, request => Assert.Equal(OperationOutcome.Failed, request.Outcome));
    }

    // Dataverse: a failed call inside the transaction aborts it, read or write; a plugin that catches the fault and
    // returns fails the operation as it returns, with "ISV code reduced the open transaction count".
    [Theory]
    [InlineData("write")]
    [InlineData("read")]
    public void PluginIgnoresFailedNestedCall_OperationFailsAsThePluginReturnsAndRollsBack(string call)
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, plugin =>
        {
            try
            {
                if (call == "write")
                {
                    plugin.Service.Create(new Entity(Part) { [Name] = new string('x', 500) });
                }
                else
                {
                    plugin.Service.Retrieve(Part, Guid.NewGuid(), new ColumnSet(true));
                }
            }
            catch (FaultException<OrganizationServiceFault>)
            {
                // Swallowed, as a careless plugin does: the platform still aborts the transaction.
            }
        }));

        var fault = Organizations.Fault(() => org.Service.Create(Organizations.Widget()));

        Assert.Equal(ErrorCodes.IsvAbortedTransaction, fault.ErrorCode);
        Assert.Equal(-2146893812, fault.ErrorCode);
        Assert.StartsWith("ISV code reduced the open transaction count.", fault.Message);
        Assert.Empty(org.Rows(Widget));
    }

    [Fact]
    public void PluginCallsAgainAfterAFailedCall_TheNextCallFailsWithNoActiveTransaction()
    {
        var org = Organizations.New();
        string? second = null;
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, plugin =>
        {
            try
            {
                plugin.Service.Retrieve(Part, Guid.NewGuid(), new ColumnSet(true));
            }
            catch (FaultException<OrganizationServiceFault>)
            {
            }

            try
            {
                plugin.Service.Create(new Entity(Part) { [Name] = "Bolt" });
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                second = fault.Detail.Message;
            }
        }));

        Organizations.Fault(() => org.Service.Create(Organizations.Widget()));

        Assert.StartsWith("There is no active transaction.", second);
    }

    [Fact]
    public void PluginCatchesFailedNestedCallOutsideATransaction_AsyncStepCarriesOn()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, plugin =>
        {
            try
            {
                plugin.Service.Retrieve(Part, Guid.NewGuid(), new ColumnSet(true));
            }
            catch (FaultException<OrganizationServiceFault>)
            {
                // An asynchronous step runs outside any transaction: a failed read aborts nothing.
            }

            plugin.Service.Create(new Entity(Part) { [Name] = "Bolt" });
        }, ExecutionMode.Asynchronous));
        org.Service.Create(Organizations.Widget());

        var job = Assert.Single(org.RunAsyncJobs());

        Assert.Equal(Emulator.Async.SystemJobStatus.Succeeded, job.Status);
        Assert.Single(org.Rows(Part));
    }

    [Fact]
    public void PreValidationPluginWritesThenOperationFails_ItsWriteStays()
    {
        // PreValidation runs before the transaction of a top-level call, so what it wrote is already committed.
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PreValidation, call => call.Service.Create(new Entity(Note) { [Name] = "attempt logged" })))
            .RegisterStep(Steps.On("Create", Widget, PipelineStage.PreOperation, _ => throw new InvalidPluginExecutionException("refused")));

        Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Create(Organizations.Widget()));

        Assert.Empty(org.Rows(Widget));
        Assert.Single(org.Rows(Note));
    }

    [Fact]
    public void PreValidationThrows_NothingIsWritten()
    {
        var org = Organizations.New();
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PreValidation, _ => throw new InvalidPluginExecutionException("refused early")));

        Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Create(Organizations.Widget()));

        Assert.Empty(org.Rows(Widget));
    }

    [Fact]
    public void FailedOperation_DoesNotAffectTheNextOne()
    {
        var org = Organizations.New();
        var refuse = true;
        org.RegisterStep(Steps.On("Create", Widget, PipelineStage.PostOperation, _ =>
        {
            if (refuse)
            {
                throw new InvalidPluginExecutionException("refused");
            }
        }));
        Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Create(Organizations.Widget("First")));
        refuse = false;

        org.Service.Create(Organizations.Widget("Second"));

        Assert.Equal(["Second"], org.Rows(Widget).Select(row => (string)row[Name]));
    }
}

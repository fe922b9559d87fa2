using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.Pipeline;

public class MessageHandlerTests
{
    [Fact]
    public void RegisterMessageHandler_UnknownMessage_RunsHandlerBetweenSteps()
    {
        var org = Organizations.New();
        var order = new List<string>();
        org.RegisterMessageHandler("test_Ping", context =>
            {
                order.Add("handler");
                context.OutputParameters["Pong"] = (string)context.InputParameters["Ping"] + "!";
            })
            .RegisterStep(Steps.On("test_Ping", "", PipelineStage.PreOperation, _ => order.Add("20")))
            .RegisterStep(Steps.On("test_Ping", "", PipelineStage.PostOperation, _ => order.Add("40")));

        var response = org.Service.Execute(new OrganizationRequest("test_Ping") { ["Ping"] = "hello" });

        Assert.Equal("hello!", response["Pong"]);
        Assert.Equal(["20", "handler", "40"], order);
    }

    [Fact]
    public void RegisterMessageHandler_HandlerWritesThroughItsService_WriteIsPartOfTheTransaction()
    {
        var org = Organizations.New();
        org.RegisterMessageHandler("test_Make", context => context.Service.Create(Organizations.Widget()))
            .RegisterStep(Steps.On("test_Make", "", PipelineStage.PostOperation, _ => throw new InvalidPluginExecutionException("refused")));

        Assert.Throws<InvalidPluginExecutionException>(() => org.Service.Execute(new OrganizationRequest("test_Make")));

        Assert.Empty(org.Rows(Widget));
    }

    [Theory]
    [InlineData("Create")]
    [InlineData(EchoApi)]
    public void RegisterMessageHandler_MessageTheEmulatorImplements_Throws(string message)
    {
        var org = Organizations.New();

        var exception = Assert.Throws<ArgumentException>(() => org.RegisterMessageHandler(message, _ => { }));

        Assert.Contains("already implemented by the emulator", exception.Message);
    }
}

using Crm.Renewals.Emulator.Tests.TestSupport;
using Crm.Renewals.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using static Crm.Renewals.Emulator.Tests.TestSupport.TestSchema;

namespace Crm.Renewals.Emulator.Tests.CustomApis;

public class CustomApiTests
{
    [Fact]
    public void Execute_UnboundApi_RunsImplementationAtStage30AndReturnsResponse()
    {
        var org = Organizations.New().RegisterCustomApi(new CustomApiBinding(EchoApi, typeof(EchoApiPlugin)));

        var response = org.Service.Execute(new OrganizationRequest(EchoApi) { ["Text"] = "ab", ["Count"] = 3 });

        Assert.Equal("ababab", response["Echo"]);
        Assert.Equal(3, response["Total"]);
        Assert.Equal(30, org.Log.Steps.Single().Stage);
    }

    [Fact]
    public void Execute_OptionalParameterOmitted_IsAccepted()
    {
        var org = Organizations.New().RegisterCustomApi(new CustomApiBinding(EchoApi, typeof(EchoApiPlugin)));

        var response = org.Service.Execute(new OrganizationRequest(EchoApi) { ["Text"] = "ab" });

        Assert.Equal("ab", response["Echo"]);
    }

    [Fact]
    public void Execute_BoundApi_ReceivesTargetAsEntityReference()
    {
        var org = Organizations.New().RegisterCustomApi(new CustomApiBinding(ScoreApi, typeof(ScoreApiPlugin)));
        var id = org.Service.Create(new Entity(Widget) { [Name] = "Gear", [Quantity] = 12 });

        var response = org.Service.Execute(new OrganizationRequest(ScoreApi) { ["Target"] = new EntityReference(Widget, id) });

        Assert.Equal(12, response["Score"]);
        Assert.Equal(id, org.Log.Requests[^2].EntityId);
    }

    public static TheoryData<OrganizationRequest, string> BadRequests => new()
    {
        // Each row: a call its definition refuses, and a fragment of the message saying what to fix.
        { new OrganizationRequest(EchoApi) { ["Count"] = 2 }, "requires the request parameter 'Text' (String)" },
        { new OrganizationRequest(EchoApi) { ["Text"] = "a", ["Colour"] = "red" }, "has no request parameter 'Colour'. Its parameters: Text, Count, Account" },
        { new OrganizationRequest(EchoApi) { ["Text"] = "a", ["Count"] = "2" }, "request parameter 'Count' of Custom API test_Echo is a Integer (System.Int32)" },
        { new OrganizationRequest(EchoApi) { ["Text"] = "a", ["Account"] = new EntityReference("contact", Guid.NewGuid()) }, "refers to a account, not a contact" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void Execute_RequestBreakingTheDefinition_ThrowsFaultSayingWhatToFix(OrganizationRequest request, string expected)
    {
        var org = Organizations.New().RegisterCustomApi(new CustomApiBinding(EchoApi, typeof(EchoApiPlugin)));

        var fault = Organizations.Fault(() => org.Service.Execute(request));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains(expected, fault.Message);
        Assert.Empty(org.Log.Steps);
    }

    [Fact]
    public void Execute_BoundApiWithTargetOfAnotherTable_ThrowsFault()
    {
        var org = Organizations.New().RegisterCustomApi(new CustomApiBinding(ScoreApi, typeof(ScoreApiPlugin)));

        var fault = Organizations.Fault(() => org.Service.Execute(new OrganizationRequest(ScoreApi) { ["Target"] = new EntityReference(Part, Guid.NewGuid()) }));

        Assert.Contains("is bound to test_widget: its 'Target' parameter must be an EntityReference to a test_widget", fault.Message);
    }

    [Fact]
    public void Execute_BoundApiWithMissingTarget_ThrowsObjectDoesNotExist()
    {
        var org = Organizations.New().RegisterCustomApi(new CustomApiBinding(ScoreApi, typeof(ScoreApiPlugin)));

        var fault = Organizations.Fault(() => org.Service.Execute(new OrganizationRequest(ScoreApi) { ["Target"] = new EntityReference(Widget, Guid.NewGuid()) }));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
    }

    [Fact]
    public void Execute_NoImplementationRegistered_ThrowsFaultSayingHowToBindOne()
    {
        var org = Organizations.New();

        var fault = Organizations.Fault(() => org.Service.Execute(new OrganizationRequest(EchoApi) { ["Text"] = "a" }));

        Assert.Contains("RegisterCustomApi(new CustomApiBinding(\"test_Echo\", typeof(YourPlugin)))", fault.Message);
    }

    [Fact]
    public void Execute_ImplementationSetsUndefinedResponseProperty_ThrowsFault()
    {
        var org = Organizations.New().RegisterCustomApi(new CustomApiBinding(EchoApi, typeof(UndefinedOutputApiPlugin)));

        var fault = Organizations.Fault(() => org.Service.Execute(new OrganizationRequest(EchoApi) { ["Text"] = "a" }));

        Assert.Contains("set the response property 'Extra', which the API does not define. Its response properties: Echo, Total", fault.Message);
    }

    [Fact]
    public void Execute_ImplementationSetsResponsePropertyOfWrongType_ThrowsFault()
    {
        var org = Organizations.New().RegisterCustomApi(new CustomApiBinding(EchoApi, typeof(WrongOutputTypeApiPlugin)));

        var fault = Organizations.Fault(() => org.Service.Execute(new OrganizationRequest(EchoApi) { ["Text"] = "a" }));

        Assert.Contains("response property 'Total' of Custom API test_Echo is a Integer", fault.Message);
    }

    [Fact]
    public void Execute_PostOperationStepOnApi_SeesTheResponse()
    {
        var org = Organizations.New().RegisterCustomApi(new CustomApiBinding(EchoApi, typeof(EchoApiPlugin)));
        object? seen = null;
        org.RegisterStep(Steps.On(EchoApi, "", PipelineStage.PostOperation, call => seen = call.Context.OutputParameters["Echo"]));

        org.Service.Execute(new OrganizationRequest(EchoApi) { ["Text"] = "hi" });

        Assert.Equal("hi", seen);
    }

    [Fact]
    public void RegisterCustomApi_UndefinedApi_ThrowsListingDefinedApis()
    {
        var org = Organizations.New();

        var exception = Assert.Throws<ArgumentException>(() => org.RegisterCustomApi(new CustomApiBinding("test_Nope", typeof(EchoApiPlugin))));

        Assert.Contains("Custom API 'test_Nope' is not defined in the metadata. Defined: test_Echo, test_Guarded, test_Score", exception.Message);
    }
}

using Microsoft.Xrm.Sdk.Messages;

namespace Microsoft.Xrm.Sdk.Tests.Messages;

/// <summary>behaviour.md lines on the core response classes, and the result keys their properties read.</summary>
public sealed class CoreResponseTests
{
    [Fact]
    public void CreateResponse_New_HasNoNameAndNoResults() =>
        Assert.Equal(" []", RequestShape.Of(new CreateResponse()));

    [Fact]
    public void CreateResponseId_ResultSet_ReadsIdKey()
    {
        var id = Guid.NewGuid();
        var response = new CreateResponse { ["id"] = id };

        Assert.Equal(id, response.id);
    }

    [Fact]
    public void CreateResponseId_NoResult_IsEmpty() =>
        Assert.Equal(Guid.Empty, new CreateResponse().id);

    [Fact]
    public void RetrieveResponseEntity_ResultSet_ReadsEntityKey()
    {
        var entity = new Entity("account");
        var response = new RetrieveResponse { ["Entity"] = entity };

        Assert.Same(entity, response.Entity);
    }

    [Fact]
    public void RetrieveMultipleResponseEntityCollection_ResultSet_ReadsEntityCollectionKey()
    {
        var page = new EntityCollection();
        var response = new RetrieveMultipleResponse { ["EntityCollection"] = page };

        Assert.Same(page, response.EntityCollection);
    }

    [Fact]
    public void UpsertResponse_ResultsSet_ReadsRecordCreatedAndTargetKeys()
    {
        var target = new EntityReference("account", Guid.NewGuid());
        var response = new UpsertResponse { ["RecordCreated"] = true, ["Target"] = target };

        Assert.True(response.RecordCreated);
        Assert.Same(target, response.Target);
    }
    [Fact]
    public void ExecuteMultipleResponse_ResultsSet_ReadsIsFaultedAndResponsesKeys()
    {
        var items = new ExecuteMultipleResponseItemCollection { new() { RequestIndex = 1, Fault = new OrganizationServiceFault { Message = "no" } } };
        var response = new ExecuteMultipleResponse();

        response.Results["IsFaulted"] = true;
        response.Results["Responses"] = items;

        Assert.True(response.IsFaulted);
        Assert.Same(items, response.Responses);
        Assert.Equal("no", response.Responses[0].Fault.Message);
    }
}

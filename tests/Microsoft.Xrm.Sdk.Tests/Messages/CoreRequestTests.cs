using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Tests.Messages;

/// <summary>behaviour.md lines on the core request classes: the name they set and the parameters a new instance holds.</summary>
public sealed class CoreRequestTests
{
    [Fact]
    public void CreateRequest_New_IsCreateWithTarget() =>
        Assert.Equal("Create [Target]", RequestShape.Of(new CreateRequest()));

    [Fact]
    public void UpdateRequest_New_IsUpdateWithTarget() =>
        Assert.Equal("Update [Target]", RequestShape.Of(new UpdateRequest()));

    [Fact]
    public void DeleteRequest_New_IsDeleteWithTarget() =>
        Assert.Equal("Delete [Target]", RequestShape.Of(new DeleteRequest()));

    [Fact]
    public void RetrieveRequest_New_IsRetrieveWithTargetAndColumnSet() =>
        Assert.Equal("Retrieve [Target,ColumnSet]", RequestShape.Of(new RetrieveRequest()));

    [Fact]
    public void RetrieveMultipleRequest_New_IsRetrieveMultipleWithQuery() =>
        Assert.Equal("RetrieveMultiple [Query]", RequestShape.Of(new RetrieveMultipleRequest()));

    [Fact]
    public void UpsertRequest_New_IsUpsertWithTarget() =>
        Assert.Equal("Upsert [Target]", RequestShape.Of(new UpsertRequest()));

    [Fact]
    public void CreateRequestTarget_Set_ReturnsSameInstanceFromParameters()
    {
        var target = new Entity("account");

        var request = new CreateRequest { Target = target };

        Assert.Same(target, request.Target);
        Assert.Same(target, request.Parameters["Target"]);
    }

    [Fact]
    public void UpdateRequestConcurrencyBehavior_Set_StoredUnderItsName()
    {
        var request = new UpdateRequest { ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches };

        Assert.Equal(ConcurrencyBehavior.IfRowVersionMatches, request.Parameters["ConcurrencyBehavior"]);
    }

    [Fact]
    public void DeleteRequestConcurrencyBehavior_NotSet_ReadsDefault() =>
        Assert.Equal(ConcurrencyBehavior.Default, new DeleteRequest().ConcurrencyBehavior);

    [Fact]
    public void RetrieveMultipleRequestQuery_Set_StoredUnderQuery()
    {
        var query = new QueryExpression("account");

        var request = new RetrieveMultipleRequest { Query = query };

        Assert.Same(query, request.Parameters["Query"]);
    }

    [Fact]
    public void AssociateRequest_PropertiesSet_StoredUnderTheirNames()
    {
        var target = new EntityReference("account", Guid.NewGuid());
        var relationship = new Relationship("account_contacts");
        var related = new EntityReferenceCollection { new("contact", Guid.NewGuid()) };

        var request = new AssociateRequest { Target = target, Relationship = relationship, RelatedEntities = related };

        Assert.Equal("Associate", request.RequestName);
        Assert.Same(target, request.Parameters["Target"]);
        Assert.Same(relationship, request.Parameters["Relationship"]);
        Assert.Same(related, request.Parameters["RelatedEntities"]);
    }
    [Fact]
    public void ExecuteMultipleRequest_New_IsExecuteMultipleWithRequestsAndSettings() =>
        Assert.Equal("ExecuteMultiple [Requests,Settings]", RequestShape.Of(new ExecuteMultipleRequest()));

    [Fact]
    public void ExecuteMultipleRequest_PropertiesSet_StoredUnderTheirNames()
    {
        var requests = new OrganizationRequestCollection { new CreateRequest { Target = new Entity("account") } };
        var settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true };

        var request = new ExecuteMultipleRequest { Requests = requests, Settings = settings };

        Assert.Same(requests, request.Parameters["Requests"]);
        Assert.Same(settings, request.Parameters["Settings"]);
        Assert.Same(requests, request.Requests);
    }
}

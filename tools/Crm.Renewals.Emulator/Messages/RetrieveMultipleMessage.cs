using System.Xml;
using System.Xml.Linq;
using Crm.Renewals.Emulator.Pipeline;
using Crm.Renewals.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Messages;

/// <summary>RetrieveMultiple: QueryExpression, QueryByAttribute and FetchXML, answered by the query engine.</summary>
internal sealed class RetrieveMultipleMessage : CoreMessage
{
    private const string FetchEntityElement = "entity";
    private const string FetchNameAttribute = "name";

    public override string Name => MessageNames.RetrieveMultiple;


    public override OrganizationResponse CreateResponse() => new RetrieveMultipleResponse();

    public override void Prepare(MessageOperation operation)
    {
        var query = Required<QueryBase>(operation, ParameterNames.Query);
        if (TableOf(query) is { } table)
        {
            operation.PrimaryEntityName = operation.Organization.Metadata.Schema(table).LogicalName;
        }
    }

    public override void Execute(MessageOperation operation)
    {
        var query = Required<QueryBase>(operation, ParameterNames.Query);
        operation.OutputParameters[ParameterNames.EntityCollection] =
            operation.Organization.Queries.Execute(query, new OrganizationDataSource(operation.Organization, operation.UserId, operation.Organization.Authorization.PrivilegesOf(operation.Caller)));
    }

    // A malformed FetchXML leaves the table unknown here; the query engine reports it precisely.
    private static string? TableOf(QueryBase query) => query switch
    {
        QueryExpression expression => expression.EntityName,
        QueryByAttribute byAttribute => byAttribute.EntityName,
        FetchExpression fetch => FetchTable(fetch.Query),
        _ => null,
    };

    private static string? FetchTable(string? fetchXml)
    {
        try
        {
            return fetchXml is null ? null : XDocument.Parse(fetchXml).Root?.Element(FetchEntityElement)?.Attribute(FetchNameAttribute)?.Value;
        }
        catch (XmlException)
        {
            return null;
        }
    }
}

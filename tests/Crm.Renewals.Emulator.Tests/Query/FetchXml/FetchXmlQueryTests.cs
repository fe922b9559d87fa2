using Crm.Renewals.Emulator.Query;
using Crm.Renewals.Emulator.Tests.Query.Fakes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Tests.Query.FetchXml;

/// <summary>FetchXML runs on the same engine as QueryExpression: same rows, same shapes.</summary>
public sealed class FetchXmlQueryTests
{
    private readonly QueryEngine _engine = new();
    private readonly CrmSample _sample = new();

    [Fact]
    public void Execute_EntityWithoutAttributes_ReturnsAllColumns()
    {
        var contoso = Single("<fetch><entity name='account'><filter><condition attribute='name' operator='eq' value='Contoso'/></filter></entity></fetch>");

        Assert.Equal(["accountid", "name", "numberofemployees", "primarycontactid"], contoso.Attributes.Keys.Order());
    }

    [Fact]
    public void Execute_TypedConditionsFromText_MatchLikeQueryExpression()
    {
        var fetch = $"""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <filter type="and">
                  <condition attribute="numberofemployees" operator="ge" value="20" />
                  <condition attribute="primarycontactid" operator="eq" value="{_sample.Ann.Id:B}" />
                </filter>
              </entity>
            </fetch>
            """;
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("numberofemployees", ConditionOperator.GreaterEqual, 20);
        query.Criteria.AddCondition("primarycontactid", ConditionOperator.Equal, _sample.Ann.Id);

        Assert.Equal(["Contoso"], Run(fetch).Names());
        Assert.Equal(Run(fetch).Names(), _engine.Execute(query, _sample.Source).Names());
    }

    [Fact]
    public void Execute_NestedOrFilterWithValueElements_MatchesEitherBranch()
    {
        const string Fetch = """
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <order attribute="name" descending="true" />
                <filter type="or">
                  <condition attribute="name" operator="in"><value>Litware</value><value>Nobody</value></condition>
                  <filter type="and">
                    <condition attribute="numberofemployees" operator="between"><value>10</value><value>30</value></condition>
                    <condition attribute="name" operator="like" value="F%" />
                  </filter>
                </filter>
              </entity>
            </fetch>
            """;

        Assert.Equal(["Litware", "Fabrikam"], Run(Fetch).Names());
    }

    [Fact]
    public void Execute_LinkEntity_FromIsTheLinkedColumnAndToTheParentColumn()
    {
        const string Fetch = """
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <order attribute="name" />
                <link-entity name="contact" from="contactid" to="primarycontactid" alias="pc" link-type="outer">
                  <attribute name="fullname" />
                  <attribute name="emailaddress1" alias="email" />
                </link-entity>
              </entity>
            </fetch>
            """;

        var results = Run(Fetch);

        Assert.Equal(["Contoso", "Fabrikam", "Litware"], results.Names());
        Assert.Equal("Ann", results.Entities[0].Aliased("pc.fullname"));
        Assert.Equal("ann@contoso.com", results.Entities[0].Aliased("email"));
        Assert.False(results.Entities[2].Contains("pc.fullname"));
    }

    [Fact]
    public void Execute_LinkEntityFilterAndConditionEntityName_FilterTheJoin()
    {
        const string Fetch = """
            <fetch>
              <entity name="contact">
                <attribute name="fullname" />
                <order attribute="fullname" />
                <link-entity name="account" from="accountid" to="parentcustomerid" alias="a">
                  <filter><condition attribute="name" operator="eq" value="Contoso" /></filter>
                </link-entity>
                <filter><condition entityname="a" attribute="numberofemployees" operator="gt" value="10" /></filter>
              </entity>
            </fetch>
            """;

        Assert.Equal(["Ann", "Cid"], Run(Fetch).Strings("fullname"));
    }

    [Fact]
    public void Execute_ValueOf_ComparesTwoColumns()
    {
        _sample.Source.Add(new Entity("account") { ["name"] = "Same", ["accountnumber"] = "SAME" });
        const string Fetch = "<fetch><entity name='account'><attribute name='name'/><filter><condition attribute='name' operator='eq' valueof='accountnumber'/></filter></entity></fetch>";

        Assert.Equal(["Same"], Run(Fetch).Names());
    }

    [Fact]
    public void Execute_RelativeDateOperatorWithCount_ReadsTheValueAsTheCount()
    {
        _sample.Source.Add(new Entity("account") { ["name"] = "Recent", ["createdon"] = _sample.Source.UtcNow.AddDays(-2) });
        const string Fetch = "<fetch><entity name='account'><attribute name='name'/><filter><condition attribute='createdon' operator='last-x-days' value='3'/></filter></entity></fetch>";

        Assert.Equal(["Recent"], Run(Fetch).Names());
    }

    [Fact]
    public void Execute_TopAndDistinct_LimitAndDeduplicate()
    {
        const string Fetch = """
            <fetch top="1" distinct="true">
              <entity name="account">
                <attribute name="name" />
                <order attribute="name" />
                <link-entity name="contact" from="parentcustomerid" to="accountid" />
              </entity>
            </fetch>
            """;

        Assert.Equal(["Contoso"], Run(Fetch).Names());
    }

    [Fact]
    public void Execute_AttributeAliasOnEntity_ReturnsAliasedValueAndOrdersByAlias()
    {
        const string Fetch = "<fetch><entity name='account'><attribute name='name' alias='n'/><order alias='n' descending='true'/></entity></fetch>";

        var results = Run(Fetch);

        Assert.Equal(["Litware", "Fabrikam", "Contoso"], results.Entities.Select(e => e.Aliased("n")));
        Assert.Equal("name", results.Entities[0].GetAttributeValue<AliasedValue>("n").AttributeLogicalName);
        Assert.False(results.Entities[0].Contains("name"));
    }

    private EntityCollection Run(string fetchXml) => _engine.Execute(new FetchExpression(fetchXml), _sample.Source);

    private Entity Single(string fetchXml) => Assert.Single(Run(fetchXml).Entities);
}

using Crm.Renewals.Emulator.Query;
using Crm.Renewals.Emulator.Tests.Query.Fakes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Tests.Query.Translation;

public sealed class QueryByAttributeTests
{
    private readonly QueryEngine _engine = new();
    private readonly CrmSample _sample = new();

    [Fact]
    public void Execute_AttributeValuePairs_MatchTheEquivalentQueryExpression()
    {
        var byAttribute = new QueryByAttribute("contact") { ColumnSet = new ColumnSet("fullname") };
        byAttribute.AddAttributeValue("parentcustomerid", _sample.Contoso.Id);
        byAttribute.AddOrder("fullname", OrderType.Descending);
        var expression = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
        expression.Criteria.AddCondition("parentcustomerid", ConditionOperator.Equal, _sample.Contoso.Id);
        expression.AddOrder("fullname", OrderType.Descending);

        var results = _engine.Execute(byAttribute, _sample.Source);

        Assert.Equal(["Cid", "Ann"], results.Strings("fullname"));
        Assert.Equal(_engine.Execute(expression, _sample.Source).Strings("fullname"), results.Strings("fullname"));
    }

    [Fact]
    public void Execute_SeveralAttributes_AreJoinedWithAnd()
    {
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name") };
        query.AddAttributeValue("name", "contoso");
        query.AddAttributeValue("numberofemployees", 50);

        Assert.Equal(["Contoso"], _engine.Execute(query, _sample.Source).Names());
    }

    [Fact]
    public void Execute_NullValue_MatchesRowsWithoutValue()
    {
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name") };
        query.AddAttributeValue("numberofemployees", null);

        Assert.Equal(["Litware"], _engine.Execute(query, _sample.Source).Names());
    }

    [Fact]
    public void Execute_PageInfo_ReturnsTheRequestedPage()
    {
        var query = new QueryByAttribute("contact") { ColumnSet = new ColumnSet("fullname"), PageInfo = new PagingInfo { Count = 1, PageNumber = 2 } };
        query.AddAttributeValue("parentcustomerid", _sample.Contoso.Id);
        query.AddOrder("fullname", OrderType.Ascending);

        var results = _engine.Execute(query, _sample.Source);

        Assert.Equal(["Cid"], results.Strings("fullname"));
        Assert.False(results.MoreRecords);
    }

    [Fact]
    public void Execute_NoAttributes_FaultSaysToAddOne()
    {
        var fault = Assert.Throws<OrganizationFaultException>(() => _engine.Execute(new QueryByAttribute("account"), _sample.Source));

        Assert.Contains("needs at least one attribute", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_MoreAttributesThanValues_FaultGivesBothCounts()
    {
        var query = new QueryByAttribute("account");
        query.Attributes.AddRange("name", "numberofemployees");
        query.Values.Add("Contoso");

        var fault = Assert.Throws<OrganizationFaultException>(() => _engine.Execute(query, _sample.Source));

        Assert.Contains("2 attribute(s) but 1 value(s)", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_UnknownAttribute_FaultNamesTableAndColumn()
    {
        var query = new QueryByAttribute("account");
        query.AddAttributeValue("foo", 1);

        var fault = Assert.Throws<OrganizationFaultException>(() => _engine.Execute(query, _sample.Source));

        Assert.StartsWith("'account' entity doesn't contain attribute with Name = 'foo'", fault.Message, StringComparison.Ordinal);
    }
}

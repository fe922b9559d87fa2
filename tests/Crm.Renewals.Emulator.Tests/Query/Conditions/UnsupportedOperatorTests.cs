using Crm.Renewals.Emulator.Query;
using Crm.Renewals.Emulator.Tests.Query.Fakes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Tests.Query.Conditions;

/// <summary>Operators the engine does not implement are refused by name, never answered wrongly.</summary>
public sealed class UnsupportedOperatorTests
{
    private readonly QueryEngine _engine = new();
    private readonly FakeQueryDataSource _source = FakeQueryDataSource.WithTestTables().Add(new Entity("account") { ["name"] = "Contoso" });

    [Theory]
    [InlineData("ownerid", ConditionOperator.EqualBusinessId)]            // needs the caller's business unit
    [InlineData("ownerid", ConditionOperator.NotEqualBusinessId)]
    [InlineData("ownerid", ConditionOperator.EqualUserTeams)]             // needs team membership
    [InlineData("ownerid", ConditionOperator.EqualUserOrUserTeams)]
    [InlineData("ownerid", ConditionOperator.EqualUserOrUserHierarchy)]   // needs the user hierarchy
    [InlineData("parentaccountid", ConditionOperator.Under)]              // hierarchical queries
    [InlineData("parentaccountid", ConditionOperator.AboveOrEqual)]
    [InlineData("createdon", ConditionOperator.ThisFiscalYear)]           // needs fiscal year settings
    [InlineData("createdon", ConditionOperator.LastXFiscalPeriods)]
    [InlineData("numberofemployees", ConditionOperator.Mask)]
    [InlineData("numberofemployees", ConditionOperator.EqualUserLanguage)]
    [InlineData("parentaccountid", ConditionOperator.ChildOf)]
    public void Execute_UnsupportedOperator_ThrowsNotSupportedNamingIt(string attribute, ConditionOperator conditionOperator)
    {
        var query = new QueryExpression("account");
        query.Criteria.AddCondition(attribute, conditionOperator);

        var exception = Assert.Throws<NotSupportedException>(() => _engine.Execute(query, _source));

        Assert.StartsWith($"unsupported condition operator {conditionOperator} (on 'account.{attribute}')", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eq-businessid", "ownerid")]
    [InlineData("this-fiscal-period", "createdon")]
    [InlineData("eq-or-under", "parentaccountid")]
    public void Execute_UnsupportedFetchXmlOperator_ThrowsNotSupportedWithFetchXmlName(string operatorName, string attribute)
    {
        var fetch = $"<fetch><entity name='account'><filter><condition attribute='{attribute}' operator='{operatorName}' /></filter></entity></fetch>";

        var exception = Assert.Throws<NotSupportedException>(() => _engine.Execute(new FetchExpression(fetch), _source));

        Assert.StartsWith($"unsupported condition operator {operatorName}", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_InOnMultiSelectChoice_ThrowsNotSupported()
    {
        var query = new QueryExpression("account");
        query.Criteria.AddCondition("categories", ConditionOperator.In, TestTables.CategoryPartner);

        var exception = Assert.Throws<NotSupportedException>(() => _engine.Execute(query, _source));

        Assert.StartsWith("unsupported condition operator In on a multi-select choice", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(JoinOperator.Exists)]
    [InlineData(JoinOperator.Any)]
    [InlineData(JoinOperator.MatchFirstRowUsingCrossApply)]
    public void Execute_UnsupportedJoinOperator_ThrowsNotSupportedNamingIt(JoinOperator joinOperator)
    {
        var query = new QueryExpression("account");
        query.AddLink("contact", "primarycontactid", "contactid", joinOperator);

        var exception = Assert.Throws<NotSupportedException>(() => _engine.Execute(query, _source));

        Assert.Contains($"link-entity join operator {joinOperator}", exception.Message, StringComparison.Ordinal);
    }
}

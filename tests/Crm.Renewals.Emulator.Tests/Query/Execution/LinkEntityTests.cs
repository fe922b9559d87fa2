using Crm.Renewals.Emulator.Query;
using Crm.Renewals.Emulator.Tests.Query.Fakes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Tests.Query.Execution;

public sealed class LinkEntityTests
{
    private readonly QueryEngine _engine = new();
    private readonly CrmSample _sample = new();

    [Fact]
    public void Execute_InnerJoinToPrimaryContact_ReturnsMatchedRowsWithAliasedValues()
    {
        var query = AccountsWithPrimaryContact(JoinOperator.Inner);

        var results = _engine.Execute(query, _sample.Source);

        Assert.Equal(["Contoso", "Fabrikam"], results.Names());
        var contact = results.Entities[0].GetAttributeValue<AliasedValue>("pc.fullname");
        Assert.Equal("Ann", contact.Value);
        Assert.Equal("contact", contact.EntityLogicalName);
        Assert.Equal("fullname", contact.AttributeLogicalName);
    }

    [Fact]
    public void Execute_LeftOuterJoin_KeepsUnmatchedRowsWithoutLinkedColumns()
    {
        var results = _engine.Execute(AccountsWithPrimaryContact(JoinOperator.LeftOuter), _sample.Source);

        Assert.Equal(["Contoso", "Fabrikam", "Litware"], results.Names());
        Assert.False(results.Entities[2].Contains("pc.fullname"));
    }

    [Fact]
    public void Execute_OneToManyJoin_RepeatsTheParentPerChild()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        var contacts = query.AddLink("contact", "accountid", "parentcustomerid");
        contacts.EntityAlias = "c";
        contacts.Columns = new ColumnSet("fullname");
        contacts.Orders.Add(new OrderExpression("fullname", OrderType.Ascending));
        query.AddOrder("name", OrderType.Ascending);

        var results = _engine.Execute(query, _sample.Source);

        Assert.Equal(["Contoso", "Contoso", "Fabrikam"], results.Names());
        Assert.Equal(["Ann", "Cid", "Bob"], results.Entities.Select(e => e.Aliased("c.fullname")));
        Assert.Equal(results.Entities[0].Id, results.Entities[1].Id);
    }

    [Fact]
    public void Execute_LinkWithoutAlias_ResultKeysUseGeneratedAlias()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddLink("contact", "primarycontactid", "contactid").Columns = new ColumnSet("fullname");

        var results = _engine.Execute(query, _sample.Source);

        Assert.Equal("Ann", results.Entities.Single(e => e.Id == _sample.Contoso.Id).Aliased("contact1.fullname"));
    }

    [Fact]
    public void Execute_InnerJoinWithLinkCriteria_FiltersParentRows()
    {
        var query = AccountsWithPrimaryContact(JoinOperator.Inner);
        query.LinkEntities[0].LinkCriteria.AddCondition("fullname", ConditionOperator.Equal, "Bob");

        Assert.Equal(["Fabrikam"], _engine.Execute(query, _sample.Source).Names());
    }

    [Fact]
    public void Execute_OuterJoinWithLinkCriteria_KeepsEveryParentButLinksOnlyMatches()
    {
        var query = AccountsWithPrimaryContact(JoinOperator.LeftOuter);
        query.LinkEntities[0].LinkCriteria.AddCondition("fullname", ConditionOperator.Equal, "Bob");

        var results = _engine.Execute(query, _sample.Source);

        Assert.Equal(["Contoso", "Fabrikam", "Litware"], results.Names());
        Assert.Equal([null, "Bob", null], results.Entities.Select(e => e.Aliased("pc.fullname")));
    }

    [Fact]
    public void Execute_OuterJoinAndNullConditionOnLinkAlias_FindsRowsWithoutChildren()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddLink("contact", "accountid", "parentcustomerid", JoinOperator.LeftOuter).EntityAlias = "c";
        query.Criteria.AddCondition("c", "contactid", ConditionOperator.Null);

        Assert.Equal(["Litware"], _engine.Execute(query, _sample.Source).Names());
    }

    [Fact]
    public void Execute_NestedLinks_JoinThroughTheMiddleTable()
    {
        // Contact -> its account -> that account's primary contact.
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
        var account = query.AddLink("account", "parentcustomerid", "accountid");
        account.EntityAlias = "a";
        account.Columns = new ColumnSet("name");
        var primary = account.AddLink("contact", "primarycontactid", "contactid");
        primary.EntityAlias = "p";
        primary.Columns = new ColumnSet("fullname");
        query.Criteria.AddCondition("fullname", ConditionOperator.Equal, "Cid");

        var cid = Assert.Single(_engine.Execute(query, _sample.Source).Entities);

        Assert.Equal("Contoso", cid.Aliased("a.name"));
        Assert.Equal("Ann", cid.Aliased("p.fullname"));
    }

    [Fact]
    public void Execute_LinkAllColumns_ReturnsEveryLinkedValueUnderAlias()
    {
        var query = AccountsWithPrimaryContact(JoinOperator.Inner);
        query.LinkEntities[0].Columns = new ColumnSet(true);
        query.Criteria.AddCondition("name", ConditionOperator.Equal, "Contoso");

        var contoso = Assert.Single(_engine.Execute(query, _sample.Source).Entities);

        Assert.Equal("ann@contoso.com", contoso.Aliased("pc.emailaddress1"));
        Assert.Equal(_sample.Ann.Id, contoso.Aliased("pc.contactid"));
    }

    [Fact]
    public void Execute_ConditionOnLinkAliasInRootFilter_FiltersJoinedRows()
    {
        var query = AccountsWithPrimaryContact(JoinOperator.LeftOuter);
        var either = query.Criteria.AddFilter(LogicalOperator.Or);
        either.AddCondition("pc", "fullname", ConditionOperator.Equal, "Ann");
        either.AddCondition("name", ConditionOperator.Equal, "Litware");

        Assert.Equal(["Contoso", "Litware"], _engine.Execute(query, _sample.Source).Names());
    }

    [Fact]
    public void Execute_UnknownLinkColumn_FaultNamesLinkedTable()
    {
        var query = new QueryExpression("account");
        query.AddLink("contact", "primarycontactid", "nosuchcolumn");

        var fault = Assert.Throws<OrganizationFaultException>(() => _engine.Execute(query, _sample.Source));

        Assert.StartsWith("'contact' entity doesn't contain attribute with Name = 'nosuchcolumn'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_ConditionOnUnknownAlias_FaultListsKnownAliases()
    {
        var query = AccountsWithPrimaryContact(JoinOperator.Inner);
        query.Criteria.AddCondition("x", "fullname", ConditionOperator.Equal, "Ann");

        var fault = Assert.Throws<OrganizationFaultException>(() => _engine.Execute(query, _sample.Source));

        Assert.Contains("No table with alias or name 'x'", fault.Message, StringComparison.Ordinal);
        Assert.Contains("'pc'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_TwoLinksWithOneAlias_FaultNamesAlias()
    {
        var query = AccountsWithPrimaryContact(JoinOperator.Inner);
        query.AddLink("contact", "accountid", "parentcustomerid").EntityAlias = "pc";

        var fault = Assert.Throws<OrganizationFaultException>(() => _engine.Execute(query, _sample.Source));

        Assert.Contains("The alias 'pc' is used by more than one link-entity", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_JoinOnColumnsOfDifferentKinds_FaultNamesBothColumns()
    {
        var query = new QueryExpression("account");
        query.AddLink("contact", "name", "contactid");

        var fault = Assert.Throws<OrganizationFaultException>(() => _engine.Execute(query, _sample.Source));

        Assert.Contains("Cannot join 'account.name' (String) to 'contact.contactid' (PrimaryKey)", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_SixteenLinkEntities_FaultLikeDataverse()
    {
        var query = new QueryExpression("account");
        for (var index = 0; index < 16; index++)
        {
            query.AddLink("contact", "primarycontactid", "contactid", JoinOperator.LeftOuter);
        }

        var fault = Assert.Throws<OrganizationFaultException>(() => _engine.Execute(query, _sample.Source));

        Assert.StartsWith("Number of link entities in query exceeded maximum limit", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_JoinOnTextColumns_MatchesIgnoringCase()
    {
        _sample.Source.Add(new Entity("contact") { ["fullname"] = "LITWARE" });
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddLink("contact", "name", "fullname");

        Assert.Equal(["Litware"], _engine.Execute(query, _sample.Source).Names());
    }

    private static QueryExpression AccountsWithPrimaryContact(JoinOperator join)
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        var contact = query.AddLink("contact", "primarycontactid", "contactid", join);
        contact.EntityAlias = "pc";
        contact.Columns = new ColumnSet("fullname");
        query.AddOrder("name", OrderType.Ascending);
        return query;
    }
}

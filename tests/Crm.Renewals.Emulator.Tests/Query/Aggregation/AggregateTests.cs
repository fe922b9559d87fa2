using Crm.Renewals.Emulator.Query;
using Crm.Renewals.Emulator.Tests.Query.Fakes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Tests.Query.Aggregation;

/// <summary>
/// FetchXML aggregates over five opportunities: two of Contoso (100 and 300, January and February),
/// two of Fabrikam (200 in January, one without value in February) and one without account (50, no date).
/// </summary>
public sealed class AggregateTests
{
    private readonly QueryEngine _engine = new();
    private readonly CrmSample _sample = new();

    public AggregateTests()
    {
        Opportunity(_sample.Contoso, 100m, 10, new DateTime(2025, 1, 15, 0, 0, 0, DateTimeKind.Utc));
        Opportunity(_sample.Contoso, 300m, 30, new DateTime(2025, 2, 10, 0, 0, 0, DateTimeKind.Utc));
        Opportunity(_sample.Fabrikam, 200m, 21, new DateTime(2025, 1, 20, 0, 0, 0, DateTimeKind.Utc));
        Opportunity(_sample.Fabrikam, null, null, new DateTime(2025, 2, 28, 0, 0, 0, DateTimeKind.Utc));
        Opportunity(null, 50m, 5, null);
    }

    [Fact]
    public void Execute_AggregatesOverMoney_ReturnMoneyAndCounts()
    {
        var result = Single("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="opportunityid" aggregate="count" alias="all" />
                <attribute name="estimatedvalue" aggregate="countcolumn" alias="valued" />
                <attribute name="estimatedvalue" aggregate="sum" alias="total" />
                <attribute name="estimatedvalue" aggregate="avg" alias="average" />
                <attribute name="estimatedvalue" aggregate="min" alias="smallest" />
                <attribute name="estimatedvalue" aggregate="max" alias="largest" />
              </entity>
            </fetch>
            """);

        Assert.Equal(5, result.Aliased("all"));
        Assert.Equal(4, result.Aliased("valued"));
        Assert.Equal(new Money(650m), result.Aliased("total"));
        Assert.Equal(new Money(162.5m), result.Aliased("average"));
        Assert.Equal(new Money(50m), result.Aliased("smallest"));
        Assert.Equal(new Money(300m), result.Aliased("largest"));
        var total = result.GetAttributeValue<AliasedValue>("total");
        Assert.Equal(("opportunity", "estimatedvalue"), (total.EntityLogicalName, total.AttributeLogicalName));
        Assert.Equal(Guid.Empty, result.Id);
    }

    [Fact]
    public void Execute_SumAndAvgOfWholeNumbers_StayWholeNumbersLikeSql()
    {
        var result = Single("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="probability" aggregate="sum" alias="total" />
                <attribute name="probability" aggregate="avg" alias="average" />
              </entity>
            </fetch>
            """);

        Assert.Equal(66, result.Aliased("total"));
        Assert.Equal(16, result.Aliased("average")); // 66 / 4 = 16.5, truncated as SQL Server's AVG(int) does
    }

    [Fact]
    public void Execute_GroupByLookup_ReturnsOneRowPerValueOrderedByAlias()
    {
        var results = Run("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="parentaccountid" groupby="true" alias="account" />
                <attribute name="opportunityid" aggregate="count" alias="count" />
                <attribute name="estimatedvalue" aggregate="sum" alias="total" />
                <order alias="total" descending="true" />
              </entity>
            </fetch>
            """);

        Assert.Equal([new Money(400m), new Money(200m), new Money(50m)], results.Entities.Select(e => e.Aliased("total")));
        Assert.Equal([2, 2, 1], results.Entities.Select(e => e.Aliased("count")));
        Assert.Equal(_sample.Contoso.ToEntityReference(), results.Entities[0].Aliased("account"));
        Assert.False(results.Entities[2].Contains("account")); // the null group has no group value
    }

    [Fact]
    public void Execute_DateGrouping_GroupsByYearAndMonth()
    {
        var results = Run("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="estimatedclosedate" groupby="true" dategrouping="year" alias="year" />
                <attribute name="estimatedclosedate" groupby="true" dategrouping="month" alias="month" />
                <attribute name="opportunityid" aggregate="count" alias="count" />
                <order alias="month" />
              </entity>
            </fetch>
            """);

        Assert.Equal([null, 1, 2], results.Entities.Select(e => e.Aliased("month")));
        Assert.Equal([null, 2025, 2025], results.Entities.Select(e => e.Aliased("year")));
        Assert.Equal([1, 2, 2], results.Entities.Select(e => e.Aliased("count")));
    }

    [Fact]
    public void Execute_CountColumnDistinct_CountsDifferentValues()
    {
        var result = Single("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="parentaccountid" aggregate="countcolumn" distinct="true" alias="accounts" />
              </entity>
            </fetch>
            """);

        Assert.Equal(2, result.Aliased("accounts"));
    }

    [Fact]
    public void Execute_AggregateOverNoRows_CountsZeroAndOmitsOtherValues()
    {
        var result = Single("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="opportunityid" aggregate="count" alias="count" />
                <attribute name="estimatedvalue" aggregate="sum" alias="total" />
                <filter><condition attribute="name" operator="eq" value="nothing" /></filter>
              </entity>
            </fetch>
            """);

        Assert.Equal(0, result.Aliased("count"));
        Assert.False(result.Contains("total"));
    }

    [Fact]
    public void Execute_AggregateOnLinkEntity_CountsChildrenPerParent()
    {
        var results = Run("""
            <fetch aggregate="true">
              <entity name="account">
                <attribute name="name" groupby="true" alias="account" />
                <order alias="account" />
                <link-entity name="contact" from="parentcustomerid" to="accountid" alias="c">
                  <attribute name="contactid" aggregate="countcolumn" alias="contacts" />
                </link-entity>
              </entity>
            </fetch>
            """);

        Assert.Equal(["Contoso", "Fabrikam"], results.Entities.Select(e => e.Aliased("account")));
        Assert.Equal([2, 1], results.Entities.Select(e => e.Aliased("contacts")));
    }

    [Theory]
    [InlineData("<attribute name='estimatedvalue' aggregate='sum' />", "needs an 'alias'")]
    [InlineData("<attribute name='estimatedvalue' alias='v' />", "must have either an 'aggregate' function or groupby=\"true\"")]
    [InlineData("<all-attributes />", "<all-attributes> can't be used in an aggregate query")]
    [InlineData("<attribute name='name' aggregate='sum' alias='s' />", "aggregate 'Sum' can't be applied to a String column")]
    [InlineData("<attribute name='estimatedvalue' aggregate='sum' alias='s' /><order attribute='name' />", "orders by the alias of one of its attributes")]
    [InlineData("<attribute name='estimatedvalue' aggregate='sum' alias='s' /><attribute name='probability' aggregate='max' alias='s' />", "the alias 's' is used by more than one attribute")]
    [InlineData("<attribute name='name' groupby='true' dategrouping='month' alias='m' />", "'dategrouping' applies only to a groupby=\"true\" date column")]
    public void Execute_InvalidAggregate_FaultSaysWhatToFix(string body, string expected)
    {
        var fault = Assert.Throws<OrganizationFaultException>(() => Run($"<fetch aggregate='true'><entity name='opportunity'>{body}</entity></fetch>"));

        Assert.Contains(expected, fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_AggregateAttributeWithoutAggregateQuery_FaultSaysToSetAggregate()
    {
        var fault = Assert.Throws<OrganizationFaultException>(() =>
            Run("<fetch><entity name='opportunity'><attribute name='estimatedvalue' aggregate='sum' alias='s' /></entity></fetch>"));

        Assert.Contains("add aggregate=\"true\" to <fetch>", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_MoreRowsThanAggregateLimit_FaultsLikeDataverse()
    {
        var fault = Assert.Throws<OrganizationFaultException>(() =>
            Run("<fetch aggregate='true' aggregatelimit='3'><entity name='opportunity'><attribute name='opportunityid' aggregate='count' alias='n' /></entity></fetch>"));

        Assert.Equal(unchecked((int)0x8004E023), fault.ErrorCode);
        Assert.StartsWith("AggregateQueryRecordLimit exceeded", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_MoreThan50000Rows_ExceedsThePlatformAggregateLimit()
    {
        for (var index = 0; index < 50_000; index++)
        {
            _sample.Source.Add(new Entity("opportunity"));
        }

        var fault = Assert.Throws<OrganizationFaultException>(() =>
            Run("<fetch aggregate='true'><entity name='opportunity'><attribute name='opportunityid' aggregate='count' alias='n' /></entity></fetch>"));

        Assert.Contains("more than 50000 rows", fault.Message, StringComparison.Ordinal);
    }

    private void Opportunity(Entity? account, decimal? value, int? probability, DateTime? close)
    {
        var opportunity = new Entity("opportunity") { ["name"] = "deal" };
        opportunity["parentaccountid"] = account?.ToEntityReference();
        opportunity["estimatedvalue"] = value is null ? null : new Money(value.Value);
        opportunity["probability"] = probability;
        opportunity["estimatedclosedate"] = close;
        _sample.Source.Add(opportunity);
    }

    private EntityCollection Run(string fetchXml) => _engine.Execute(new FetchExpression(fetchXml), _sample.Source);

    private Entity Single(string fetchXml) => Assert.Single(Run(fetchXml).Entities);
}

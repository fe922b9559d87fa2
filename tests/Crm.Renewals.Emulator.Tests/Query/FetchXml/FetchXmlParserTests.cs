using Crm.Renewals.Emulator.Query;
using Crm.Renewals.Emulator.Tests.Query.Fakes;
using Microsoft.Xrm.Sdk.Query;

namespace Crm.Renewals.Emulator.Tests.Query.FetchXml;

/// <summary>Malformed FetchXML is refused with a message naming the element and attribute to fix.</summary>
public sealed class FetchXmlParserTests
{
    private readonly QueryEngine _engine = new();
    private readonly FakeQueryDataSource _source = FakeQueryDataSource.WithTestTables();

    [Theory]
    [InlineData("<fetch><entity name='account'>", "not well-formed XML")]
    [InlineData("", "the query is empty")]
    [InlineData("<query><entity name='account'/></query>", "the root element is <query>; it must be <fetch>")]
    [InlineData("<fetch/>", "<fetch>: it must contain exactly one <entity> element, found 0")]
    [InlineData("<fetch><entity name='account'/><entity name='contact'/></fetch>", "exactly one <entity> element, found 2")]
    [InlineData("<fetch><entity/></fetch>", "<fetch/entity>: the 'name' attribute is required")]
    [InlineData("<fetch><entity name='account'><column name='name'/></entity></fetch>", "<fetch/entity[account]>: unexpected child element <column>")]
    [InlineData("<fetch colour='red'><entity name='account'/></fetch>", "<fetch>: unknown attribute 'colour'")]
    [InlineData("<fetch distinct='maybe'><entity name='account'/></fetch>", "<fetch>: 'distinct' must be true or false, not 'maybe'")]
    [InlineData("<fetch count='ten'><entity name='account'/></fetch>", "<fetch>: 'count' must be a whole number, not 'ten'")]
    [InlineData("<fetch><entity name='account'><filter type='xor'/></entity></fetch>", "<fetch/entity[account]/filter>: type 'xor' must be 'and' or 'or'")]
    [InlineData("<fetch><entity name='account'><filter><condition attribute='name'/></filter></entity></fetch>", "<fetch/entity[account]/filter/condition[name]>: the 'operator' attribute is required")]
    [InlineData("<fetch><entity name='account'><filter><condition attribute='name' operator='equals' value='x'/></filter></entity></fetch>", "'equals' is not a FetchXML condition operator")]
    [InlineData("<fetch><entity name='account'><filter><condition attribute='name' operator='eq' vaule='x'/></filter></entity></fetch>", "condition[name]>: unknown attribute 'vaule'")]
    [InlineData("<fetch><entity name='account'><filter><condition attribute='name' operator='in' value='a'><value>b</value></condition></filter></entity></fetch>", "either as the 'value' attribute or as <value> elements")]
    [InlineData("<fetch><entity name='account'><order attribute='name' alias='n'/></entity></fetch>", "<fetch/entity[account]/order[name]>: give either 'attribute' or 'alias'")]
    [InlineData("<fetch><entity name='account'><link-entity name='contact' to='primarycontactid'/></entity></fetch>", "<fetch/entity[account]/link-entity[contact]>: the 'from' attribute is required")]
    [InlineData("<fetch><entity name='account'><link-entity name='contact' from='contactid' to='primarycontactid' link-type='sideways'/></entity></fetch>", "link-type 'sideways' is not a FetchXML link type")]
    [InlineData("<fetch aggregate='true'><entity name='account'><attribute name='revenue' aggregate='median' alias='m'/></entity></fetch>", "aggregate 'median' is not one of count, countcolumn, sum, avg, min, max")]
    public void Execute_InvalidFetchXml_FaultNamesWhatToFix(string fetchXml, string expected)
    {
        var fault = Assert.Throws<OrganizationFaultException>(() => _engine.Execute(new FetchExpression(fetchXml), _source));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.StartsWith("Invalid FetchXML: ", fault.Message, StringComparison.Ordinal);
        Assert.Contains(expected, fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<fetch><entity name='account'><link-entity name='contact' from='contactid' to='primarycontactid' link-type='exists'/></entity></fetch>", "link-type 'exists'")]
    [InlineData("<fetch><entity name='account'><filter><link-entity name='contact' from='contactid' to='primarycontactid'/></filter></entity></fetch>", "<link-entity> inside <filter>")]
    [InlineData("<fetch datasource='retained'><entity name='account'/></fetch>", "datasource 'retained'")]
    [InlineData("<fetch aggregate='true'><entity name='account'><attribute name='createdon' groupby='true' dategrouping='fiscal-year' alias='y'/></entity></fetch>", "dategrouping 'fiscal-year'")]
    public void Execute_FetchXmlFeatureNotImplemented_ThrowsNotSupported(string fetchXml, string expected)
    {
        var exception = Assert.Throws<NotSupportedException>(() => _engine.Execute(new FetchExpression(fetchXml), _source));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("numberofemployees", "ten", "'ten' is not a valid System.Int32 value")]
    [InlineData("createdon", "yesterday-ish", "'yesterday-ish' is not a valid System.DateTime value")]
    [InlineData("primarycontactid", "not-a-guid", "'not-a-guid' is not a valid System.Guid value")]
    [InlineData("donotemail", "maybe", "'maybe' is not a valid System.Boolean value")]
    public void Execute_ConditionValueNotOfColumnType_FaultNamesColumnAndValue(string attribute, string value, string expected)
    {
        var fetch = $"<fetch><entity name='account'><filter><condition attribute='{attribute}' operator='eq' value='{value}'/></filter></entity></fetch>";

        var fault = Assert.Throws<OrganizationFaultException>(() => _engine.Execute(new FetchExpression(fetch), _source));

        Assert.Contains($"'account.{attribute}': {expected}", fault.Message, StringComparison.Ordinal);
    }
}
